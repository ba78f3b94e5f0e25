import fc from "fast-check"
import { ANY, dayBounds, daysOfMonth, groupWholeMonths, kpiSummary, mergeAllPartials, mergeCells, rollupCells, rollupDayOf, rollupKeyOf, summaryOfPartial, uncoveredSpans, wholePastDays, type ShipmentFact } from ".."
import { scenarioArb } from "./arbitraries"
import { CALENDARS } from "./fixtures"

const RUNS = { numRuns: 200, seed: 7 }
const ZONE = "Asia/Jakarta"
const DAY = 86_400_000

/** The facts with each order given a channel and a region (or none), picked from `picks`. */
function withDimensions(facts: ShipmentFact[], picks: number[]): ShipmentFact[] {
  const orders = [...new Set(facts.map((f) => f.order_id))]
  return facts.map((f) => {
    const n = picks[orders.indexOf(f.order_id)] ?? 0
    return { ...f, sales_channel_id: [null, "web", "shop"][n % 3], region_id: [null, "id", "sg"][Math.floor(n / 3) % 3] }
  })
}

describe("rollup cells", () => {
  it("every filter's cell, merged over days, reads as kpiSummary over the orders that filter selects (property)", () => {
    const filterArb = fc.record({
      stock_location_id: fc.constantFrom(undefined, "jkt", "mks", "jyp"),
      sales_channel_id: fc.constantFrom(undefined, "web", "shop"),
      region_id: fc.constantFrom(undefined, "id", "sg"),
    })
    fc.assert(
      fc.property(scenarioArb, fc.array(fc.nat(8), { maxLength: 8 }), filterArb, ([raw, returns, now], picks, filter) => {
        const facts = withDimensions(raw, picks)
        const ratings = [...new Set(facts.map((f) => f.order_id))].map((order_id, i) => ({ order_id, rating: (i % 5) + 1 }))
        // the job builds cells day by day; the route merges the days of a period
        const days = [...new Set(facts.map((f) => rollupDayOf(f.placed_at, ZONE)))]
        const cells = days.flatMap((day) => {
          const ofDay = new Set(facts.filter((f) => rollupDayOf(f.placed_at, ZONE) === day).map((f) => f.order_id))
          return rollupCells(facts.filter((f) => ofDay.has(f.order_id)), returns.filter((r) => ofDay.has(r.order_id)), ratings.filter((r) => ofDay.has(r.order_id)), CALENDARS)
        })
        const key = rollupKeyOf(filter)
        const read = summaryOfPartial(
          mergeAllPartials(cells.filter((c) => c.stock_location === key.stock_location && c.sales_channel === key.sales_channel && c.region === key.region).map((c) => c.partial)),
          now
        )
        // the independent reference: select the orders as the route's SQL does, then summarise
        const selected = new Set(
          facts
            .filter((f) => (!filter.stock_location_id || f.stock_location_id === filter.stock_location_id) && (!filter.sales_channel_id || f.sales_channel_id === filter.sales_channel_id) && (!filter.region_id || f.region_id === filter.region_id))
            .map((f) => f.order_id)
        )
        const exact = kpiSummary(
          facts.filter((f) => selected.has(f.order_id)),
          returns.filter((r) => selected.has(r.order_id)),
          CALENDARS,
          now,
          ratings.filter((r) => selected.has(r.order_id)).map((r) => r.rating)
        )
        expect(read.orders).toBe(exact.orders)
        expect(read.on_time_shipment).toEqual(exact.on_time_shipment)
        expect(read.perfect_orders).toEqual(exact.perfect_orders)
        expect(read.fill_rates).toEqual(exact.fill_rates)
        expect(read.return_rates).toEqual(exact.return_rates)
        expect(read.split_shipment_rate).toEqual(exact.split_shipment_rate)
        expect(read.csat).toEqual(exact.csat)
        expect(read.picks_per_hour).toEqual(exact.picks_per_hour)
        expect(read.cycle_times.placed_to_shipped.count).toBe(exact.cycle_times.placed_to_shipped.count)
      }),
      RUNS
    )
  })

  it("gives the same cells for a day worked out whole or in chunks of orders (property)", () => {
    fc.assert(
      fc.property(scenarioArb, fc.array(fc.nat(8), { maxLength: 8 }), fc.array(fc.nat(2), { maxLength: 8 }), ([raw, returns], picks, chunkOf) => {
        const facts = withDimensions(raw, picks)
        const orders = [...new Set(facts.map((f) => f.order_id))]
        const chunk = (id: string) => chunkOf[orders.indexOf(id)] ?? 0
        const chunks = [0, 1, 2].map((c) => rollupCells(facts.filter((f) => chunk(f.order_id) === c), returns.filter((r) => chunk(r.order_id) === c), [], CALENDARS))
        const byKey = (cells: ReturnType<typeof rollupCells>) =>
          Object.fromEntries(cells.map((c) => [`${c.stock_location}|${c.sales_channel}|${c.region}`, summaryOfPartial(c.partial, new Date(0))]))
        expect(byKey(mergeCells(chunks))).toEqual(byKey(rollupCells(facts, returns, [], CALENDARS)))
      }),
      RUNS
    )
  })

  it("puts a split order in each of its centres' cells and once in the all-centres cell", () => {
    const base = { sales_channel_id: "web", region_id: null, units: 1, lines: 1 } as const
    const [a, b] = scenarioFacts()
    const cells = rollupCells([{ ...a, ...base }, { ...b, ...base }], [], [], CALENDARS)
    const orders = (stock_location: string) => cells.find((c) => c.stock_location === stock_location && c.sales_channel === ANY && c.region === ANY)?.partial.orders
    expect([orders(ANY), orders("jkt"), orders("mks"), orders("jyp")]).toEqual([1, 1, 1, undefined])
    // an order without a region has its own key, which no region filter names
    expect(new Set(cells.map((c) => c.region))).toEqual(new Set([ANY, ""]))
  })
})

