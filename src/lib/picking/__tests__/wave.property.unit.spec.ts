import fc from "fast-check"
import { binCode, type WarehouseLayout } from "../../warehouse/layout"
import { buildWave, type BuildWaveInput, type WaveCandidateOrder } from "../wave"
import { layoutArb } from "./fixtures"

const BASE = Date.parse("2025-03-01T00:00:00Z")
const SHIPPING = ["so_std", "so_express", "so_pickup"]

const ordersArb = (layout: WarehouseLayout) =>
  fc
    .array(
      fc.record({
        minutes: fc.integer({ min: 0, max: 600 }),
        priority: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
        shipping_option_id: fc.option(fc.constantFrom(...SHIPPING), { nil: undefined }),
        lines: fc.array(
          fc.record({
            aisle: fc.integer({ min: 1, max: layout.aisles }),
            bay: fc.integer({ min: 1, max: layout.bays_per_aisle }),
            level: fc.integer({ min: 1, max: layout.levels }),
            quantity: fc.integer({ min: 1, max: 3 }),
          }),
          { minLength: 1, maxLength: 3 }
        ),
      }),
      { maxLength: 25 }
    )
    .map((orders) =>
      orders.map(
        (o, i): WaveCandidateOrder => ({
          order_id: `order_${String(i).padStart(2, "0")}`,
          placed_at: new Date(BASE + o.minutes * 60_000).toISOString(),
          ...(o.priority !== undefined ? { priority: o.priority } : {}),
          ...(o.shipping_option_id ? { shipping_option_id: o.shipping_option_id } : {}),
          lines: o.lines.map((l, j) => ({
            line_item_id: `li_${i}_${j}`,
            inventory_item_id: `inv_${l.aisle}_${l.bay}`,
            quantity: l.quantity,
            bin_code: binCode("A", l.aisle, l.bay, l.level, "L"),
          })),
        })
      )
    )

const inputArb = (crossAisles: fc.Arbitrary<number>) =>
  layoutArb({ crossAisles, aisles: [2, 10], bays: [5, 30] }).chain((layout) =>
    fc.record({
      layout: fc.constant(layout),
      orders: ordersArb(layout),
      filters: fc.record(
        {
          placed_before: fc.integer({ min: 0, max: 600 }).map((m) => new Date(BASE + m * 60_000).toISOString()),
          shipping_option_ids: fc.subarray(SHIPPING),
          min_priority: fc.integer({ min: 0, max: 3 }),
        },
        { requiredKeys: [] }
      ),
      limits: fc.record(
        { max_orders: fc.integer({ min: 1, max: 12 }), max_items: fc.integer({ min: 1, max: 30 }), cart_totes: fc.integer({ min: 1, max: 16 }) },
        { requiredKeys: [] }
      ),
      mode: fc.constantFrom<BuildWaveInput["mode"]>("single", "batch", "batch"),
    })
  )

const units = (order: WaveCandidateOrder) => order.lines.reduce((sum, l) => sum + l.quantity, 0)

