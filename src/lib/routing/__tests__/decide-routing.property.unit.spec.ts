import fc from "fast-check"
import { decideRouting } from "../decide-routing"
import { medusaDefaultRouting } from "../medusa-default"
import {
  ROUTING_STRATEGIES,
  type CenterCandidate,
  type LineDemand,
  type RoutingDecision,
  type RoutingInput,
  type StockView,
} from "../types"
import { allocatedByLine } from "./fixtures"

const ITEMS = ["inv_0", "inv_1", "inv_2", "inv_3", "inv_4", "inv_5"]
const PROVINCES = ["JK", "JI", "SU"]
const RUNS = { numRuns: 400 }

/** `value`, or null once in `odds` draws (fc.option's `freq`). */
const rarelyNull = <T>(arb: fc.Arbitrary<T>, odds: number) => fc.option(arb, { freq: odds })
const mostlyNull = <T>(arb: fc.Arbitrary<T>, odds: number): fc.Arbitrary<T | null> =>
  fc.oneof({ arbitrary: fc.constant(null), weight: odds - 1 }, { arbitrary: arb, weight: 1 })

const pointArb = rarelyNull(
  fc.record({ latitude: fc.double({ min: -11, max: 6, noNaN: true }), longitude: fc.double({ min: 95, max: 141, noNaN: true }) }),
  8
)

// Mostly usable centres, so the interesting branches (single fill, splits, caps) are hit often.
const centerArb = (id: string): fc.Arbitrary<CenterCandidate> =>
  fc.record({
    stock_location_id: fc.constant(id),
    name: fc.constant(`Centre ${id}`),
    point: pointArb,
    priority: fc.integer({ min: 1, max: 5 }),
    active: fc.constantFrom(true, true, true, true, true, false),
    capacity_remaining: mostlyNull(fc.integer({ min: 0, max: 5 }), 2),
    serves_countries: fc.constantFrom<string[] | null>(null, null, null, [], ["ID"], ["SG"]),
    serves_provinces: mostlyNull(fc.subarray(PROVINCES, { minLength: 1 }), 5),
    link_rank: fc.integer({ min: 0, max: 10 }),
  })

const componentsArb = fc.uniqueArray(
  fc.record({ inventory_item_id: fc.constantFrom(...ITEMS), required_quantity: fc.integer({ min: 1, max: 2 }) }),
  { maxLength: 3, selector: (c) => c.inventory_item_id }
)

const linesArb = (components: fc.Arbitrary<LineDemand["components"]>) =>
  fc
    .array(fc.record({ quantity: fc.integer({ min: 1, max: 4 }), components }), { minLength: 1, maxLength: 6 })
    .map((lines) => lines.map((l, i) => ({ line_item_id: `li_${i}`, ...l })))

// Per centre and item: often nothing, sometimes a little, often plenty; negatives must read as 0.
const levelArb = fc.oneof(fc.constant(0), fc.integer({ min: -2, max: 3 }), fc.integer({ min: 4, max: 25 }))
/** Small levels: orders usually need several centres. */
const scarceLevelArb = fc.integer({ min: -1, max: 8 })
const stockArb = (ids: string[], levels: fc.Arbitrary<number>): fc.Arbitrary<StockView> =>
  fc
    .array(fc.tuple(...ITEMS.map(() => rarelyNull(levels, 6))), { minLength: ids.length, maxLength: ids.length })
    .map((rows) =>
      Object.fromEntries(
        ids.map((id, c) => [
          id,
          Object.fromEntries(ITEMS.flatMap((item, i) => (rows[c][i] === null ? [] : [[item, rows[c][i]]]))),
        ])
      )
    )

const inputArb = (options: {
  minCenters?: number
  maxCenters: number
  lines?: fc.Arbitrary<LineDemand[]>
  forced?: boolean
  levels?: fc.Arbitrary<number>
}) =>
  fc
    .integer({ min: options.minCenters ?? 1, max: options.maxCenters })
    .chain((count) => {
      const ids = Array.from({ length: count }, (_, i) => `loc_${i}`)
      return fc.record({
        order_id: fc.constant("order_p"),
        strategy: fc.constantFrom(...ROUTING_STRATEGIES),
        destination: fc.record({
          point: pointArb,
          country_code: fc.constant("ID"),
          province: rarelyNull(fc.constantFrom(...PROVINCES), 6),
          source: fc.constant("property test"),
        }),
        lines: options.lines ?? linesArb(componentsArb),
        centers: fc.tuple(...ids.map(centerArb)),
        stock: stockArb(ids, options.levels ?? levelArb),
        max_shipments: fc.integer({ min: 1, max: 4 }),
        forced_location_id: options.forced === false ? fc.constant(null) : mostlyNull(fc.constantFrom(...ids), 10),
      })
    }) as fc.Arbitrary<RoutingInput>

