import { haversineKm } from "../../geo"
import type { CenterCandidate } from "../../routing/types"
import type { ReplayOrder } from "../../simulation"
import { applyTransfer, StockInputError, valueTransfer } from ".."

const JAKARTA = { latitude: -6.2, longitude: 106.85 }
const MEDAN = { latitude: 3.59, longitude: 98.67 }
const centres: CenterCandidate[] = [
  { stock_location_id: "jkt", name: "Jakarta", point: JAKARTA, priority: 1, active: true, capacity_remaining: null, link_rank: 0 },
  { stock_location_id: "mdn", name: "Medan", point: MEDAN, priority: 2, active: true, capacity_remaining: null, link_rank: 1 },
]
/** An order of one unit of the tee to a customer in Medan. */
const medanOrder = (i: number): ReplayOrder => ({
  order_id: `o${i}`,
  placed_at: `2026-11-0${i}T03:00:00Z`,
  destination: { point: MEDAN, country_code: "id", province: "SU", source: "test" },
  lines: [{ line_item_id: `l${i}`, quantity: 1, components: [{ inventory_item_id: "tee", required_quantity: 1 }] }],
  centers: centres,
})

describe("valuing a transfer by replaying past orders", () => {
  it("saves exactly the kilometres of the orders it moves (hand-checked)", () => {
    const orders = [1, 2, 3, 4].map(medanOrder)
    const stock = { jkt: { tee: 10 }, mdn: { tee: 0 } }
    // three units to Medan: three of the four Medan orders ship from Medan (0 km) instead of Jakarta
    const value = valueTransfer(orders, stock, { inventory_item_id: "tee", from: "jkt", to: "mdn", units: 3 }, "closest_full_stock", { max_shipments: 1 })
    // the router reports distances to 0.1 km
    const jakartaToMedan = Math.round(haversineKm(JAKARTA, MEDAN) * 10) / 10
    expect(value.without.km).toBeCloseTo(4 * jakartaToMedan, 6)
    expect(value.with.km).toBeCloseTo(1 * jakartaToMedan, 6)
    expect(value.km_saved).toBeCloseTo(3 * jakartaToMedan, 6)
    expect(value).toMatchObject({ parcels_saved: 0, splits_saved: 0, backorders_saved: 0 })
  })

  it("counts back-orders it would have prevented", () => {
    const orders = [1, 2].map(medanOrder)
    const value = valueTransfer(orders, { jkt: { tee: 0 }, mdn: { tee: 0 }, sby: { tee: 5 } }, { inventory_item_id: "tee", from: "sby", to: "mdn", units: 2 }, "closest_full_stock", { max_shipments: 1 })
    expect(value.without.backordered_units).toBe(2)
    expect(value.backorders_saved).toBe(2)
  })

  it("refuses a transfer of more than the sending centre holds, naming the field, and copies the stock", () => {
    const stock = { jkt: { tee: 2 } }
    expect(() => applyTransfer(stock, { inventory_item_id: "tee", from: "jkt", to: "mdn", units: 3 })).toThrow(StockInputError)
    const moved = applyTransfer(stock, { inventory_item_id: "tee", from: "jkt", to: "mdn", units: 2 })
    expect(moved).toEqual({ jkt: { tee: 0 }, mdn: { tee: 2 } })
    expect(stock).toEqual({ jkt: { tee: 2 } })
  })
})
