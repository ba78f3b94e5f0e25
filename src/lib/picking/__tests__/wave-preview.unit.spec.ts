import fc from "fast-check"
import { buildWave, type WaveCandidateOrder } from "../wave"
import { previewWave } from "../wave-preview"
import { binCode } from "../../warehouse/layout"
import { SMALL } from "./fixtures"

const orderArb = fc.record({
  placed: fc.integer({ min: 0, max: 100 }),
  priority: fc.integer({ min: 0, max: 3 }),
  lines: fc.array(fc.record({ aisle: fc.integer({ min: 1, max: 3 }), bay: fc.integer({ min: 1, max: 10 }), quantity: fc.integer({ min: 1, max: 4 }) }), { minLength: 1, maxLength: 3 }),
})

const toOrders = (list: { placed: number; priority: number; lines: { aisle: number; bay: number; quantity: number }[] }[]): WaveCandidateOrder[] =>
  list.map((o, i) => ({
    order_id: `o${i}`,
    placed_at: new Date(Date.UTC(2026, 0, 1, 0, o.placed)).toISOString(),
    priority: o.priority,
    lines: o.lines.map((l, j) => ({ line_item_id: `o${i}_l${j}`, inventory_item_id: `inv_${l.aisle}_${l.bay}`, quantity: l.quantity, bin_code: binCode("A", l.aisle, l.bay, 1, "L") })),
  }))

describe("previewWave", () => {
  it("counts what is waiting for the filters and shows the wave create would build, limits and all", () => {
    fc.assert(
      fc.property(fc.array(orderArb, { maxLength: 12 }), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 1, max: 5 }), (list, minPriority, maxOrders) => {
        const orders = toOrders(list)
        const input = { layout: SMALL, orders, mode: "batch" as const, filters: { min_priority: minPriority }, limits: { max_orders: maxOrders } }
        const preview = previewWave(input)
        // reference: the filter by hand, the units summed by hand
        const matching = list.map((o, i) => ({ ...o, id: `o${i}` })).filter((o) => o.priority >= minPriority)
        expect(preview.waiting.map((o) => o.order_id).sort()).toEqual(matching.map((o) => o.id).sort())
        expect(preview.waiting_units).toBe(matching.reduce((s, o) => s + o.lines.reduce((u, l) => u + l.quantity, 0), 0))
        if (!matching.length) return expect(preview.next_wave).toBeNull()
        const built = buildWave(input)
        expect(preview.next_wave?.order_ids).toEqual(built.orders)
        expect(preview.next_wave?.order_ids.length).toBe(Math.min(maxOrders, matching.length))
        expect(preview.next_wave?.distance_m).toBe(built.route.distance_m)
        const bins = new Set(matching.filter((o) => built.orders.includes(o.id)).flatMap((o) => o.lines.map((l) => `${l.aisle}/${l.bay}`)))
        expect(preview.next_wave?.bins).toBe(bins.size)
      }),
      { numRuns: 60 }
    )
  })
})
