/**
 * Pick-path benchmark: Ratliff & Rosenthal DP vs exhaustive optimum and vs S-shape, the multi-block
 * heuristic, batch vs order-by-order travel and wave build time. Seeded, so every run sees the
 * same instances. Run directly: ts-node --transpile-only bench/picking/pick-paths.ts [--seed N]
 */
import { buildWave, exhaustiveRoute, optimalRoute, sShapeRoute, type WaveCandidateOrder } from "../../src/lib/picking"
import { gridOf, locationsOf } from "../../src/lib/picking/geometry"
import { assignBins, type BinHolding } from "../../src/lib/picking/assign-bins"
import { multiBlockOrder } from "../../src/lib/picking/multi-block"
import type { WarehouseLayout } from "../../src/lib/warehouse"
import { mulberry32, randomInt, type Random } from "../lib/prng"
import {
  REALISTIC,
  REALISTIC_CENTRAL_DEPOT,
  REALISTIC_THREE_BLOCKS,
  REALISTIC_TWO_BLOCKS,
  randomOrders,
  randomPicks,
  smallLayout,
} from "./lib-instances"

export interface PickPathBenchOptions {
  seed?: number
  /** Small instances compared with the exhaustive optimum (single block and multi-block each). */
  smallInstances?: number
  /** 20-pick instances per realistic layout. */
  twentyPickInstances?: number
  /** 50-order waves for the batching comparison. */
  waves?: number
  /** Timed 200-order wave builds (after warm-up); the median is reported. */
  timingRuns?: number
}

export interface BenchCheck {
  name: string
  value: number
  target: string
  pass: boolean
}

export interface PickPathBenchResult {
  rows: string[]
  checks: BenchCheck[]
}

const mean = (values: number[]) => values.reduce((s, v) => s + v, 0) / Math.max(1, values.length)
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}
const pct = (value: number, digits = 1) => `${value.toFixed(digits)} %`
const gapPct = (route: number, optimum: number) => (optimum === 0 ? (route === 0 ? 0 : Infinity) : ((route - optimum) / optimum) * 100)
const savedPct = (route: number, baseline: number) => (baseline === 0 ? 0 : ((baseline - route) / baseline) * 100)
const nowMs = () => Number(process.hrtime.bigint()) / 1e6

/** (a) DP against the brute-force optimum on small single-block instances. */
function dpVersusExhaustive(random: Random, count: number) {
  const gaps: number[] = []
  const sShapeExcess: number[] = []
  for (let i = 0; i < count; i++) {
    const layout = smallLayout(random, 2)
    const picks = randomPicks(random, layout, randomInt(random, 1, 8))
    const optimum = exhaustiveRoute(layout, picks).distance_m
    gaps.push(gapPct(optimalRoute(layout, picks).distance_m, optimum))
    sShapeExcess.push(gapPct(sShapeRoute(layout, picks).distance_m, optimum))
  }
  return {
    maxGap: Math.max(...gaps),
    identical: gaps.filter((g) => g === 0).length,
    sShapeExcess: mean(sShapeExcess),
  }
}

/** Heuristic against the brute-force optimum on small multi-block instances. */
function heuristicVersusExhaustive(random: Random, count: number) {
  const gaps: number[] = []
  let longerThanSShape = 0
  for (let i = 0; i < count; i++) {
    const layout = smallLayout(random, [3, 5])
    const picks = randomPicks(random, layout, randomInt(random, 1, 8))
    const heuristic = optimalRoute(layout, picks).distance_m
    gaps.push(gapPct(heuristic, exhaustiveRoute(layout, picks).distance_m))
    if (heuristic > sShapeRoute(layout, picks).distance_m) longerThanSShape++
  }
  return { meanGap: mean(gaps), maxGap: Math.max(...gaps), optimal: gaps.filter((g) => g === 0).length, longerThanSShape }
}

