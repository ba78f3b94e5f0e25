import fc from "fast-check"
import { assignBins, type BinHolding, type OrderDemand } from "../assign-bins"

const order = (order_id: string, lines: [string, number][]): OrderDemand => ({
  order_id,
  lines: lines.map(([item, quantity], i) => ({ line_item_id: `${order_id}_l${i}`, inventory_item_id: item, quantity, sku: item.toUpperCase() })),
})

describe("assignBins", () => {
  it("takes a line from the fullest bin, and splits it over bins when no single bin holds it", () => {
    const holdings: BinHolding[] = [
      { bin_code: "A-01-01-1-L", inventory_item_id: "tee", quantity: 3 },
      { bin_code: "A-02-01-1-L", inventory_item_id: "tee", quantity: 4 },
    ]
    expect(assignBins(holdings, [order("o1", [["tee", 2]])]).orders[0].lines).toEqual([
      { line_item_id: "o1_l0", inventory_item_id: "tee", quantity: 2, bin_code: "A-02-01-1-L" },
    ])
    expect(assignBins(holdings, [order("o1", [["tee", 6]])]).orders[0].lines.map((l) => [l.bin_code, l.quantity])).toEqual([
      ["A-02-01-1-L", 4],
      ["A-01-01-1-L", 2],
    ])
  })

  it("serves orders in turn, skips one the bins cannot fill whole, and lets it take nothing", () => {
    const holdings: BinHolding[] = [
      { bin_code: "B1", inventory_item_id: "tee", quantity: 3 },
      { bin_code: "B2", inventory_item_id: "mug", quantity: 1 },
    ]
    const result = assignBins(holdings, [
      order("o1", [["tee", 2]]),
      order("o2", [["tee", 1], ["mug", 2]]), // mug short: must not take the last tee
      order("o3", [["tee", 1]]),
      order("o4", [["kopi", 1]]),
    ])
    expect(result.orders.map((o) => o.order_id)).toEqual(["o1", "o3"])
    expect(result.skipped).toEqual([
      { order_id: "o2", reason: expect.stringContaining("bins hold 1 free unit(s) of MUG, the order needs 2") },
      { order_id: "o4", reason: "no bin holds KOPI — put stock away first" },
    ])
  })

  it("never takes more than a bin holds, fills every taken line exactly and takes orders whole (property)", () => {
    const items = ["i1", "i2", "i3"]
    const holdingsArb = fc.array(
      fc.record({ bin_code: fc.constantFrom("B1", "B2", "B3", "B4"), inventory_item_id: fc.constantFrom(...items), quantity: fc.integer({ min: 0, max: 6 }) }),
      { maxLength: 8 }
    )
    const ordersArb = fc.array(
      fc.array(fc.tuple(fc.constantFrom(...items), fc.integer({ min: 1, max: 5 })), { minLength: 1, maxLength: 3 }),
      { maxLength: 8 }
    )
    fc.assert(
      fc.property(holdingsArb, ordersArb, (raw, demands) => {
        // one row per (bin, item), as in bin stock
        const holdings = [...new Map(raw.map((h) => [`${h.bin_code}|${h.inventory_item_id}`, h])).values()]
        const orders = demands.map((lines, i) => order(`o${i}`, lines))
        const result = assignBins(holdings, orders)

        expect(result.orders.length + result.skipped.length).toBe(orders.length)
        const taken = new Map<string, number>()
        for (const o of result.orders) {
          const wanted = orders.find((x) => x.order_id === o.order_id)!
          for (const line of wanted.lines) {
            const got = o.lines.filter((l) => l.line_item_id === line.line_item_id)
            expect(got.reduce((s, l) => s + l.quantity, 0)).toBe(line.quantity)
            expect(got.every((l) => l.quantity > 0 && l.inventory_item_id === line.inventory_item_id)).toBe(true)
          }
          for (const l of o.lines) taken.set(`${l.bin_code}|${l.inventory_item_id}`, (taken.get(`${l.bin_code}|${l.inventory_item_id}`) ?? 0) + l.quantity)
        }
        for (const [key, quantity] of taken) {
          const held = holdings.find((h) => `${h.bin_code}|${h.inventory_item_id}` === key)?.quantity ?? 0
          expect(quantity).toBeLessThanOrEqual(held)
        }
        // A skipped order really could not be filled from what the taken orders before it left.
        for (const skip of result.skipped) {
          const index = orders.findIndex((o) => o.order_id === skip.order_id)
          const before = new Set(orders.slice(0, index).map((o) => o.order_id))
          const used = new Map<string, number>()
          for (const o of result.orders.filter((x) => before.has(x.order_id))) {
            for (const l of o.lines) used.set(l.inventory_item_id, (used.get(l.inventory_item_id) ?? 0) + l.quantity)
          }
          const need = new Map<string, number>()
          for (const l of orders[index].lines) need.set(l.inventory_item_id, (need.get(l.inventory_item_id) ?? 0) + l.quantity)
          const free = (item: string) => holdings.filter((h) => h.inventory_item_id === item).reduce((s, h) => s + h.quantity, 0) - (used.get(item) ?? 0)
          expect([...need].some(([item, q]) => q > free(item))).toBe(true)
        }
      }),
      { numRuns: 300 }
    )
  })
})
