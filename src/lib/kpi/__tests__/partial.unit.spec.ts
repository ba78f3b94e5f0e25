import fc from "fast-check"
import { HISTOGRAM_RELATIVE_ERROR, kpiPartial, kpiSummary, mergeAllPartials, summaryOfPartial, type KpiSummary } from ".."
import { scenarioArb } from "./arbitraries"
import { CALENDARS, later, part, TUESDAY_9_WIB } from "./fixtures"

const RUNS = { numRuns: 300, seed: 41 }

/** Every percentile of `approx` within 1 % of the exact one in `exact`, and both null together. */
function expectPercentilesClose(approx: KpiSummary, exact: KpiSummary) {
  const pairs = [
    [approx.cycle_times.placed_to_shipped, exact.cycle_times.placed_to_shipped],
    [approx.cycle_times.placed_to_delivered, exact.cycle_times.placed_to_delivered],
    ...Object.keys(exact.stage_times).map((s) => [approx.stage_times[s as keyof KpiSummary["stage_times"]], exact.stage_times[s as keyof KpiSummary["stage_times"]]]),
  ]
  for (const [a, e] of pairs) {
    expect(a.count).toBe(e.count)
    for (const p of ["p50_ms", "p90_ms"] as const) {
      if (e[p] === null) expect(a[p]).toBeNull()
      else expect(Math.abs(a[p]! - e[p]!)).toBeLessThanOrEqual(HISTOGRAM_RELATIVE_ERROR * e[p]! + 1e-9)
    }
  }
}

/** The summary with percentiles and float sums taken out, to compare the rest exactly. */
function countsOnly(summary: KpiSummary) {
  const { cycle_times, stage_times, cost_per_order, ...rest } = summary
  return { ...rest, cost_orders: cost_per_order.orders }
}

describe("KPI partials (the per-day rollups)", () => {
  it("merged across any split of the orders, read the same as kpiSummary over all of them (property)", () => {
    fc.assert(
      fc.property(scenarioArb, fc.array(fc.nat(3), { maxLength: 8 }), fc.array(fc.integer({ min: 0, max: 7 }), { maxLength: 12 }), ([facts, returns, now], groupOf, ratings) => {
        // ratings and returns belong to orders; a group holds whole orders with their returns and ratings
        const orderIds = [...new Set(facts.map((f) => f.order_id))]
        const group = (orderId: string) => groupOf[orderIds.indexOf(orderId)] ?? 0
        const rated = ratings.map((r, i) => ({ order_id: orderIds[i % Math.max(1, orderIds.length)], rating: r }))
        const partials = [0, 1, 2, 3].map((g) =>
          kpiPartial(
            facts.filter((f) => group(f.order_id) === g),
            returns.filter((r) => group(r.order_id) === g),
            CALENDARS,
            rated.filter((r) => orderIds.length && group(r.order_id) === g).map((r) => r.rating)
          )
        )
        // the rollup rows are stored as JSON
        const merged = mergeAllPartials(partials.map((p) => JSON.parse(JSON.stringify(p))))
        const exact = kpiSummary(facts, returns, CALENDARS, now, orderIds.length ? rated.map((r) => r.rating) : [])
        const read = summaryOfPartial(merged, now)
        expect(countsOnly(read)).toEqual(countsOnly(exact))
        expect(read.cost_per_order.total).toBeCloseTo(exact.cost_per_order.total, 6)
        expectPercentilesClose(read, exact)
      }),
      RUNS
    )
  })

  it("counts a shipment not done yet as late only once its deadline has passed at the time asked", () => {
    // placed Tuesday 09:00 WIB before the 14:00 cut-off: due before Wednesday 00:00 WIB (Tuesday 17:00 UTC)
    const waiting = part("s1", "A", "packed")
    const partial = JSON.parse(JSON.stringify(kpiPartial([waiting], [], CALENDARS)))
    expect(summaryOfPartial(partial, later(TUESDAY_9_WIB, 10)).on_time_shipment).toEqual({ numerator: 0, denominator: 0, rate: null })
    expect(summaryOfPartial(partial, later(TUESDAY_9_WIB, 15)).on_time_shipment).toEqual({ numerator: 0, denominator: 1, rate: 0 })
  })

  it("keeps each person's hours worked once when two days of work are merged", () => {
    const a = part("s1", "A", "picked", { picked_by: "ani", picked_at: later(TUESDAY_9_WIB, 1) })
    const b = part("s2", "B", "picked", { picked_by: "ani", picked_at: later(TUESDAY_9_WIB, 1.5) })
    const merged = mergeAllPartials([kpiPartial([a], [], CALENDARS), kpiPartial([b], [], CALENDARS)])
    expect(summaryOfPartial(merged, TUESDAY_9_WIB).picks_per_hour).toEqual(kpiSummary([a, b], [], CALENDARS, TUESDAY_9_WIB).picks_per_hour)
    expect(merged.picks.ani.hour_runs).toEqual([Math.floor(later(TUESDAY_9_WIB, 1).getTime() / 3_600_000), 1])
  })
})
