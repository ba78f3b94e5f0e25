import fc from "fast-check"
import { checkInvariants } from "../check-invariants"
import type { InvariantRows, LevelKey, ShipmentHoldRow } from "../types"

const LOCATIONS = ["sloc_a", "sloc_b"]
const ITEMS = ["iitem_1", "iitem_2", "iitem_3"]
const ORDERS = ["order_1", "order_2", "order_3"]
const HOLDERS = ["h1", "h2", "h3"]

const keyArb = fc.record({ stock_location_id: fc.constantFrom(...LOCATIONS), inventory_item_id: fc.constantFrom(...ITEMS) })
const qty = fc.nat(20)
const holdArb = fc.record({
  order_id: fc.constantFrom(...ORDERS),
  order_number: fc.option(fc.nat(99), { nil: null }),
  stock_location_id: fc.constantFrom(...LOCATIONS),
  holder_id: fc.constantFrom(...HOLDERS),
})

const rowsArb: fc.Arbitrary<InvariantRows> = fc.record({
  locations: fc.constant(LOCATIONS.map((id) => ({ id, name: id.toUpperCase() }))),
  items: fc.constant(ITEMS.map((id) => ({ id, sku: id.slice(6) }))),
  levels: fc.array(fc.record({ key: keyArb, stocked: qty, reserved: qty }), { maxLength: 6 }).map((r) => r.map((x) => ({ ...x.key, stocked: x.stocked, reserved: x.reserved }))),
  reservations: fc
    .array(fc.record({ key: keyArb, quantity: qty, backorder: qty }), { maxLength: 6 })
    .map((r) => r.map((x) => ({ ...x.key, quantity: x.quantity, backorder_quantity: Math.min(x.backorder, x.quantity) }))),
  bins: fc.array(fc.record({ key: keyArb, quantity: qty }), { maxLength: 6 }).map((r) => r.map((x) => ({ ...x.key, quantity: x.quantity }))),
  totes: fc.array(fc.record({ key: keyArb, quantity: qty }), { maxLength: 4 }).map((r) => r.map((x) => ({ ...x.key, quantity: x.quantity }))),
  wave_claims: fc.array(holdArb, { maxLength: 6 }),
  pack_sessions: fc.array(holdArb, { maxLength: 6 }),
})

/** Reference: for every place and subject, filter the raw rows again and apply each rule literally. */
function referenceBreaks(rows: InvariantRows): string[] {
  const out: string[] = []
  const same = (a: LevelKey, b: LevelKey) => a.stock_location_id === b.stock_location_id && a.inventory_item_id === b.inventory_item_id
  const total = <T extends LevelKey>(list: T[], at: LevelKey, f: (t: T) => number) =>
    list.filter((r) => same(r, at)).reduce((s, r) => s + f(r), 0)
  for (const location of LOCATIONS) {
    for (const item of ITEMS) {
      const at = { stock_location_id: location, inventory_item_id: item }
      const present = [rows.levels, rows.reservations, rows.bins, rows.totes].some((list) => (list as LevelKey[]).some((r) => same(r, at)))
      if (!present) continue
      const stocked = total(rows.levels, at, (r) => r.stocked)
      const counted = total(rows.levels, at, (r) => r.reserved)
      const reserved = total(rows.reservations, at, (r) => r.quantity)
      const firm = total(rows.reservations, at, (r) => r.quantity - r.backorder_quantity)
      const held = total(rows.bins, at, (r) => r.quantity) + total(rows.totes, at, (r) => r.quantity)
      if (counted !== reserved) out.push(`reserved_count_mismatch|${location}|${item}`)
      if (firm > stocked) out.push(`reserved_over_stock|${location}|${item}|${stocked}|${firm}`)
      if (held > stocked) out.push(`bins_over_stock|${location}|${item}|${stocked - held}`)
    }
    for (const order of ORDERS) {
      const holders = (list: ShipmentHoldRow[]) =>
        new Set(list.filter((h) => h.order_id === order && h.stock_location_id === location).map((h) => h.holder_id)).size
      if (holders(rows.wave_claims) > 1) out.push(`shipment_in_two_waves|${location}|${order}|${holders(rows.wave_claims)}`)
      if (holders(rows.pack_sessions) > 1) out.push(`shipment_in_two_pack_sessions|${location}|${order}|${holders(rows.pack_sessions)}`)
    }
  }
  return out.sort()
}