const available = (input: RoutingInput, location: string, item: string) =>
  Math.max(0, input.stock[location]?.[item] ?? 0)

/** Independent re-implementation of "this centre alone covers the order". */
function canFillAlone(input: RoutingInput, location: string): boolean {
  const demand: Record<string, number> = {}
  for (const line of input.lines) {
    for (const c of line.components) demand[c.inventory_item_id] = (demand[c.inventory_item_id] ?? 0) + c.required_quantity * line.quantity
  }
  return Object.entries(demand).every(([item, units]) => available(input, location, item) >= units)
}

function expectWithinOriginalStock(input: RoutingInput, decision: RoutingDecision) {
  const lineById = new Map(input.lines.map((l) => [l.line_item_id, l]))
  for (const allocation of decision.allocations) {
    const used: Record<string, number> = {}
    for (const item of allocation.items) {
      for (const c of lineById.get(item.line_item_id)!.components) {
        used[c.inventory_item_id] = (used[c.inventory_item_id] ?? 0) + c.required_quantity * item.quantity
      }
    }
    for (const [item, units] of Object.entries(used)) {
      expect(units).toBeLessThanOrEqual(available(input, allocation.stock_location_id, item))
    }
  }
}

const eligibleIds = (decision: RoutingDecision) =>
  decision.candidates.filter((c) => c.outcome !== "ineligible").map((c) => c.stock_location_id)

const fillsFully = (decision: RoutingDecision) => decision.backordered.length === 0