describe("buildWave properties", () => {
  it("respects limits and filters, and accounts for every candidate exactly once", () => {
    fc.assert(
      fc.property(inputArb(fc.integer({ min: 2, max: 4 })), (input) => {
        const wave = buildWave(input)
        const { filters = {}, limits = {} } = input
        const byId = new Map(input.orders.map((o) => [o.order_id, o]))
        const chosen = wave.orders.map((id) => byId.get(id)!)

        expect(chosen.length).toBeLessThanOrEqual(Math.min(limits.max_orders ?? Infinity, limits.cart_totes ?? Infinity))
        if (input.mode === "single") expect(chosen.length).toBeLessThanOrEqual(1)
        expect(chosen.reduce((sum, o) => sum + units(o), 0)).toBeLessThanOrEqual(limits.max_items ?? Infinity)
        for (const o of chosen) {
          if (filters.placed_before) expect(Date.parse(o.placed_at as string)).toBeLessThan(Date.parse(filters.placed_before as string))
          if (filters.shipping_option_ids) expect(filters.shipping_option_ids).toContain(o.shipping_option_id)
          if (filters.min_priority !== undefined) expect(o.priority ?? 0).toBeGreaterThanOrEqual(filters.min_priority)
        }
        const accounted = [...wave.orders, ...wave.skipped.map((s) => s.order_id)].sort()
        expect(accounted).toEqual(input.orders.map((o) => o.order_id).sort())
        // Urgency order: priority high to low, then oldest first.
        for (let i = 1; i < chosen.length; i++) {
          const [p, q] = [chosen[i - 1], chosen[i]]
          const order = (q.priority ?? 0) - (p.priority ?? 0) || Date.parse(p.placed_at as string) - Date.parse(q.placed_at as string)
          expect(order).toBeLessThanOrEqual(0)
        }
      }),
      { numRuns: 300 }
    )
  })

  it("puts every line of every selected order in its tote exactly once, on the route", () => {
    fc.assert(
      fc.property(inputArb(fc.integer({ min: 2, max: 4 })), (input) => {
        const wave = buildWave(input)
        const byId = new Map(input.orders.map((o) => [o.order_id, o]))
        expect(wave.pick_lists.map((l) => l.tote)).toEqual(wave.orders.map((_, i) => i + 1))
        expect(wave.pick_lists.map((l) => l.order_id)).toEqual(wave.orders)
        const drops = wave.route.stops.flatMap((s) => s.drops)
        for (const list of wave.pick_lists) {
          const lines = byId.get(list.order_id)!.lines
          expect(list.lines.map((l) => l.line_item_id).sort()).toEqual(lines.map((l) => l.line_item_id).sort())
          const dropped = drops.filter((d) => d.tote === list.tote)
          expect(dropped.map((d) => d.line_item_id).sort()).toEqual(lines.map((l) => l.line_item_id).sort())
          expect(dropped.every((d) => d.order_id === list.order_id)).toBe(true)
        }
        expect(drops).toHaveLength(wave.pick_lists.reduce((sum, l) => sum + l.lines.length, 0))
        for (const stop of wave.route.stops) for (const drop of stop.drops) expect(stop.bin_codes).toContain(drop.bin_code)
        // At a stop the picker empties one bin's drops before the next, tote by tote within a bin.
        for (const stop of wave.route.stops) {
          const keys = stop.drops.map((d) => [d.bin_code, d.tote] as const)
          const sorted = [...keys].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]))
          expect(keys).toEqual(sorted)
        }
        expect(wave.route.distance_m).toBeLessThanOrEqual(wave.route.s_shape_distance_m)
      }),
      { numRuns: 200 }
    )
  })

  it("batching never walks further than picking the same orders one by one (single block, exact)", () => {
    fc.assert(
      fc.property(inputArb(fc.constant(2)), (input) => {
        const wave = buildWave(input)
        expect(wave.route.distance_m).toBeLessThanOrEqual(wave.order_by_order_distance_m)
      }),
      { numRuns: 200 }
    )
  })

  it("is deterministic and independent of the candidates' input order", () => {
    fc.assert(
      fc.property(inputArb(fc.integer({ min: 2, max: 4 })), fc.integer(), (input, seed) => {
        const wave = buildWave(input)
        expect(buildWave(input)).toEqual(wave)
        const shuffled = [...input.orders].sort((a, b) => (hash(a.order_id) ^ seed) - (hash(b.order_id) ^ seed))
        const again = buildWave({ ...input, orders: shuffled })
        expect(again.orders).toEqual(wave.orders)
        expect(again.route.distance_m).toBe(wave.route.distance_m)
        expect(again.pick_lists).toEqual(wave.pick_lists)
      }),
      { numRuns: 150 }
    )
  })
})

function hash(text: string): number {
  let h = 0
  for (const c of text) h = (Math.imul(h, 31) + c.charCodeAt(0)) | 0
  return h
}
