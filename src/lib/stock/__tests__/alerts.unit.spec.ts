import fc from "fast-check"
import { ALERT_KINDS, alertKey, planAlerts, type StockProblem } from ".."

const ALL = new Set(ALERT_KINDS)
const low = (item: string, centre = "jkt"): StockProblem => ({ kind: "low_stock", stock_location_id: centre, inventory_item_id: item })

describe("stock alerts", () => {
  it("announces a problem once, not again while it lasts, and again after it cleared", () => {
    const first = planAlerts([low("iitem_1")], new Set(), ALL)
    expect(first.post).toEqual([low("iitem_1")])
    const open = new Set(first.post.map(alertKey))
    expect(planAlerts([low("iitem_1")], open, ALL)).toEqual({ post: [], grouped: [], cleared: [] })
    const cleared = planAlerts([], open, ALL)
    expect(cleared.cleared).toEqual([alertKey(low("iitem_1"))])
    expect(planAlerts([low("iitem_1")], new Set(), ALL).post).toHaveLength(1)
  })

  it("groups a flood at one centre into one message, and leaves out kinds turned off", () => {
    const many = Array.from({ length: 12 }, (_, i) => low(`iitem_${i}`))
    const plan = planAlerts([...many, low("iitem_x", "mdn")], new Set(), ALL, 10)
    expect(plan.post).toEqual([low("iitem_x", "mdn")])
    expect(plan.grouped).toHaveLength(1)
    expect(plan.grouped[0]).toMatchObject({ kind: "low_stock", stock_location_id: "jkt" })
    expect(plan.grouped[0].problems).toHaveLength(12)
    expect(planAlerts(many, new Set(), new Set(["stock_out"] as const))).toEqual({ post: [], grouped: [], cleared: [] })
  })

  it("running twice on the same findings announces nothing the second time (property)", () => {
    const problemArb = fc.record({ kind: fc.constantFrom(...ALERT_KINDS), stock_location_id: fc.constantFrom("jkt", "sby"), inventory_item_id: fc.constantFrom("a", "b", "c", "d") })
    fc.assert(
      fc.property(fc.array(problemArb, { maxLength: 20 }), fc.array(problemArb, { maxLength: 20 }), fc.integer({ min: 1, max: 5 }), (before, now, maxSingle) => {
        const open = new Set([...new Set(before.map(alertKey))])
        const plan = planAlerts(now, open, ALL, maxSingle)
        const announced = [...plan.post, ...plan.grouped.flatMap((g) => g.problems)].map(alertKey)
        // each new problem exactly once, nothing already open, nothing twice
        expect(new Set(announced).size).toBe(announced.length)
        expect(new Set(announced)).toEqual(new Set(now.map(alertKey).filter((k) => !open.has(k))))
        const next = new Set([...[...open].filter((k) => !plan.cleared.includes(k)), ...announced])
        const again = planAlerts(now, next, ALL, maxSingle)
        expect(again.post.length + again.grouped.length + again.cleared.length).toBe(0)
      }),
      { numRuns: 300, seed: 17 }
    )
  })
})
