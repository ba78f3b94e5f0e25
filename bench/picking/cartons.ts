/**
 * Carton recommendation benchmark: random e-commerce orders (1–5 units drawn from typical products,
 * sizes jittered ±10 %, some with missing dimensions) boxed from a 6-carton catalogue.
 *
 * Reports how often the recommendation's billable weight equals the optimum over single cartons,
 * measured two ways:
 *  - against brute force with the same fit check (every carton tried): checks the selection logic;
 *  - against the EXACT optimum, where a carton the heuristic rejected is re-checked by an
 *    exhaustive placement search (`exactFit`) when it would have been cheaper: this is the figure
 *    that includes the fit heuristic's misses, and the one the "optimal carton >= 98 %"
 *    target is checked on.
 * Plus mean billable weight against two naive policies and the recommendation time.
 *
 * Usage: ts-node --transpile-only bench/picking/cartons.ts [--orders N] [--seed S]
 */
import { exactFit } from "../../src/lib/packing/exact-fit"
import {
  billableWeightG,
  fitsInCarton,
  normalizeItems,
  recommendCartons,
  type Carton,
  type PackItem,
  type SizedItem,
} from "../../src/lib/packing"
import { mulberry32, randomInt, weightedPicker, type Random } from "../lib/prng"

export interface BenchCheck {
  name: string
  value: number
  target: string
  pass: boolean
}

export interface CartonBenchOptions {
  orders?: number
  seed?: number
  divisor?: number
}

/** Inner cm, grams, cost per carton. Sizes follow common e-commerce box ranges. */
export const BENCH_CARTONS: Carton[] = [
  { id: "mailer", name: "Flat mailer", inner_length_cm: 35, inner_width_cm: 25, inner_height_cm: 5, tare_weight_g: 60, max_weight_g: 2000, cost: 0.2 },
  { id: "s", name: "Small", inner_length_cm: 20, inner_width_cm: 15, inner_height_cm: 10, tare_weight_g: 90, max_weight_g: 4000, cost: 0.25 },
  { id: "m", name: "Medium", inner_length_cm: 30, inner_width_cm: 23, inner_height_cm: 15, tare_weight_g: 180, max_weight_g: 10000, cost: 0.45 },
  { id: "l", name: "Large", inner_length_cm: 40, inner_width_cm: 30, inner_height_cm: 25, tare_weight_g: 350, max_weight_g: 20000, cost: 0.75 },
  { id: "xl", name: "Extra large", inner_length_cm: 55, inner_width_cm: 40, inner_height_cm: 35, tare_weight_g: 600, max_weight_g: 25000, cost: 1.2 },
  { id: "long", name: "Long", inner_length_cm: 70, inner_width_cm: 16, inner_height_cm: 16, tare_weight_g: 300, max_weight_g: 10000, cost: 0.85 },
]

/** [name, length, width, height (cm), weight (g), relative popularity]. */
const PRODUCTS: Array<[string, number, number, number, number, number]> = [
  ["phone-case", 17, 9, 2, 60, 10],
  ["t-shirt", 28, 22, 3, 220, 9],
  ["jeans", 35, 28, 5, 650, 5],
  ["hoodie", 35, 30, 8, 700, 4],
  ["sneakers", 33, 21, 12, 1100, 5],
  ["book", 23, 15, 3, 450, 6],
  ["mug", 12, 12, 11, 400, 4],
  ["perfume", 10, 7, 15, 320, 4],
  ["cream-jar", 7, 7, 6, 150, 6],
  ["headphones", 22, 19, 9, 550, 3],
  ["laptop-sleeve", 38, 28, 3, 300, 2],
  ["kettle", 25, 20, 24, 1400, 2],
  ["yoga-mat", 62, 13, 13, 1000, 1],
  ["water-bottle", 27, 8, 8, 350, 3],
  ["charger", 9, 6, 4, 150, 6],
  ["toy", 30, 20, 10, 600, 3],
  ["skincare-set", 20, 15, 7, 500, 3],
  ["wipes", 20, 11, 7, 600, 3],
  ["coffee-1kg", 25, 15, 9, 1050, 2],
  ["tablet", 27, 19, 4, 750, 2],
]

/** Share of units whose inventory item has no dimensions (as in real catalogues). */
const MISSING_DIMENSIONS_SHARE = 0.02
const UNITS_PER_ORDER = weightedPicker([1, 2, 3, 4, 5], (n) => [40, 25, 15, 10, 10][n - 1])
const WARM_UP_ORDERS = 100
/** Placements the exhaustive search may try per order and carton before it gives up ("undecided"). */
const EXACT_NODE_LIMIT = 20_000_000