/** Heuristic quality at realistic size: run it on single-block lists, where the DP gives the optimum. */
function heuristicVersusDp(random: Random, count: number) {
  const gaps: number[] = []
  for (let i = 0; i < count; i++) {
    const picks = randomPicks(random, REALISTIC, 20)
    const grid = gridOf(REALISTIC)
    const heuristic = multiBlockOrder(grid, locationsOf(grid, picks)).length / 1000
    gaps.push(gapPct(heuristic, optimalRoute(REALISTIC, picks).distance_m))
  }
  return { meanGap: mean(gaps), maxGap: Math.max(...gaps), optimal: gaps.filter((g) => g === 0).length }
}

/** (b) and the multi-block figure: routed vs S-shape on random 20-pick lists. */
function versusSShape(random: Random, layout: WarehouseLayout, count: number, picksPerList = 20) {
  const saved: number[] = []
  const routed: number[] = []
  const sShape: number[] = []
  const ms: number[] = []
  let longer = 0
  for (let i = 0; i < count; i++) {
    const picks = randomPicks(random, layout, picksPerList)
    const started = nowMs()
    const route = optimalRoute(layout, picks)
    ms.push(nowMs() - started)
    const baseline = sShapeRoute(layout, picks).distance_m
    if (route.distance_m > baseline) longer++
    saved.push(savedPct(route.distance_m, baseline))
    routed.push(route.distance_m)
    sShape.push(baseline)
  }
  return { saved: mean(saved), routed: mean(routed), sShape: mean(sShape), medianMs: median(ms), longer }
}

/** (c) One trip for a whole 50-order wave vs walking each order alone. */
function batchVersusOrderByOrder(random: Random, waves: number) {
  const saved: number[] = []
  const batch: number[] = []
  const alone: number[] = []
  const tripSaved: number[] = []
  for (let w = 0; w < waves; w++) {
    const orders = randomOrders(random, REALISTIC, 50, `w${w}`)
    const wave = buildWave({ layout: REALISTIC, orders, limits: { cart_totes: 50 }, mode: "batch" })
    saved.push(savedPct(wave.route.distance_m, wave.order_by_order_distance_m))
    batch.push(wave.route.distance_m)
    alone.push(wave.order_by_order_distance_m)
    tripSaved.push(savedPct(tripsOf(orders, 16), wave.order_by_order_distance_m))
  }
  return { saved: mean(saved), batch: mean(batch), alone: mean(alone), tripSaved: mean(tripSaved) }
}

/** Total travel when a 16-tote cart carries the same orders in successive waves. */
function tripsOf(orders: WaveCandidateOrder[], totes: number): number {
  let left = orders
  let total = 0
  while (left.length) {
    const wave = buildWave({ layout: REALISTIC, orders: left, limits: { cart_totes: totes }, mode: "batch" })
    total += wave.route.distance_m
    const taken = new Set(wave.orders)
    left = left.filter((o) => !taken.has(o.order_id))
  }
  return total
}

/**
 * (d) Median wall time to build a wave from 200 candidate orders (all fit in one batch): bin
 * assignment (assignBins, each item in its bin plus a second bin for a third of them) and
 * buildWave together, as the create-wave workflow runs them.
 */
function waveBuildMs(random: Random, layout: WarehouseLayout, runs: number) {
  const candidates = randomOrders(random, layout, 200)
  const holdings = new Map<string, BinHolding>()
  for (const line of candidates.flatMap((o) => o.lines)) {
    holdings.set(`${line.bin_code}|${line.inventory_item_id}`, { bin_code: line.bin_code, inventory_item_id: line.inventory_item_id, quantity: 3 })
    if (random() < 1 / 3) {
      const other = randomPicks(random, layout, 1)[0].bin_code
      holdings.set(`${other}|${line.inventory_item_id}`, { bin_code: other, inventory_item_id: line.inventory_item_id, quantity: 500 })
    }
  }
  const placedAt = new Map(candidates.map((o) => [o.order_id, o.placed_at]))
  const build = () => {
    const assigned = assignBins([...holdings.values()], candidates)
    const orders = assigned.orders.map((o) => ({ ...o, placed_at: placedAt.get(o.order_id)! }))
    return buildWave({ layout, orders, mode: "batch" })
  }
  for (let i = 0; i < 3; i++) build() // let V8 compile first
  const times: number[] = []
  let stops = 0
  for (let i = 0; i < runs; i++) {
    const started = nowMs()
    const wave = build()
    times.push(nowMs() - started)
    stops = wave.route.stops.length - 2
  }
  return { medianMs: median(times), stops }
}

