/**
 * Routing benchmark: synthetic Indonesian orders routed by every strategy and by Medusa's default,
 * each on its own copy of the stock.
 * Usage: ts-node bench/routing.ts [--orders N] [--seed S] [--orders-per-day N] [--max-shipments N]
 *        [--missing-share 0..1] [--single-centre-items N] [--per-parcel X] [--per-kg-km X]
 */
import { DEFAULT_SHIPPING_COSTS, ROUTING_STRATEGIES } from "../src/lib/routing"
import { DEMO_CENTERS, DEMO_DESTINATIONS } from "../src/scripts/demo-data/demo-centers"
import { buildCatalogue, buildOpeningStock, ITEM_COUNT } from "./lib/catalogue"
import { generateOrders } from "./lib/orders"
import { mulberry32 } from "./lib/prng"
import { formatLoad, formatTable, toRow, type Row } from "./lib/report"
import { simulate, type Router } from "./lib/simulate"

function readFlag(name: string, fallback: number, { integer = true, min = 1 } = {}): number {
  const index = process.argv.indexOf(`--${name}`)
  const value = index >= 0 ? Number(process.argv[index + 1]) : fallback
  if (!Number.isFinite(value) || value < min) {
    console.error(`--${name} must be a number >= ${min}`)
    process.exit(2)
  }
  return integer ? Math.floor(value) : value
}

const orderCount = readFlag("orders", 10_000)
const seed = readFlag("seed", 20_240_601)
const ordersPerDay = readFlag("orders-per-day", 1_000)
const maxShipments = readFlag("max-shipments", 3)
const costs = {
  per_parcel: readFlag("per-parcel", DEFAULT_SHIPPING_COSTS.per_parcel, { integer: false, min: 0 }),
  per_kg_km: readFlag("per-kg-km", DEFAULT_SHIPPING_COSTS.per_kg_km, { integer: false, min: 0 }),
}

const catalogue = buildCatalogue()
// Defaults: regional centres carry the whole range (in smaller quantities) and 5 long-tail items
// exist in one centre only. Raise --missing-share to see how assortment gaps pull orders to Jakarta.
const gaps = {
  missingShare: Math.min(1, readFlag("missing-share", 0, { integer: false, min: 0 })),
  singleCentreItems: Math.min(ITEM_COUNT, readFlag("single-centre-items", 5, { min: 0 })),
}
const openingStock = buildOpeningStock(DEMO_CENTERS, catalogue, ordersPerDay, mulberry32(seed), gaps)
const orders = generateOrders(orderCount, DEMO_DESTINATIONS, catalogue, mulberry32(seed + 1))
const options = { centers: DEMO_CENTERS, openingStock, ordersPerDay, maxShipments, costs }

const routers: Router[] = ["medusa_default", ...ROUTING_STRATEGIES]
const WARM_UP_ORDERS = 200
const started = Date.now()
// Timings should reflect a warm server, not V8 compiling the functions during the first orders.
for (const router of routers) simulate(router, orders.slice(0, WARM_UP_ORDERS), options)
const rows = new Map<Router, Row>(routers.map((router) => [router, toRow(simulate(router, orders, options))]))

console.log(
  `${orderCount} orders, ${DEMO_CENTERS.length} centres, ${DEMO_DESTINATIONS.length} cities, ` +
    `${catalogue.length} products, restock + capacity reset every ${ordersPerDay} orders, ` +
    `max ${maxShipments} shipments, seed ${seed}, regional centres miss ${(gaps.missingShare * 100).toFixed(0)}% ` +
    `of the range, ${gaps.singleCentreItems} items in one centre only; cost = ${costs.per_parcel} per parcel + ` +
    `${costs.per_kg_km} per kg·km; timings after a ${WARM_UP_ORDERS}-order warm-up\n`
)
console.log(formatTable([...rows.values()]))
console.log(`\norders per centre (an order counts once per centre it ships from):`)
console.log(formatLoad([...rows.values()], DEMO_CENTERS.map((c) => c.id)))

const baseline = rows.get("medusa_default")!.summary
const closest = rows.get("closest_full_stock")!.summary
const fewest = rows.get("fewest_shipments")!.summary
const ratio = closest.mean_km !== null && baseline.mean_km ? closest.mean_km / baseline.mean_km : NaN
const worstP95 = Math.max(...[...rows.values()].map((r) => r.p95Ms))
const verdict = (ok: boolean) => (ok ? "PASS" : "MISS")

console.log(`\nmean km vs Medusa default:`)
for (const [router, row] of rows) {
  if (router === "medusa_default" || row.summary.mean_km === null || !baseline.mean_km) continue
  console.log(`  ${router.padEnd(18)} ${(row.summary.mean_km / baseline.mean_km).toFixed(2)}x`)
}
console.log(`\ntargets:`)
console.log(`  ${verdict(ratio <= 0.5)} closest_full_stock mean km <= 0.5 x Medusa default (${ratio.toFixed(2)}x)`)
console.log(
  `  ${verdict(fewest.split_rate <= closest.split_rate)} fewest_shipments split rate <= closest_full_stock ` +
    `(${(fewest.split_rate * 100).toFixed(1)}% vs ${(closest.split_rate * 100).toFixed(1)}%)`
)
const cheapest = rows.get("cost")!
for (const [router, row] of rows) {
  if (router === "cost" || router === "medusa_default") continue
  console.log(
    `  ${verdict(cheapest.totalCost <= row.totalCost)} cost strategy total cost <= ${router} ` +
      `(${(cheapest.totalCost / row.totalCost).toFixed(3)}x; units placed ${cheapest.unitsPlaced} vs ${row.unitsPlaced})`
  )
}
console.log(`  ${verdict(worstP95 < 5)} decision p95 < 5 ms (worst ${worstP95.toFixed(3)} ms)`)
console.log(`\nwall time ${((Date.now() - started) / 1000).toFixed(1)} s`)
