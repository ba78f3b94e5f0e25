import fc from "fast-check"
import { chooseOrdersToReroute, type LevelHolder } from "../choose-orders-to-reroute"

const holder = (order_id: string, firm_quantity: number, minute: number, movable = true): LevelHolder => ({
  order_id,
  firm_quantity,
  placed_at: new Date(Date.UTC(2026, 0, 1, 0, minute)).toISOString(),
  movable,
})

describe("chooseOrdersToReroute", () => {
  it("moves nobody while the firm reservations fit", () => {
    expect(chooseOrdersToReroute(6, [holder("a", 3, 1), holder("b", 3, 2)])).toEqual({ order_ids: [], excess: 0, fits: true })
  })

  it("moves the newest orders first, only as many as the excess needs", () => {
    // 6 left after the write-off; three orders hold 3 each: moving the newest (c) is enough.
    expect(chooseOrdersToReroute(6, [holder("a", 3, 1), holder("c", 3, 3), holder("b", 3, 2)])).toEqual({
      order_ids: ["c"], excess: 3, fits: true,
    })
    expect(chooseOrdersToReroute(5, [holder("a", 3, 1), holder("c", 3, 3), holder("b", 3, 2)]).order_ids).toEqual(["c", "b"])
    expect(chooseOrdersToReroute(0, [holder("a", 3, 1), holder("c", 3, 3), holder("b", 3, 2)]).order_ids).toEqual(["c", "b", "a"])
  })

  it("skips orders whose units are picked or that cannot be routed again, and says when that is not enough", () => {
    expect(chooseOrdersToReroute(2, [holder("picked", 3, 5, false), holder("a", 1, 1)])).toEqual({
      order_ids: ["a"], excess: 2, fits: false,
    })
  })

  it("property: the choice is the shortest newest-first prefix of movable orders that covers the excess", () => {
    const holders = fc.uniqueArray(
      fc.record({ id: fc.integer({ min: 0, max: 50 }), firm: fc.nat(6), minute: fc.nat(30), movable: fc.boolean() }),
      { selector: (h) => h.id, maxLength: 8 }
    )
    fc.assert(
      fc.property(fc.nat(30), holders, (stocked, raw) => {
        const list = raw.map((h) => holder(`o${String(h.id).padStart(2, "0")}`, h.firm, h.minute, h.movable))
        const choice = chooseOrdersToReroute(stocked, list)
        const firm = (ids: string[]) => list.filter((h) => ids.includes(h.order_id)).reduce((s, h) => s + h.firm_quantity, 0)
        const total = firm(list.map((h) => h.order_id))
        // reference: try every k = 0.. of the newest movable orders (with units), take the first that fits
        const candidates = list
          .filter((h) => h.movable && h.firm_quantity > 0)
          .sort((a, b) => (a.placed_at === b.placed_at ? (a.order_id < b.order_id ? 1 : -1) : a.placed_at < b.placed_at ? 1 : -1))
          .map((h) => h.order_id)
        let expected = candidates
        for (let k = 0; k <= candidates.length; k++) {
          if (total - firm(candidates.slice(0, k)) <= stocked) {
            expected = candidates.slice(0, k)
            break
          }
        }
        expect(choice.order_ids).toEqual(expected)
        expect(choice.fits).toBe(total - firm(choice.order_ids) <= stocked)
        expect(choice.excess).toBe(total - stocked)
      }),
      { numRuns: 500 }
    )
  })
})
