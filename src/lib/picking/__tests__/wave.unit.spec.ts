import { buildWave, type WaveCandidateOrder } from "../wave"
import { SMALL } from "./fixtures"

const order = (order_id: string, placed_at: string, bins: string[], extra: Partial<WaveCandidateOrder> = {}): WaveCandidateOrder => ({
  order_id,
  placed_at,
  lines: bins.map((bin_code, i) => ({ line_item_id: `${order_id}_li${i + 1}`, inventory_item_id: `inv_${bin_code}`, quantity: 1, bin_code })),
  ...extra,
})

const ORDERS = [
  order("o_old", "2025-01-01T08:00:00Z", ["A-01-03-1-L", "A-02-10-2-R"]),
  order("o_new", "2025-01-01T10:00:00Z", ["A-01-03-2-R"]),
  order("o_urgent", "2025-01-01T11:00:00Z", ["A-03-05-1-L"], { priority: 5, shipping_option_id: "so_express" }),
  order("o_mid", "2025-01-01T09:00:00Z", ["A-02-10-1-L"], { shipping_option_id: "so_standard" }),
]

describe("buildWave", () => {
  it("batches orders highest priority first, then oldest, one tote each", () => {
    const wave = buildWave({ layout: SMALL, orders: ORDERS, mode: "batch" })
    expect(wave.orders).toEqual(["o_urgent", "o_old", "o_mid", "o_new"])
    expect(wave.skipped).toEqual([])
    expect(wave.pick_lists.map((l) => [l.tote, l.order_id])).toEqual([
      [1, "o_urgent"],
      [2, "o_old"],
      [3, "o_mid"],
      [4, "o_new"],
    ])
  })

  it("walks one route through every bin and says which tote gets what at each stop", () => {
    const wave = buildWave({ layout: SMALL, orders: ORDERS, mode: "batch" })
    // Positions: aisle 1 y 3.5 (two orders), aisle 2 y 10.5 (two orders), aisle 3 y 5.5.
    expect(wave.route.method).toBe("ratliff-rosenthal")
    expect(wave.route.distance_m).toBe(39) // up aisle 1, 3 over the back, dip 2 x 1.5 into aisle 2, 3, down aisle 3, 6 back
    expect(wave.route.s_shape_distance_m).toBe(47) // 12 + 3 + 12 + 3 + 2 x 5.5 + 6
    const aisle1 = wave.route.stops.find((s) => s.aisle === 1 && s.kind === "pick")!
    expect(aisle1.drops).toEqual([
      { tote: 2, order_id: "o_old", line_item_id: "o_old_li1", inventory_item_id: "inv_A-01-03-1-L", quantity: 1, bin_code: "A-01-03-1-L" },
      { tote: 4, order_id: "o_new", line_item_id: "o_new_li1", inventory_item_id: "inv_A-01-03-2-R", quantity: 1, bin_code: "A-01-03-2-R" },
    ])
    expect(wave.route.stops.flatMap((s) => s.drops)).toHaveLength(5)
    // Alone: o_urgent 2x6 + 2x5.5 = 23, o_old 30 (loop over the back), o_mid 2x3 + 2x10.5 = 27, o_new 7.
    expect(wave.order_by_order_distance_m).toBe(23 + 30 + 27 + 7)
  })

  it("lists each tote's lines in walking order", () => {
    const reversed = order("o_rev", "2025-01-01T07:00:00Z", ["A-03-05-1-L", "A-01-03-1-L"])
    const wave = buildWave({ layout: SMALL, orders: [reversed], mode: "batch" })
    const stops = wave.pick_lists[0].lines.map((l) => l.stop)
    expect(stops).toEqual([...stops].sort((a, b) => a - b))
    expect(wave.pick_lists[0].lines.map((l) => l.bin_code)).toEqual(["A-01-03-1-L", "A-03-05-1-L"])
  })

  it("applies filters and explains each skipped order", () => {
    const wave = buildWave({
      layout: SMALL,
      orders: ORDERS,
      filters: { placed_before: "2025-01-01T10:00:00Z", shipping_option_ids: ["so_standard"], min_priority: 0 },
      mode: "batch",
    })
    expect(wave.orders).toEqual(["o_mid"])
    expect(wave.skipped).toEqual([
      { order_id: "o_old", reason: "shipping option (none) is not in this wave's shipping options" },
      { order_id: "o_new", reason: "placed at 2025-01-01T10:00:00.000Z, not before 2025-01-01T10:00:00.000Z" },
      { order_id: "o_urgent", reason: "placed at 2025-01-01T11:00:00.000Z, not before 2025-01-01T10:00:00.000Z" },
    ])
    const urgentOnly = buildWave({ layout: SMALL, orders: ORDERS, filters: { min_priority: 1 }, mode: "batch" })
    expect(urgentOnly.orders).toEqual(["o_urgent"])
    expect(urgentOnly.skipped[0]).toEqual({ order_id: "o_old", reason: "priority 0 is below min_priority 1" })
  })

  it("respects max_orders, cart totes and max_items (first fit)", () => {
    const byOrders = buildWave({ layout: SMALL, orders: ORDERS, limits: { max_orders: 2 }, mode: "batch" })
    expect(byOrders.orders).toEqual(["o_urgent", "o_old"])
    expect(byOrders.skipped.map((s) => s.reason)).toEqual(["wave is full: max_orders 2", "wave is full: max_orders 2"])

    const byTotes = buildWave({ layout: SMALL, orders: ORDERS, limits: { max_orders: 3, cart_totes: 1 }, mode: "batch" })
    expect(byTotes.orders).toEqual(["o_urgent"])
    expect(byTotes.skipped[0].reason).toBe("cart is full: 1 totes")

    // o_old has 2 units and does not fit after o_urgent; the later single-unit o_mid still does.
    const byItems = buildWave({ layout: SMALL, orders: ORDERS, limits: { max_items: 2 }, mode: "batch" })
    expect(byItems.orders).toEqual(["o_urgent", "o_mid"])
    expect(byItems.skipped).toEqual([
      { order_id: "o_old", reason: "would exceed max_items 2 (1 items already in the wave + 2)" },
      { order_id: "o_new", reason: "would exceed max_items 2 (2 items already in the wave + 1)" },
    ])
    const tooBig = buildWave({ layout: SMALL, orders: ORDERS, limits: { max_items: 1 }, mode: "batch" })
    expect(tooBig.skipped.find((s) => s.order_id === "o_old")!.reason).toBe("order has 2 items, more than max_items 1")
  })

  it("single mode makes a wave of the most urgent order only", () => {
    const wave = buildWave({ layout: SMALL, orders: ORDERS, mode: "single" })
    expect(wave.orders).toEqual(["o_urgent"])
    expect(wave.skipped.map((s) => s.reason)).toEqual(new Array(3).fill("single-order mode: one order per wave"))
    expect(wave.route.distance_m).toBe(23)
    expect(wave.order_by_order_distance_m).toBe(23)
  })

  it("skips orders with bad data instead of failing the wave", () => {
    const bad = [
      order("o_badbin", "2025-01-01T08:00:00Z", ["A-9-01-1-L"]),
      order("o_nobin", "2025-01-01T08:00:00Z", ["A-04-01-1-L"]),
      order("o_date", "yesterday", ["A-01-01-1-L"]),
      { ...order("o_qty", "2025-01-01T08:00:00Z", ["A-01-01-1-L"]), lines: [{ line_item_id: "li", inventory_item_id: "i", quantity: 0, bin_code: "A-01-01-1-L" }] },
      order("o_empty", "2025-01-01T08:00:00Z", []),
      order("o_ok", "2025-01-01T08:00:00Z", ["A-01-01-1-L"]),
      order("o_ok", "2025-01-01T09:00:00Z", ["A-01-02-1-L"]),
    ]
    const wave = buildWave({ layout: SMALL, orders: bad, mode: "batch" })
    expect(wave.orders).toEqual(["o_ok"])
    expect(wave.skipped).toEqual([
      { order_id: "o_badbin", reason: 'line o_badbin_li1: bin A-9-01-1-L: aisle "9" is not canonical (expected "09")' },
      { order_id: "o_nobin", reason: "line o_nobin_li1: bin A-04-01-1-L: aisle 4 does not exist (layout has 3 aisles)" },
      { order_id: "o_date", reason: 'placed_at "yesterday" is not a valid date' },
      { order_id: "o_qty", reason: "line li: quantity 0 must be a whole number >= 1" },
      { order_id: "o_empty", reason: "order has no lines to pick" },
      { order_id: "o_ok", reason: "duplicate order_id: only the first occurrence is considered" },
    ])
  })

  it("returns an empty route when nothing qualifies, and rejects bad limits", () => {
    const wave = buildWave({ layout: SMALL, orders: [], mode: "batch" })
    expect(wave).toMatchObject({ orders: [], pick_lists: [], order_by_order_distance_m: 0, route: { distance_m: 0, s_shape_distance_m: 0 } })
    expect(() => buildWave({ layout: SMALL, orders: ORDERS, limits: { max_orders: 0 }, mode: "batch" })).toThrow(/max_orders/)
    expect(() => buildWave({ layout: SMALL, orders: ORDERS, filters: { placed_before: "soon" }, mode: "batch" })).toThrow(/placed_before/)
  })
})
