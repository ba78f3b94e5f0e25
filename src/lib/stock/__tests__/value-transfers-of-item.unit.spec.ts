import fc from "fast-check"
import { haversineKm } from "../../geo"
import { ROUTING_STRATEGIES, type CenterCandidate, type StockView } from "../../routing/types"
import type { ReplayOrder } from "../../simulation"
import { compareTransferValues, StockInputError, transferScore, valueTransfer, valueTransfersOfItem, type TransferValue } from ".."

const POINTS = {
  jkt: { latitude: -6.2, longitude: 106.85 },
  mdn: { latitude: 3.59, longitude: 98.67 },
  sby: { latitude: -7.26, longitude: 112.75 },
}
const centres: CenterCandidate[] = Object.entries(POINTS).map(([id, point], i) => ({
  stock_location_id: id, name: id, point, priority: i + 1, active: true, capacity_remaining: null, link_rank: i,
}))
const order = (i: number, to: keyof typeof POINTS, items: [string, number][]): ReplayOrder => ({
  order_id: `o${i}`,
  placed_at: new Date(Date.UTC(2026, 9, 1) + i * 3_600_000).toISOString(),
  destination: { point: POINTS[to], source: "test" },
  lines: items.map(([item, quantity], j) => ({ line_item_id: `o${i}l${j}`, quantity, components: [{ inventory_item_id: item, required_quantity: 1 }] })),
  centers: centres,
})
const saved = (v: TransferValue) => [v.km_saved, v.parcels_saved, v.splits_saved, v.backorders_saved]

describe("valuing one item's transfers on the orders that hold it", () => {
  it("gives each transfer the full replay's savings, sharing the replay without them (hand-checked)", () => {
    const orders = [order(1, "mdn", [["tee", 1]]), order(2, "mdn", [["tee", 1]]), order(3, "jkt", [["mug", 2]]), order(4, "mdn", [["tee", 1]])]
    const stock = { jkt: { tee: 10, mug: 5 }, mdn: { tee: 0 }, sby: { tee: 4 } }
    const transfers = [
      { inventory_item_id: "tee", from: "jkt", to: "mdn", units: 2 },
      { inventory_item_id: "tee", from: "sby", to: "mdn", units: 3 },
    ]
    const values = valueTransfersOfItem(orders, stock, "tee", transfers, "closest_full_stock", { max_shipments: 1 })
    const jktMdn = Math.round(haversineKm(POINTS.jkt, POINTS.mdn) * 10) / 10
    // three Medan orders shipped from Jakarta; 2 units move two of them, 3 units all three
    expect(values[0].without.orders).toBe(3)
    expect(values[0].km_saved).toBeCloseTo(2 * jktMdn, 6)
    expect(values[1].km_saved).toBeCloseTo(3 * jktMdn, 6)
    expect(values[0].without).toEqual(values[1].without)
    expect(stock).toEqual({ jkt: { tee: 10, mug: 5 }, mdn: { tee: 0 }, sby: { tee: 4 } })
  })

  it("refuses a transfer of another item, naming the field", () => {
    expect(() => valueTransfersOfItem([], {}, "tee", [{ inventory_item_id: "mug", from: "jkt", to: "mdn", units: 1 }], "closest_full_stock", { max_shipments: 1 }))
      .toThrow(expect.objectContaining({ field: "inventory_item_id" }) as unknown as StockInputError)
  })

  it("equals the full replay when no other order shares items with them and centres have no daily capacity (property)", () => {
    const own = ["tee", "mug"] // the valued item and one it is bought with
    const others = ["kopi", "batik"] // only other orders hold these
    const lineArb = (items: string[]) => fc.tuple(fc.constantFrom(...items), fc.integer({ min: 1, max: 3 }))
    const orderArb = fc.record({
      to: fc.constantFrom("jkt", "mdn", "sby" as const),
      mine: fc.boolean(),
      extra: fc.array(lineArb(own), { maxLength: 2 }),
      otherLines: fc.array(lineArb(others), { minLength: 1, maxLength: 2 }),
    })
    const stockArb = fc.record(
      Object.fromEntries(Object.keys(POINTS).map((c) => [c, fc.record(Object.fromEntries([...own, ...others].map((i) => [i, fc.integer({ min: 0, max: 6 })])))]))
    ) as fc.Arbitrary<StockView>
    const transferArb = fc.record({ from: fc.constantFrom("jkt", "mdn", "sby"), to: fc.constantFrom("jkt", "mdn", "sby"), units: fc.integer({ min: 1, max: 6 }) })
    fc.assert(
      fc.property(
        fc.array(orderArb, { minLength: 1, maxLength: 25 }),
        stockArb,
        fc.array(transferArb, { minLength: 1, maxLength: 3 }),
        fc.constantFrom(...ROUTING_STRATEGIES),
        fc.integer({ min: 1, max: 3 }),
        (raw, stock, rawTransfers, strategy, max_shipments) => {
          const orders = raw.map((r, i) =>
            r.mine ? order(i, r.to, [["tee", 1], ...(r.extra as [string, number][])]) : order(i, r.to, r.otherLines as [string, number][])
          )
          const transfers = rawTransfers
            .filter((t) => t.from !== t.to && t.units <= (stock[t.from].tee ?? 0))
            .map((t) => ({ ...t, inventory_item_id: "tee" }))
          const restricted = valueTransfersOfItem(orders, stock, "tee", transfers, strategy, { max_shipments })
          transfers.forEach((t, i) => {
            const full = valueTransfer(orders, stock, t, strategy, { max_shipments })
            saved(full).forEach((x, k) => expect(saved(restricted[i])[k]).toBeCloseTo(x, 6))
          })
        }
      ),
      { numRuns: 200 }
    )
  })

  it("leaves out a co-bought item that another order used up in between (what the restriction ignores)", () => {
    // o2 holds only the mug and takes Medan's last one; o3 then needs tee + mug
    const orders = [order(1, "mdn", [["tee", 1]]), order(2, "mdn", [["mug", 1]]), order(3, "mdn", [["tee", 1], ["mug", 1]])]
    const stock = { jkt: { tee: 5, mug: 5 }, mdn: { tee: 0, mug: 1 }, sby: {} }
    const t = { inventory_item_id: "tee", from: "jkt", to: "mdn", units: 2 }
    const full = valueTransfer(orders, stock, t, "closest_full_stock", { max_shipments: 1 })
    const [restricted] = valueTransfersOfItem(orders, stock, "tee", [t], "closest_full_stock", { max_shipments: 1 })
    expect(restricted.km_saved).toBeGreaterThan(full.km_saved)
  })

  it("ranks by kilometres saved, then back-orders, then parcels", () => {
    const v = (km_saved: number, backorders_saved: number, parcels_saved: number) => ({ km_saved, backorders_saved, parcels_saved }) as TransferValue
    const ranked = [v(10, 0, 0), v(20, 0, 0), v(10, 3, 0), v(10, 3, 1)].sort(compareTransferValues)
    expect(ranked).toEqual([v(20, 0, 0), v(10, 3, 1), v(10, 3, 0), v(10, 0, 0)])
    expect(transferScore(v(12.3400001, 0, 0))).toBe(12.3)
  })
})