function scenarioFacts(): ShipmentFact[] {
  const placed_at = new Date("2026-03-10T02:00:00Z")
  const row = (shipment_id: string, stock_location_id: string): ShipmentFact => ({
    shipment_id, order_id: "A", stock_location_id, sales_channel_id: null, region_id: null, stage: "routed", placed_at,
    routed_at: placed_at, waved_at: null, picked_at: null, short_picked_at: null, packed_at: null, shipped_at: null, delivered_at: null, canceled_at: null,
    units: 1, lines: 1, backordered_units: 0, parcels: 0, picked_by: null, packed_by: null, mispicks_caught: 0, cost: null, promised_days: null,
  })
  return [row("s1", "jkt"), row("s2", "mks")]
}

describe("rollup plan", () => {
  const instant = fc.date({ min: new Date("2026-01-01T00:00:00Z"), max: new Date("2026-12-31T00:00:00Z"), noInvalidDate: true })

  it("rolled-up days and uncovered spans tile the period exactly, without overlap (property)", () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 1, max: 40 * 24 }), instant, fc.array(fc.boolean(), { maxLength: 45 }), (from, hours, now, keep) => {
        const period = { from, to: new Date(from.getTime() + hours * 3_600_000) }
        const whole = wholePastDays(period, ZONE, now)
        const rolled = whole.filter((_, i) => keep[i] ?? true)
        const pieces = [...rolled.map((d) => dayBounds(d, ZONE)), ...uncoveredSpans(period, rolled, ZONE)].sort((a, b) => a.from.getTime() - b.from.getTime())
        let cursor = period.from.getTime()
        for (const piece of pieces) {
          expect(piece.from.getTime()).toBe(cursor)
          expect(piece.to.getTime()).toBeGreaterThan(cursor)
          cursor = piece.to.getTime()
        }
        expect(cursor).toBe(period.to.getTime())
        for (const day of whole) {
          const bounds = dayBounds(day, ZONE)
          expect(bounds.from >= period.from && bounds.to <= period.to && bounds.to.getTime() - bounds.from.getTime() === DAY).toBe(true)
          expect(bounds.to <= dayBounds(rollupDayOf(now, ZONE), ZONE).from).toBe(true)
        }
      }),
      RUNS
    )
  })

  it("reads a dashboard range of Jakarta days from rollups except today, which stays live", () => {
    const now = new Date("2026-11-30T05:00:00Z") // 12:00 WIB on 30 November
    const period = { from: new Date("2026-11-23T17:00:00Z"), to: new Date("2026-11-30T17:00:00Z") } // 24–30 Nov WIB
    expect(wholePastDays(period, ZONE, now)).toEqual(["2026-11-24", "2026-11-25", "2026-11-26", "2026-11-27", "2026-11-28", "2026-11-29"])
    expect(uncoveredSpans(period, wholePastDays(period, ZONE, now), ZONE)).toEqual([{ from: new Date("2026-11-29T17:00:00Z"), to: period.to }])
  })
})

describe("whole months of a plan", () => {
  it("reads a month as one row only when every one of its days is in the plan, leap years included", () => {
    expect(daysOfMonth("2028-02")).toHaveLength(29)
    expect(daysOfMonth("2026-02")).toHaveLength(28)
    const days = [...daysOfMonth("2026-10").slice(5), ...daysOfMonth("2026-11"), "2026-12-01"]
    expect(groupWholeMonths(days)).toEqual({ months: ["2026-11"], days: [...daysOfMonth("2026-10").slice(5), "2026-12-01"] })
  })

  it("covers each planned day exactly once, as a month or as a day (property)", () => {
    fc.assert(
      fc.property(fc.date({ min: new Date("2024-01-01T00:00:00Z"), max: new Date("2027-01-01T00:00:00Z"), noInvalidDate: true }), fc.integer({ min: 0, max: 800 }), (from, n) => {
        const period = { from, to: new Date(from.getTime() + n * DAY) }
        const days = wholePastDays(period, ZONE, new Date("2030-01-01T00:00:00Z"))
        const { months, days: rest } = groupWholeMonths(days)
        const covered = [...months.flatMap(daysOfMonth), ...rest].sort()
        expect(covered).toEqual([...days].sort())
      }),
      RUNS
    )
  })
})