const asReference = (rows: InvariantRows) =>
  checkInvariants(rows)
    .map((b) => {
      const subject = b.inventory_item_id ?? b.order_id
      const place = `${b.kind}|${b.stock_location_id}|${subject}`
      if (b.kind === "reserved_over_stock") return `${place}|${b.figures.stocked}|${b.figures.reserved_not_backorderable}`
      if (b.kind === "bins_over_stock") return `${place}|${b.figures.unassigned}`
      if (b.kind.startsWith("shipment_")) return `${place}|${b.figures.holders}`
      return place
    })
    .sort()

describe("checkInvariants against a literal reference", () => {
  it("finds exactly the breaks the reference finds, with the same figures", () => {
    fc.assert(fc.property(rowsArb, (rows) => expect(asReference(rows)).toEqual(referenceBreaks(rows))), { numRuns: 500 })
  })

  it("finds nothing in states built to hold, and exactly the one break a single corruption makes", () => {
    const consistent = fc
      .array(fc.record({ key: keyArb, stocked: qty, firm: qty, backorder: qty, binShare: fc.nat(100) }), { maxLength: 6 })
      .map((levels) => {
        const unique = new Map(levels.map((l) => [`${l.key.stock_location_id}|${l.key.inventory_item_id}`, l]))
        return [...unique.values()].map((l) => {
          const firm = Math.min(l.firm, l.stocked)
          const held = Math.floor((l.stocked * l.binShare) / 100)
          return { key: l.key, stocked: l.stocked, firm, backorder: l.backorder, inBins: held - Math.floor(held / 3), inTotes: Math.floor(held / 3) }
        })
      })
    fc.assert(
      fc.property(consistent, fc.constantFrom("none", "overbook", "overfill", "recount"), (levels, corruption) => {
        const rows: InvariantRows = {
          locations: LOCATIONS.map((id) => ({ id, name: id })),
          items: [],
          levels: levels.map((l) => ({ ...l.key, stocked: l.stocked, reserved: l.firm + l.backorder })),
          reservations: levels.map((l) => ({ ...l.key, quantity: l.firm + l.backorder, backorder_quantity: l.backorder })),
          bins: levels.map((l) => ({ ...l.key, quantity: l.inBins })),
          totes: levels.map((l) => ({ ...l.key, quantity: l.inTotes })),
          wave_claims: ORDERS.map((order_id, i) => ({ order_id, order_number: i, stock_location_id: LOCATIONS[0], holder_id: HOLDERS[i] })),
          pack_sessions: [],
        }
        expect(checkInvariants(rows)).toEqual([])
        if (corruption === "none" || !levels.length) return
        const first = levels[0]
        if (corruption === "overbook") {
          if (first.firm === 0) return
          // Medusa's stock drops below the firm reservations (a write-off), reservations untouched.
          rows.levels[0].stocked = first.firm - 1
          rows.bins[0].quantity = 0
          rows.totes[0].quantity = 0
          expect(checkInvariants(rows).map((b) => b.kind)).toEqual(["reserved_over_stock"])
        } else if (corruption === "overfill") {
          rows.bins[0].quantity = first.stocked - first.inTotes + 1
          expect(checkInvariants(rows).map((b) => b.kind)).toEqual(["bins_over_stock"])
        } else {
          rows.levels[0].reserved += 1
          expect(checkInvariants(rows).map((b) => b.kind)).toEqual(["reserved_count_mismatch"])
        }
      }),
      { numRuns: 300 }
    )
  })
})
