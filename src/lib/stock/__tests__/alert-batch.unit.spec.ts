import fc from "fast-check"
import { ALERT_KINDS, alertKey, alertMessages, groupKey, occurrenceKey, planAlerts, type StockProblem } from ".."

const ALL = new Set(ALERT_KINDS)
const problem = (kind: StockProblem["kind"], item: string, centre = "sloc_jkt"): StockProblem => ({ kind, stock_location_id: centre, inventory_item_id: item })
const factsOf = (p: StockProblem) => ({ kind: p.kind, sku: p.inventory_item_id.toUpperCase(), title: null, centre: p.stock_location_id === "sloc_jkt" ? "Jakarta FC" : "Medan FC", available: 0, on_hand: 0, reorder_point: 2, days_of_supply: null })

describe("alert messages of one run", () => {
  it("posts each new alert under its key and occurrence, most serious first, and a flood as one message", () => {
    const found = [problem("overstock", "mug"), problem("stock_out", "tee"), ...Array.from({ length: 11 }, (_, i) => problem("low_stock", `s${i}`, "sloc_mdn"))]
    const before = new Map([[alertKey(problem("stock_out", "tee")), 2]])
    const { messages, left } = alertMessages(planAlerts(found, new Set(), ALL, 10), factsOf, (k) => before.get(k) ?? 0, 10)
    expect(left).toBe(0)
    expect(messages.map((m) => m.alerts.length)).toEqual([1, 11, 1])
    expect(messages[0]).toMatchObject({ idempotency_key: "oms-stock:stock_out:sloc_jkt:tee#3", text: { title: "Out of stock at Jakarta FC: SKU TEE" } })
    expect(messages[0].alerts[0]).toMatchObject({ key: "oms-stock:stock_out:sloc_jkt:tee", occurrence: 3 })
    expect(messages[1].text.title).toBe("Low stock at Medan FC: 11 SKUs")
    expect(messages[1].idempotency_key).toMatch(/^oms-stock-group:low_stock:sloc_mdn:[0-9a-f]{16}$/)
    expect(messages[2].idempotency_key).toBe("oms-stock:overstock:sloc_jkt:mug#1")
  })

  it("stops at the cap and says how many messages are left for the next run", () => {
    const found = Array.from({ length: 5 }, (_, i) => problem("low_stock", `s${i}`))
    const { messages, left } = alertMessages(planAlerts(found, new Set(), ALL, 10), factsOf, () => 0, 2)
    expect(messages).toHaveLength(2)
    expect(left).toBe(3)
  })

  it("gives a group of the same occurrences the same key in any order and another group another key", () => {
    const keys = ["a#1", "b#1", "c#2"]
    expect(groupKey("low_stock", "sloc_1", keys)).toBe(groupKey("low_stock", "sloc_1", [...keys].reverse()))
    expect(groupKey("low_stock", "sloc_1", keys)).not.toBe(groupKey("low_stock", "sloc_1", ["a#1", "b#1", "c#3"]))
    expect(groupKey("low_stock", "sloc_1", keys)).not.toBe(groupKey("overstock", "sloc_1", keys))
    expect(occurrenceKey("k", 4)).toBe("k#4")
  })

  it("announces every new problem in exactly one message, with distinct keys, whatever the cap (property)", () => {
    const problemArb = fc.record({
      kind: fc.constantFrom(...ALERT_KINDS),
      stock_location_id: fc.constantFrom("sloc_jkt", "sloc_mdn"),
      inventory_item_id: fc.integer({ min: 0, max: 30 }).map((i) => `i${i}`),
    })
    fc.assert(
      fc.property(fc.array(problemArb, { maxLength: 80 }), fc.integer({ min: 1, max: 6 }), fc.integer({ min: 0, max: 200 }), (found, maxSingle, cap) => {
        const plan = planAlerts(found, new Set(), ALL, maxSingle)
        const { messages, left } = alertMessages(plan, factsOf, () => 0, cap)
        const total = plan.post.length + plan.grouped.length
        expect(messages.length).toBe(Math.min(cap, total))
        expect(left).toBe(total - messages.length)
        const keys = messages.map((m) => m.idempotency_key)
        expect(new Set(keys).size).toBe(keys.length)
        const announced = messages.flatMap((m) => m.alerts.map((a) => a.key))
        expect(new Set(announced).size).toBe(announced.length)
        if (cap >= total) expect(new Set(announced)).toEqual(new Set(found.map(alertKey)))
        // never a less serious message before a more serious one
        const order = { stock_out: 0, invariant_break: 1, low_stock: 2, overstock: 3 }
        const ranks = messages.map((m) => order[m.alerts[0].problem.kind])
        expect(ranks).toEqual([...ranks].sort((a, b) => a - b))
      })
    )
  })
})
