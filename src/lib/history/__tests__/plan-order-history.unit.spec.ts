import fc from "fast-check"
import { planOrderHistory, type HistoryFulfillment, type HistoryOrder } from "../plan-order-history"

const t = (minutes: number) => new Date(Date.UTC(2026, 10, 1, 8, minutes))
const order = (extra: Partial<HistoryOrder> = {}): HistoryOrder => ({
  id: "order_1",
  created_at: t(0),
  canceled_at: null,
  status: "completed",
  sales_channel_id: "sc_1",
  region_id: "reg_1",
  shipping_option_id: "so_1",
  lines: [{ line_item_id: "li_a", quantity: 2 }],
  fulfillments: [],
  reservations: [],
  default_location_id: "sloc_default",
  ...extra,
})
const fulfilment = (extra: Partial<HistoryFulfillment> = {}): HistoryFulfillment => ({
  id: "ful_1",
  location_id: "sloc_jkt",
  created_at: t(10),
  packed_at: t(10),
  shipped_at: null,
  delivered_at: null,
  canceled_at: null,
  tracking_numbers: [],
  items: [{ line_item_id: "li_a", quantity: 2 }],
  ...extra,
})

describe("planOrderHistory", () => {
  it("a delivered order: one delivered part at the fulfilment's centre with Medusa's times and the order's facts", () => {
    const { shipments, stage } = planOrderHistory(order({ fulfillments: [fulfilment({ shipped_at: t(20), delivered_at: t(900), tracking_numbers: ["JNE-1"] })] }))
    expect(stage).toBe("delivered")
    expect(shipments).toEqual([
      expect.objectContaining({
        stock_location_id: "sloc_jkt", stage: "delivered", units: 2, line_count: 1, parcels: 1, placed_at: t(0), routed_at: t(0),
        packed_at: t(10), shipped_at: t(20), delivered_at: t(900), stage_changed_at: t(900), fulfillment_id: "ful_1", tracking_numbers: ["JNE-1"],
        sales_channel_id: "sc_1", region_id: "reg_1", shipping_option_id: "so_1", canceled_at: null,
      }),
    ])
  })

  it("an open order sits where Medusa reserves it; a canceled fulfilment is not counted", () => {
    const { shipments, stage } = planOrderHistory(
      order({
        fulfillments: [fulfilment({ canceled_at: t(30) })],
        reservations: [{ line_item_id: "li_a", location_id: "sloc_sby", quantity: 2, deleted: false }],
      })
    )
    expect(stage).toBe("routed")
    expect(shipments.map((s) => [s.stock_location_id, s.stage, s.units, s.parcels, s.packed_at])).toEqual([["sloc_sby", "routed", 2, 0, null]])
  })

  it("a canceled order is canceled where it was last reserved", () => {
    const { shipments, stage } = planOrderHistory(
      order({ status: "canceled", canceled_at: t(50), reservations: [{ line_item_id: "li_a", location_id: "sloc_mdn", quantity: 2, deleted: true }] })
    )
    expect(stage).toBe("canceled")
    expect(shipments.map((s) => [s.stock_location_id, s.stage, s.canceled_at])).toEqual([["sloc_mdn", "canceled", t(50)]])
  })

  it("follows the order's current version: units an edit added, with no reservation, wait at the centre that fulfilled the rest", () => {
    const { shipments } = planOrderHistory(
      order({
        lines: [{ line_item_id: "li_a", quantity: 3 }, { line_item_id: "li_b", quantity: 1 }],
        fulfillments: [fulfilment({ shipped_at: t(20) })],
      })
    )
    // two of li_a shipped from Jakarta; the third unit and li_b wait there (its first fulfilment's centre)
    expect(shipments.map((s) => [s.stock_location_id, s.stage, s.units, s.line_count])).toEqual([["sloc_jkt", "routed", 4, 2]])
  })

  it("a split order: one part per centre, the order as far as its slowest part", () => {
    const { shipments, stage } = planOrderHistory(
      order({
        lines: [{ line_item_id: "li_a", quantity: 1 }, { line_item_id: "li_b", quantity: 1 }],
        fulfillments: [
          fulfilment({ id: "ful_1", items: [{ line_item_id: "li_a", quantity: 1 }], shipped_at: t(20), delivered_at: t(99) }),
          fulfilment({ id: "ful_2", location_id: "sloc_sby", items: [{ line_item_id: "li_b", quantity: 1 }], shipped_at: t(25) }),
        ],
      })
    )
    expect(stage).toBe("shipped")
    expect(shipments.map((s) => [s.stock_location_id, s.stage])).toEqual([["sloc_jkt", "delivered"], ["sloc_sby", "shipped"]])
  })

  it("keeps every unit of the current version exactly once, one part per centre", () => {
    const locations = ["sloc_a", "sloc_b", "sloc_c"]
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 4 }),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.constantFrom(...locations), fc.integer({ min: 0, max: 5 }), fc.boolean()), { maxLength: 4 }),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.constantFrom(...locations), fc.integer({ min: 1, max: 6 }), fc.boolean()), { maxLength: 6 }),
        fc.boolean(),
        (quantities, fulfilments, reservations, canceled) => {
          const lines = quantities.map((quantity, i) => ({ line_item_id: `li_${i}`, quantity }))
          // fulfilled units never exceed a line (Medusa refuses that)
          const left = new Map(lines.map((l) => [l.line_item_id, l.quantity]))
          const fs = fulfilments.flatMap(([line, location, quantity, shipped], i) => {
            const id = `li_${line % lines.length}`
            const q = Math.min(quantity, left.get(id)!)
            if (q <= 0) return []
            left.set(id, left.get(id)! - q)
            return [fulfilment({ id: `ful_${i}`, location_id: location, items: [{ line_item_id: id, quantity: q }], shipped_at: shipped ? t(20) : null })]
          })
          const rs = reservations.map(([line, location, quantity, deleted]) => ({ line_item_id: `li_${line % lines.length}`, location_id: location, quantity, deleted }))
          const { shipments } = planOrderHistory(order({ lines, fulfillments: canceled ? [] : fs, reservations: rs, status: canceled ? "canceled" : "completed" }))
          const units = (id: string) => shipments.flatMap((s) => s.lines).filter((l) => l.line_item_id === id).reduce((s, l) => s + l.quantity, 0)
          for (const l of lines) expect(units(l.line_item_id)).toBe(l.quantity)
          expect(new Set(shipments.map((s) => s.stock_location_id)).size).toBe(shipments.length)
          for (const s of shipments) {
            expect(s.units).toBe(s.lines.reduce((a, l) => a + l.quantity, 0))
            expect(s.units).toBeGreaterThan(0)
            if (canceled) expect(s.stage).toBe("canceled")
          }
        }
      )
    )
  })
})