export function generateOrders(count: number, random: Random): PackItem[][] {
  const pickProduct = weightedPicker(PRODUCTS, (p) => p[5])
  const jitter = (value: number) => Math.max(1, Math.round(value * (0.9 + 0.2 * random())))
  return Array.from({ length: count }, (_, orderIndex) =>
    Array.from({ length: UNITS_PER_ORDER(random) }, (_, unitIndex) => {
      const [name, length, width, height, weight] = pickProduct(random)
      const id = `o${orderIndex}-${unitIndex}-${name}`
      if (random() < MISSING_DIMENSIONS_SHARE) return { id, weight_g: jitter(weight) }
      return { id, length_cm: jitter(length), width_cm: jitter(width), height_cm: jitter(height), weight_g: jitter(weight) }
    })
  )
}

const cartonVolume = (c: Carton) => c.inner_length_cm * c.inner_width_cm * c.inner_height_cm
const billableIn = (items: SizedItem[], carton: Carton, divisor: number) =>
  billableWeightG(items.reduce((sum, i) => sum + i.weight_g, 0) + carton.tare_weight_g, cartonVolume(carton), divisor)

/** Could the exhaustive search possibly succeed where the heuristic said no? (weight and size rules are exact) */
function passesExactRules(items: SizedItem[], carton: Carton): boolean {
  const weight = items.reduce((sum, i) => sum + i.weight_g, 0) + carton.tare_weight_g
  if (weight > carton.max_weight_g) return false
  const space = [carton.inner_length_cm, carton.inner_width_cm, carton.inner_height_cm].sort((a, b) => a - b)
  return items.every((i) => {
    const sides = [i.length_cm, i.width_cm, i.height_cm].sort((a, b) => a - b)
    return sides.every((side, k) => side <= space[k])
  })
}

function percentile(values: number[], p: number): number {
  if (!values.length) return NaN
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]
}

export async function runCartonBench(options: CartonBenchOptions = {}): Promise<{ rows: string[]; checks: BenchCheck[] }> {
  const orderCount = options.orders ?? 2000
  const seed = options.seed ?? 20_240_601
  const divisor = options.divisor ?? 6000
  const cartons = BENCH_CARTONS
  const orders = generateOrders(orderCount, mulberry32(seed))
  for (const order of orders.slice(0, WARM_UP_ORDERS)) recommendCartons(order, cartons, { divisor })

  const timesMs: number[] = []
  let singleOrders = 0
  let splitOrders = 0
  let matchesBruteForce = 0
  let exactDecided = 0
  let matchesExact = 0
  let exactUndecided = 0
  let recommendedTotal = 0
  let smallestTotal = 0
  let largestTotal = 0
  let lighterThanSmallest = 0
  let heavierThanSmallest = 0
  const exactWinsBy: number[] = []

  for (const order of orders) {
    const started = process.hrtime.bigint()
    const recommendation = recommendCartons(order, cartons, { divisor })
    timesMs.push(Number(process.hrtime.bigint() - started) / 1e6)
    if (recommendation.mode === "split") splitOrders++
    if (recommendation.mode !== "single" || recommendation.unpackable.length) continue
    singleOrders++
    const items = normalizeItems(order).items
    const recommended = recommendation.parcels[0].billable_weight_g

    // Brute force with the same fit check: every carton, lowest billable weight.
    const fitting = cartons.filter((carton) => fitsInCarton(items, carton).fits)
    const bruteBest = Math.min(...fitting.map((carton) => billableIn(items, carton, divisor)))
    if (recommended === bruteBest) matchesBruteForce++

    // Exact optimum: a cheaper carton the heuristic rejected may still fit; ask the exhaustive search.
    let exactBest = bruteBest
    let undecided = false
    for (const carton of cartons) {
      const billable = billableIn(items, carton, divisor)
      if (billable >= exactBest || fitting.includes(carton) || !passesExactRules(items, carton)) continue
      const exact = exactFit(items, [carton.inner_length_cm, carton.inner_width_cm, carton.inner_height_cm], { nodeLimit: EXACT_NODE_LIMIT })
      if (exact.fits === "unknown") undecided = true
      else if (exact.fits) exactBest = billable
    }
    if (undecided) exactUndecided++
    else {
      exactDecided++
      if (recommended === exactBest) matchesExact++
      else exactWinsBy.push(recommended - exactBest)
    }

    // Naive policies, over the same fit check: smallest carton that fits, and the largest that fits.
    const byVolume = [...fitting].sort((a, b) => cartonVolume(a) - cartonVolume(b))
    recommendedTotal += recommended
    const smallest = billableIn(items, byVolume[0], divisor)
    smallestTotal += smallest
    if (recommended < smallest) lighterThanSmallest++
    if (recommended > smallest) heavierThanSmallest++
    largestTotal += billableIn(items, byVolume[byVolume.length - 1], divisor)
  }

  const exactShare = exactDecided ? matchesExact / exactDecided : NaN
  // Worst case for us: every order the exact search could not decide counted as a miss.
  const exactShareConservative = singleOrders ? matchesExact / singleOrders : NaN
  const bruteShare = singleOrders ? matchesBruteForce / singleOrders : NaN
  const meanRecommended = recommendedTotal / singleOrders
  const meanSmallest = smallestTotal / singleOrders
  const meanLargest = largestTotal / singleOrders
  const p50 = percentile(timesMs, 50)
  const p95 = percentile(timesMs, 95)
  const pct = (value: number) => `${(value * 100).toFixed(2)} %`

  const rows = [
    `${orderCount} orders (1–5 units, ${PRODUCTS.length} product types, sizes ±10 %, ` +
      `${MISSING_DIMENSIONS_SHARE * 100} % of units without dimensions), ${cartons.length} cartons, divisor ${divisor} cm³/kg, seed ${seed}`,
    `single carton: ${singleOrders} orders; split: ${splitOrders}; other (unpackable items): ${orderCount - singleOrders - splitOrders}`,
    `recommendation = brute-force optimum (same fit check):   ${pct(bruteShare)} of ${singleOrders}`,
    `recommendation = exact optimum (exhaustive fit re-check): ${pct(exactShare)} of ${exactDecided}` +
      (exactUndecided
        ? ` (${exactUndecided} orders undecided by the exact search, excluded; ${pct(exactShareConservative)} counting them as misses)`
        : "") +
      (exactWinsBy.length ? `; when not, ${Math.round(exactWinsBy.reduce((s, v) => s + v, 0) / exactWinsBy.length)} g heavier on average` : ""),
    `mean billable weight, recommendation:            ${meanRecommended.toFixed(0)} g`,
    `mean billable weight, smallest carton that fits: ${meanSmallest.toFixed(0)} g (recommendation ` +
      `${(meanSmallest - meanRecommended).toFixed(1)} g lighter on average; lighter in ${lighterThanSmallest} orders, heavier in ${heavierThanSmallest})`,
    `mean billable weight, largest carton that fits:  ${meanLargest.toFixed(0)} g (recommendation ${pct(1 - meanRecommended / meanLargest)} lighter)`,
    heuristicMissRow(seed),
    `recommendation time p50 ${p50.toFixed(3)} ms, p95 ${p95.toFixed(3)} ms, max ${Math.max(...timesMs).toFixed(3)} ms (after ${WARM_UP_ORDERS}-order warm-up)`,
  ]
  const checks: BenchCheck[] = [
    {
      name: "optimal carton (vs exact single-carton optimum, undecided = miss)",
      value: exactShareConservative,
      target: ">= 0.98",
      pass: exactShareConservative >= 0.98,
    },
    { name: "optimal carton (vs brute force, same fit check)", value: bruteShare, target: ">= 0.98", pass: bruteShare >= 0.98 },
    {
      name: "mean billable weight vs smallest-carton policy",
      value: meanRecommended / meanSmallest,
      target: "<= 1.00",
      pass: meanRecommended <= meanSmallest,
    },
    { name: "recommendation p95 ms", value: p95, target: "< 5", pass: p95 < 5 },
  ]
  return { rows, checks }
}