const describeLayout = (l: WarehouseLayout) =>
  `${l.aisles} aisles x ${l.bays_per_aisle} bays (${l.bay_width_m} m), ${l.aisle_width_m} m between aisles, ` +
  `${l.cross_aisles} cross aisles (${l.cross_aisle_width_m} m), depot at aisle ${l.depot.aisle_index}`

export async function runPickPathBench(opts: PickPathBenchOptions = {}): Promise<PickPathBenchResult> {
  const seed = opts.seed ?? 20_250_301
  const smallCount = opts.smallInstances ?? 300
  const twentyCount = opts.twentyPickInstances ?? 2000
  const waveCount = opts.waves ?? 20
  const timingRuns = opts.timingRuns ?? 15

  const exact = dpVersusExhaustive(mulberry32(seed), smallCount)
  const single = versusSShape(mulberry32(seed + 1), REALISTIC, twentyCount)
  const central = versusSShape(mulberry32(seed + 1), REALISTIC_CENTRAL_DEPOT, twentyCount)
  const twoBlocks = versusSShape(mulberry32(seed + 2), REALISTIC_TWO_BLOCKS, twentyCount)
  const threeBlocks = versusSShape(mulberry32(seed + 2), REALISTIC_THREE_BLOCKS, twentyCount)
  const heuristic = heuristicVersusExhaustive(mulberry32(seed + 3), smallCount)
  const heuristicAtScale = heuristicVersusDp(mulberry32(seed + 6), Math.min(twentyCount, 500))
  const batching = batchVersusOrderByOrder(mulberry32(seed + 4), waveCount)
  const timing = waveBuildMs(mulberry32(seed + 5), REALISTIC, timingRuns)
  const timingMulti = waveBuildMs(mulberry32(seed + 5), REALISTIC_THREE_BLOCKS, timingRuns)

  const checks: BenchCheck[] = [
    {
      name: `DP gap to exhaustive optimum, max over ${smallCount} single-block instances (%)`,
      value: exact.maxGap,
      target: "0.0 %",
      pass: exact.maxGap === 0,
    },
    {
      name: `optimal route shorter than S-shape, mean of ${twentyCount} random 20-pick lists, ${REALISTIC.aisles}x${REALISTIC.bays_per_aisle} single block (%)`,
      value: single.saved,
      target: ">= 20 %",
      pass: single.saved >= 20,
    },
    {
      name: `batch route shorter than order-by-order, mean of ${waveCount} waves of 50 orders x 2-3 lines (%)`,
      value: batching.saved,
      target: ">= 40 %",
      pass: batching.saved >= 40,
    },
    {
      name: `wave build time, 200 orders, median of ${timingRuns} runs (ms)`,
      value: timing.medianMs,
      target: "<= 500 ms",
      pass: timing.medianMs <= 500,
    },
    {
      name: `multi-block heuristic shorter than S-shape, mean of ${twentyCount} 20-pick lists, 3 blocks (%)`,
      value: threeBlocks.saved,
      target: "> 0 %, never longer",
      pass: threeBlocks.saved > 0 && threeBlocks.longer === 0 && twoBlocks.longer === 0 && heuristic.longerThanSShape === 0,
    },
  ]

  const m = (v: number) => `${v.toFixed(1)} m`
  const table: [string, string, string][] = [
    [
      `(a) DP vs exhaustive optimum, ${smallCount} single blocks (2-8 aisles, 5-20 bays, 1-8 picks)`,
      `max gap ${pct(exact.maxGap, 3)}, ${exact.identical}/${smallCount} identical; S-shape +${pct(exact.sShapeExcess)} over optimum`,
      checks[0].target,
    ],
    [
      "(b) optimal vs S-shape, 20 picks, depot at aisle 1",
      `${pct(single.saved)} shorter per list (${m(single.routed)} vs ${m(single.sShape)} mean, ` +
        `${pct(savedPct(single.routed, single.sShape))} of total distance), DP ${(single.medianMs * 1000).toFixed(0)} us/route`,
      checks[1].target,
    ],
    ["    same, depot at aisle 5", `${pct(central.saved)} shorter (${m(central.routed)} vs ${m(central.sShape)})`, "info"],
    [
      "(c) batch vs order-by-order, 50-order wave, one cart",
      `${pct(batching.saved)} less travel (${m(batching.batch)} vs ${m(batching.alone)})`,
      checks[2].target,
    ],
    ["    same orders on a 16-tote cart (4 trips)", `${pct(batching.tripSaved)} less travel`, "info"],
    [
      "(d) assignBins + buildWave, 200 orders, single block",
      `${timing.medianMs.toFixed(1)} ms median (${timing.stops} stops)`,
      checks[3].target,
    ],
    ["    same, 3 blocks (heuristic)", `${timingMulti.medianMs.toFixed(1)} ms median (${timingMulti.stops} stops)`, "info"],
    [
      "multi-block heuristic vs S-shape, 20 picks, 2 blocks",
      `${pct(twoBlocks.saved)} shorter (${m(twoBlocks.routed)} vs ${m(twoBlocks.sShape)}), ${(twoBlocks.medianMs * 1000).toFixed(0)} us/route`,
      "info",
    ],
    [
      "multi-block heuristic vs S-shape, 20 picks, 3 blocks",
      `${pct(threeBlocks.saved)} shorter (${m(threeBlocks.routed)} vs ${m(threeBlocks.sShape)}), ${(threeBlocks.medianMs * 1000).toFixed(0)} us/route`,
      checks[4].target,
    ],
    [
      `multi-block heuristic vs exhaustive, ${smallCount} small instances (3-5 cross aisles)`,
      `mean gap ${pct(heuristic.meanGap, 2)}, max ${pct(heuristic.maxGap, 1)}, optimal in ${heuristic.optimal}/${smallCount}`,
      "info",
    ],
    [
      `multi-block heuristic run on ${Math.min(twentyCount, 500)} single-block 20-pick lists vs DP optimum`,
      `mean gap ${pct(heuristicAtScale.meanGap, 2)}, max ${pct(heuristicAtScale.maxGap, 1)}, optimal in ${heuristicAtScale.optimal}/${Math.min(twentyCount, 500)}`,
      "info",
    ],
  ]
  const verdicts = [checks[0], checks[1], null, checks[2], null, checks[3], null, null, checks[4], null, null]
  const body = table.map(([what, value, target], i) => [what, value, target, verdicts[i] ? (verdicts[i]!.pass ? "PASS" : "MISS") : ""])
  const header = ["pick paths", "result", "target", ""]
  const widths = header.map((h, c) => Math.max(h.length, ...body.map((r) => r[c].length)))
  const line = (cells: string[]) => `| ${cells.map((cell, c) => cell.padEnd(widths[c])).join(" | ")} |`
  const rows = [
    `layout: ${describeLayout(REALISTIC)}; picks uniform over bins; seed ${seed}`,
    line(header),
    `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`,
    ...body.map(line),
  ]
  return { rows, checks }
}

if (require.main === module) {
  const index = process.argv.indexOf("--seed")
  const seed = index >= 0 ? Number(process.argv[index + 1]) : undefined
  runPickPathBench({ seed }).then(({ rows, checks }) => {
    console.log(rows.join("\n"))
    console.log(`\ntargets:`)
    for (const check of checks) console.log(`  ${check.pass ? "PASS" : "MISS"} ${check.name}: ${check.value.toFixed(3)} (target ${check.target})`)
  })
}
