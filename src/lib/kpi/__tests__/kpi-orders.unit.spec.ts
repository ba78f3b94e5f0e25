import fc from "fast-check"
import { DRILL_KPIS, DRILL_SPECS, kpiOrders, kpiSummary, type DrillKpi } from ".."
import { scenarioArb } from "./arbitraries"
import { CALENDARS, later, part, returned, TUESDAY_9_WIB as PLACED } from "./fixtures"
import { naiveKpiOrders, notPerfect } from "./naive-drill"

const NOW = later(PLACED, 24 * 7)
const outcomes = (kpi: DrillKpi, facts: Parameters<typeof kpiOrders>[1], returns: Parameters<typeof kpiOrders>[2] = []) =>
  kpiOrders(kpi, facts, returns, CALENDARS, NOW).map((r) => [r.shipment_id ?? r.order_id, r.outcome])

describe("the orders behind a KPI", () => {
  it("lists each shipment an on-time rate counts, late ones with their deadline and whether they left", () => {
    const facts = [
      part("a", "A", "shipped"), // left at 13:00 on its day
      part("b", "B", "routed"), // still here a week later
      part("c", "C", "routed", { placed_at: later(NOW, -1) }), // not due yet: not counted
      part("d", "D", "canceled"),
    ]
    const rows = kpiOrders("on_time_shipment", facts, [], CALENDARS, NOW)
    expect(rows.map((r) => [r.shipment_id, r.outcome, r.in_numerator])).toEqual([["a", "on_time", true], ["b", "late", false]])
    expect(rows.find((r) => r.shipment_id === "b")).toMatchObject({ deadline: new Date("2026-03-10T17:00:00Z"), done_at: null, stock_location_ids: ["jkt"] })
  })

  it("says why a delivered order is not perfect", () => {
    const facts = [
      part("p", "P", "delivered"),
      part("q1", "Q", "delivered", { backordered_units: 1 }),
      part("q2", "Q", "delivered", { stock_location_id: "mks" }),
      part("r", "R", "delivered"),
      part("s", "S", "shipped"), // on its way: not counted
    ]
    const rows = kpiOrders("perfect_order", facts, [returned("R", "damaged"), returned("R", "changed_mind")], CALENDARS, NOW)
    expect(rows.map((r) => [r.order_id, r.outcome, r.reasons])).toEqual([
      ["P", "perfect", []],
      ["Q", "not_perfect", ["not_in_full"]],
      ["R", "not_perfect", ["damaged"]],
    ])
    expect(rows[1].stock_location_ids.sort()).toEqual(["jkt", "mks"])
  })

  it("gives the return rate's rows the units shipped and returned", () => {
    const facts = [part("a", "A", "delivered", { units: 4 }), part("b", "B", "shipped"), part("c", "C", "routed")]
    const rows = kpiOrders("return_rate", facts, [returned("A", "product", { units: 3 })], CALENDARS, NOW)
    expect(rows.map((r) => [r.order_id, r.outcome, r.units, r.returned_units])).toEqual([["A", "returned", 4, 3], ["B", "kept", 2, 0]])
  })

  it("sorts by placement, newest first", () => {
    const facts = [part("a", "A", "shipped", { placed_at: later(PLACED, -48) }), part("b", "B", "shipped"), part("c", "C", "shipped", { placed_at: later(PLACED, -24) })]
    expect(outcomes("split_shipment_rate", facts).map(([id]) => id)).toEqual(["B", "C", "A"])
  })

  it("is empty on empty input", () => {
    for (const kpi of DRILL_KPIS) expect(kpiOrders(kpi, [], [], CALENDARS, NOW)).toEqual([])
  })

  it("adds up to kpiSummary's numerator and denominator for every KPI (property)", () => {
    fc.assert(
      fc.property(scenarioArb, ([facts, returns, now]) => {
        const summary = kpiSummary(facts, returns, CALENDARS, now)
        for (const kpi of DRILL_KPIS) {
          const rows = kpiOrders(kpi, facts, returns, CALENDARS, now)
          const rate = DRILL_SPECS[kpi].rateOf(summary)
          expect([kpi, rows.length, rows.filter((r) => r.in_numerator).length]).toEqual([kpi, rate.denominator, rate.numerator])
          expect(rows.every((r) => r.outcome === (r.in_numerator ? DRILL_SPECS[kpi].counted : DRILL_SPECS[kpi].rest))).toBe(true)
        }
        const returnRows = kpiOrders("return_rate", facts, returns, CALENDARS, now)
        expect([returnRows.reduce((s, r) => s + r.returned_units!, 0), returnRows.reduce((s, r) => s + r.units!, 0)]).toEqual([
          summary.return_rates.units.numerator,
          summary.return_rates.units.denominator,
        ])
      }),
      { numRuns: 300, seed: 71 }
    )
  })

  it("puts each order or shipment where a plain reference does (property)", () => {
    fc.assert(
      fc.property(scenarioArb, ([facts, returns, now]) => {
        for (const kpi of DRILL_KPIS) {
          const rows = kpiOrders(kpi, facts, returns, CALENDARS, now)
          const got = new Map(rows.map((r) => [r.shipment_id ?? r.order_id, r.outcome]))
          expect([kpi, got]).toEqual([kpi, naiveKpiOrders(kpi, facts, returns, now)])
        }
        for (const row of kpiOrders("perfect_order", facts, returns, CALENDARS, now)) {
          const reference = notPerfect(facts.filter((f) => f.order_id === row.order_id), returns.filter((r) => r.order_id === row.order_id))
          expect([row.order_id, row.reasons]).toEqual([row.order_id, reference])
        }
      }),
      { numRuns: 300, seed: 73 }
    )
  })
})