/**
 * How often the fit heuristic misses a real fit, on random dense instances where that is likely:
 * 2–3 units with whole-cm sides <= 10, filling 50–100 % of a carton with sides <= 10, decided by
 * the exhaustive search. (The unit tests assert the same on another sample.)
 */
function heuristicMissRow(seed: number): string {
  const random = mulberry32(seed + 1)
  const side = () => randomInt(random, 1, 10)
  let instances = 0
  let realFits = 0
  let missed = 0
  while (instances < 5000) {
    const items: SizedItem[] = Array.from({ length: randomInt(random, 2, 3) }, (_, i) => ({
      id: `u${i}`,
      weight_g: 0,
      length_cm: side(),
      width_cm: side(),
      height_cm: side(),
    }))
    const space: [number, number, number] = [side(), side(), side()]
    const fill = items.reduce((sum, i) => sum + i.length_cm * i.width_cm * i.height_cm, 0) / (space[0] * space[1] * space[2])
    if (fill < 0.5 || fill > 1) continue
    instances++
    const exact = exactFit(items, space)
    if (exact.fits !== true) continue
    realFits++
    const box = { id: "box", inner_length_cm: space[0], inner_width_cm: space[1], inner_height_cm: space[2], tare_weight_g: 0, max_weight_g: 1, cost: 0 }
    if (!fitsInCarton(items, box).fits) missed++
  }
  return `fit heuristic on ${instances} random dense instances (2–3 units, sides <= 10 cm): missed ${missed} of ${realFits} real fits (${((missed / realFits) * 100).toFixed(2)} %)`
}

function readFlag(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`)
  const value = index >= 0 ? Number(process.argv[index + 1]) : fallback
  if (!Number.isFinite(value) || value < 1) {
    console.error(`--${name} must be a number >= 1`)
    process.exit(2)
  }
  return Math.floor(value)
}

if (require.main === module) {
  runCartonBench({ orders: readFlag("orders", 2000), seed: readFlag("seed", 20_240_601) }).then(({ rows, checks }) => {
    console.log(rows.join("\n"))
    console.log("\ntargets:")
    for (const check of checks) {
      console.log(`  ${check.pass ? "PASS" : "MISS"} ${check.name}: ${check.value.toFixed(4)} (target ${check.target})`)
    }
  })
}