describe("decideRouting properties", () => {
  it("conserves every line: allocated + back-ordered == quantity, no empty allocations", () => {
    fc.assert(
      fc.property(inputArb({ maxCenters: 8 }), (input) => {
        const decision = decideRouting(input)
        const allocated = allocatedByLine(decision)
        const backordered = Object.fromEntries(decision.backordered.map((b) => [b.line_item_id, b.quantity]))
        for (const line of input.lines) {
          expect((allocated[line.line_item_id] ?? 0) + (backordered[line.line_item_id] ?? 0)).toBe(line.quantity)
        }
        for (const allocation of decision.allocations) {
          expect(allocation.items.length).toBeGreaterThan(0)
          for (const item of allocation.items) expect(item.quantity).toBeGreaterThan(0)
        }
        for (const item of decision.backordered) expect(item.quantity).toBeGreaterThan(0)
        expect(decision.backorder_location_id === null || decision.backordered.length > 0).toBe(true)
      }),
      RUNS
    )
  })

  it("never uses more of an item at a centre than the original stock, across all lines", () => {
    fc.assert(
      fc.property(inputArb({ maxCenters: 8 }), (input) => expectWithinOriginalStock(input, decideRouting(input))),
      RUNS
    )
  })

  it("respects the shipment cap and never ships from an ineligible centre", () => {
    fc.assert(
      fc.property(inputArb({ maxCenters: 8 }), (input) => {
        const decision = decideRouting(input)
        expect(decision.allocations.length).toBeLessThanOrEqual(input.max_shipments)
        const byId = new Map(input.centers.map((c) => [c.stock_location_id, c]))
        const ineligible = new Set(
          decision.candidates.filter((c) => c.outcome === "ineligible").map((c) => c.stock_location_id)
        )
        for (const allocation of decision.allocations) {
          const center = byId.get(allocation.stock_location_id)!
          expect(ineligible.has(center.stock_location_id)).toBe(false)
          expect(center.active).toBe(true)
          expect(center.capacity_remaining === null || center.capacity_remaining > 0).toBe(true)
          if (input.forced_location_id) expect(center.stock_location_id).toBe(input.forced_location_id)
        }
        const chosen = decision.candidates.filter((c) => c.outcome === "chosen").map((c) => c.stock_location_id)
        expect(chosen.sort()).toEqual(decision.allocations.map((a) => a.stock_location_id).sort())
      }),
      RUNS
    )
  })

  it("ships in one parcel whenever a single eligible centre has everything (cost weighs parcels itself)", () => {
    fc.assert(
      fc.property(inputArb({ maxCenters: 8 }), (base) => {
        const input = base.strategy === "cost" ? { ...base, strategy: "closest_full_stock" as const } : base
        const decision = decideRouting(input)
        if (!eligibleIds(decision).some((id) => canFillAlone(input, id))) return
        expect(decision.allocations).toHaveLength(1)
        expect(decision.backordered).toEqual([])
        expect(canFillAlone(input, decision.allocations[0].stock_location_id)).toBe(true)
      }),
      RUNS
    )
  })

  it("closest_full_stock picks the nearest eligible full-stock centre", () => {
    fc.assert(
      fc.property(inputArb({ maxCenters: 8 }), (base) => {
        const input = { ...base, strategy: "closest_full_stock" as const }
        const decision = decideRouting(input)
        if (!input.destination.point) return
        const fullStock = decision.candidates.filter(
          (c) => c.outcome !== "ineligible" && canFillAlone(input, c.stock_location_id)
        )
        if (!fullStock.length) return
        const chosen = decision.allocations[0]
        for (const other of fullStock) {
          if (other.distance_km === null) continue
          expect(chosen.distance_km).not.toBeNull()
          expect(chosen.distance_km!).toBeLessThanOrEqual(other.distance_km)
        }
      }),
      RUNS
    )
  })

  it("fewest_shipments never needs more parcels than closest_full_stock when both fill the order", () => {
    const anyStock = fc.oneof(inputArb({ maxCenters: 8 }), inputArb({ maxCenters: 8, levels: scarceLevelArb }))
    fc.assert(
      fc.property(anyStock, (base) => {
        const closest = decideRouting({ ...base, strategy: "closest_full_stock" })
        const fewest = decideRouting({ ...base, strategy: "fewest_shipments" })
        if (fillsFully(closest) && fillsFully(fewest)) {
          expect(fewest.allocations.length).toBeLessThanOrEqual(closest.allocations.length)
        }
        // Whatever closest can fill within the cap, the subset search can fill too.
        if (fillsFully(closest)) expect(fillsFully(fewest)).toBe(true)
      }),
      RUNS
    )
  })

  it("fewest_shipments uses the minimum number of centres (brute force on tiny instances)", () => {
    // Lines use disjoint items here, so "a set of centres fills the order" has an exact, simple test.
    const disjointLines = fc
      .array(fc.record({ quantity: fc.integer({ min: 1, max: 4 }), perUnit: fc.integer({ min: 1, max: 2 }), kit: fc.boolean() }), {
        minLength: 1,
        maxLength: 3,
      })
      .map((lines) =>
        lines.map(({ quantity, perUnit, kit }, i) => ({
          line_item_id: `li_${i}`,
          quantity,
          components: [
            { inventory_item_id: ITEMS[i], required_quantity: perUnit },
            ...(kit ? [{ inventory_item_id: ITEMS[i + 3], required_quantity: 1 }] : []), // items 3-5: kit parts
          ],
        }))
      )
    const tiny = inputArb({ minCenters: 2, maxCenters: 4, lines: disjointLines, forced: false, levels: scarceLevelArb })
    fc.assert(
      fc.property(tiny, fc.boolean(), (base, allOpen) => {
        // Half the runs open every centre, so multi-centre minimums come up often.
        const centers = allOpen
          ? base.centers.map((c) => ({ ...c, active: true, capacity_remaining: null, serves_countries: null, serves_provinces: null }))
          : base.centers
        const input = { ...base, centers, strategy: "fewest_shipments" as const }
        const decision = decideRouting(input)
        const eligible = eligibleIds(decision)
        const supply = (location: string, line: LineDemand) =>
          Math.min(
            line.quantity,
            ...line.components.map((c) => Math.floor(available(input, location, c.inventory_item_id) / c.required_quantity))
          )
        const fills = (subset: string[]) =>
          input.lines.every((line) => subset.reduce((sum, id) => sum + supply(id, line), 0) >= line.quantity)
        let minimum = Infinity
        for (let mask = 1; mask < 1 << eligible.length; mask++) {
          const subset = eligible.filter((_, i) => mask & (1 << i))
          if (fills(subset)) minimum = Math.min(minimum, subset.length)
        }
        if (minimum <= input.max_shipments) {
          expect(decision.backordered).toEqual([])
          expect(decision.allocations).toHaveLength(minimum)
        } else {
          expect(decision.backordered.length).toBeGreaterThan(0)
        }
      }),
      { numRuns: 600 }
    )
  })

  it("is deterministic", () => {
    fc.assert(
      fc.property(inputArb({ maxCenters: 8 }), (input) => {
        expect(decideRouting(input)).toEqual(decideRouting(input))
      }),
      { numRuns: 200 }
    )
  })
})

describe("medusaDefaultRouting properties", () => {
  it("conserves lines, never splits a line and never over-uses stock", () => {
    fc.assert(
      fc.property(inputArb({ maxCenters: 8 }), (input) => {
        const decision = medusaDefaultRouting(input)
        const allocated = allocatedByLine(decision)
        const backordered = Object.fromEntries(decision.backordered.map((b) => [b.line_item_id, b.quantity]))
        for (const line of input.lines) {
          expect((allocated[line.line_item_id] ?? 0) + (backordered[line.line_item_id] ?? 0)).toBe(line.quantity)
          const holders = decision.allocations.filter((a) => a.items.some((i) => i.line_item_id === line.line_item_id))
          expect(holders.length).toBeLessThanOrEqual(1)
        }
        expectWithinOriginalStock(input, decision)
      }),
      RUNS
    )
  })
})
