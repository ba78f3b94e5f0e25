import { breakFingerprint, checkInvariants } from "../check-invariants"
import type { InvariantRows } from "../types"

const JKT = "sloc_jkt"
const TEE = "iitem_tee"

const rows = (over: Partial<InvariantRows> = {}): InvariantRows => ({
  locations: [{ id: JKT, name: "Jakarta FC" }],
  items: [{ id: TEE, sku: "TEE" }],
  levels: [],
  reservations: [],
  bins: [],
  totes: [],
  wave_claims: [],
  pack_sessions: [],
  ...over,
})
const at = { stock_location_id: JKT, inventory_item_id: TEE }

describe("checkInvariants", () => {
  it("finds nothing when reservations fit, counts agree and bins + totes match the stock", () => {
    expect(
      checkInvariants(
        rows({
          levels: [{ ...at, stocked: 10, reserved: 4 }],
          reservations: [{ ...at, quantity: 4, backorder_quantity: 0 }],
          bins: [{ ...at, quantity: 8 }],
          totes: [{ ...at, quantity: 2 }],
          wave_claims: [{ order_id: "o1", order_number: 7, stock_location_id: JKT, holder_id: "w1" }],
          pack_sessions: [{ order_id: "o2", order_number: 8, stock_location_id: JKT, holder_id: "p1" }],
        })
      )
    ).toEqual([])
  })

  it("reports reserved 3 > stocked 0 for an item that cannot be back-ordered (a write-off under other orders)", () => {
    const [only, ...rest] = checkInvariants(
      rows({ levels: [{ ...at, stocked: 0, reserved: 3 }], reservations: [{ ...at, quantity: 3, backorder_quantity: 0 }] })
    )
    expect(rest).toEqual([])
    expect(only).toEqual({
      kind: "reserved_over_stock",
      stock_location_id: JKT,
      inventory_item_id: TEE,
      order_id: null,
      figures: { stocked: 0, reserved_not_backorderable: 3, reserved: 3 },
      message:
        "Jakarta FC, SKU TEE: orders hold 3 units that cannot be back-ordered, but only 0 are in stock; route those orders again or correct the stock.",
      key: `reserved_over_stock:${JKT}:${TEE}`,
    })
  })

  it("lets back-ordered reservations exceed the stock", () => {
    expect(
      checkInvariants(rows({ levels: [{ ...at, stocked: 1, reserved: 3 }], reservations: [{ ...at, quantity: 3, backorder_quantity: 2 }] }))
    ).toEqual([])
    expect(
      checkInvariants(rows({ levels: [{ ...at, stocked: 1, reserved: 3 }], reservations: [{ ...at, quantity: 3, backorder_quantity: 1 }] }))
        .map((b) => b.kind)
    ).toEqual(["reserved_over_stock"])
  })

  it("reports bins holding more than Medusa stocks (unassigned −990), also where Medusa has no level", () => {
    const breaks = checkInvariants(
      rows({
        levels: [{ ...at, stocked: 10, reserved: 0 }],
        bins: [{ ...at, quantity: 1000 }, { stock_location_id: JKT, inventory_item_id: "iitem_nosku", quantity: 1 }],
      })
    )
    expect(breaks.map((b) => [b.kind, b.inventory_item_id, b.figures.unassigned])).toEqual([
      ["bins_over_stock", "iitem_nosku", -1],
      ["bins_over_stock", TEE, -990],
    ])
    expect(breaks[0].message).toContain("an item without a SKU")
    expect(breaks[1].message).toBe(
      "Jakarta FC, SKU TEE: bins and totes hold 1000 units, but Medusa stocks only 10; count the bins or correct the stock."
    )
  })

  it("reports a reserved count that disagrees with the reservations", () => {
    const breaks = checkInvariants(
      rows({ levels: [{ ...at, stocked: 10, reserved: 5 }], reservations: [{ ...at, quantity: 3, backorder_quantity: 0 }] })
    )
    expect(breaks.map((b) => [b.kind, b.figures])).toEqual([["reserved_count_mismatch", { reserved_quantity: 5, reservations: 3 }]])
    expect(breaks[0].message).toBe("Jakarta FC, SKU TEE: Medusa counts 5 units reserved, but the orders' reservations add up to 3.")
  })

  it("reports a shipment held by two open waves or two open packing sessions, by order number", () => {
    const hold = (holder_id: string) => ({ order_id: "order_1", order_number: 12, stock_location_id: JKT, holder_id })
    const breaks = checkInvariants(
      rows({
        wave_claims: [hold("w1"), hold("w2"), { ...hold("w1"), stock_location_id: "sloc_other" }],
        pack_sessions: [hold("p1"), hold("p1"), hold("p2"), hold("p3")],
      })
    )
    expect(breaks.map((b) => [b.kind, b.order_id, b.figures.holders, b.message])).toEqual([
      ["shipment_in_two_pack_sessions", "order_1", 3, "Jakarta FC: Order #12 is in 3 open packing sessions at once."],
      ["shipment_in_two_waves", "order_1", 2, "Jakarta FC: Order #12 is in 2 open waves at once."],
    ])
  })

  it("fingerprints a break by its key and figures, not by the message", () => {
    const [a] = checkInvariants(rows({ levels: [{ ...at, stocked: 0, reserved: 3 }], reservations: [{ ...at, quantity: 3, backorder_quantity: 0 }] }))
    const [b] = checkInvariants(rows({ levels: [{ ...at, stocked: 0, reserved: 4 }], reservations: [{ ...at, quantity: 4, backorder_quantity: 0 }] }))
    expect(breakFingerprint(a)).toBe(`reserved_over_stock:${JKT}:${TEE}:reserved=3,reserved_not_backorderable=3,stocked=0`)
    expect(breakFingerprint({ ...a, message: "other words" })).toBe(breakFingerprint(a))
    expect(breakFingerprint(b)).not.toBe(breakFingerprint(a))
    expect(b.key).toBe(a.key)
  })
})
