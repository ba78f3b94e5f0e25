import fc from "fast-check"
import { ExistingReservation, PlannedLine, planReservationMoves } from "../plan-reservation-moves"

function applyPlan(existing: ExistingReservation[], lines: PlannedLine[]) {
  const plan = planReservationMoves(lines, existing)
  const byId = new Map(existing.map((r) => [r.id, { ...r }]))
  for (const update of plan.updates) {
    Object.assign(byId.get(update.id)!, update)
  }
  plan.deletes.forEach((id) => byId.delete(id))
  const final = [...byId.values(), ...plan.creates.map((c, i) => ({ id: `new_${i}`, ...c }))]
  return { plan, final }
}

function totalsAt(final: { line_item_id: string; inventory_item_id: string; location_id: string; quantity: number }[]) {
  const totals = new Map<string, number>()
  for (const r of final) {
    const key = `${r.line_item_id}|${r.inventory_item_id}|${r.location_id}`
    totals.set(key, (totals.get(key) ?? 0) + r.quantity)
  }
  return totals
}

describe("planReservationMoves", () => {
  it("moves a whole-line reservation to the chosen centre by updating it", () => {
    const existing = [{ id: "r1", line_item_id: "l1", inventory_item_id: "i1", location_id: "jkt", quantity: 2 }]
    const { plan } = applyPlan(existing, [
      { line_item_id: "l1", components: [{ inventory_item_id: "i1", required_quantity: 1 }], allocations: [{ stock_location_id: "sby", quantity: 2 }], backordered: 0 },
    ])
    expect(plan).toEqual({
      updates: [{ id: "r1", location_id: "sby", quantity: 2 }],
      creates: [],
      deletes: [],
      backorder_locations: {},
    })
  })

  it("splits a line: keeps the reservation for the first centre and creates one for the second", () => {
    const existing = [{ id: "r1", line_item_id: "l1", inventory_item_id: "i1", location_id: "jkt", quantity: 5 }]
    const { plan } = applyPlan(existing, [
      { line_item_id: "l1", components: [{ inventory_item_id: "i1", required_quantity: 1 }], allocations: [{ stock_location_id: "jkt", quantity: 3 }, { stock_location_id: "sby", quantity: 2 }], backordered: 0 },
    ])
    expect(plan.updates).toEqual([{ id: "r1", location_id: "jkt", quantity: 3 }])
    expect(plan.creates).toEqual([
      { line_item_id: "l1", inventory_item_id: "i1", location_id: "sby", quantity: 2, allow_backorder: false },
    ])
  })

  it("keeps back-ordered units reserved where checkout put them, flagged as backorder", () => {
    const existing = [{ id: "r1", line_item_id: "l1", inventory_item_id: "i1", location_id: "jkt", quantity: 4 }]
    const { plan } = applyPlan(existing, [
      { line_item_id: "l1", components: [{ inventory_item_id: "i1", required_quantity: 1 }], allocations: [{ stock_location_id: "sby", quantity: 1 }], backordered: 3 },
    ])
    expect(plan.backorder_locations).toEqual({ l1: "jkt" })
    expect(plan.updates).toEqual([{ id: "r1", location_id: "jkt", quantity: 3, allow_backorder: true }])
    expect(plan.creates).toHaveLength(1)
    expect(plan.creates[0]).toMatchObject({ location_id: "sby", quantity: 1 })
  })

  it("multiplies kit components by their required quantity", () => {
    const existing = [
      { id: "r1", line_item_id: "l1", inventory_item_id: "a", location_id: "jkt", quantity: 4 },
      { id: "r2", line_item_id: "l1", inventory_item_id: "b", location_id: "jkt", quantity: 2 },
    ]
    const { final } = applyPlan(existing, [
      { line_item_id: "l1", components: [{ inventory_item_id: "a", required_quantity: 2 }, { inventory_item_id: "b", required_quantity: 1 }], allocations: [{ stock_location_id: "mdn", quantity: 2 }], backordered: 0 },
    ])
    expect(final.map((r) => [r.inventory_item_id, r.location_id, r.quantity]).sort()).toEqual([
      ["a", "mdn", 4],
      ["b", "mdn", 2],
    ])
  })

  it("ends with exactly the decided quantity per line, item and centre, and never more reservations than needed", () => {
    const locations = ["a", "b", "c", "d"]
    const arb = fc.record({
      required: fc.integer({ min: 1, max: 3 }),
      existing: fc.array(fc.record({ location: fc.constantFrom(...locations), quantity: fc.integer({ min: 1, max: 6 }) }), { minLength: 0, maxLength: 3 }),
      allocations: fc.uniqueArray(fc.record({ location: fc.constantFrom(...locations), quantity: fc.integer({ min: 0, max: 5 }) }), { selector: (a) => a.location, maxLength: 4 }),
      backordered: fc.integer({ min: 0, max: 4 }),
    })
    fc.assert(
      fc.property(arb, ({ required, existing, allocations, backordered }) => {
        const reservations = existing.map((e, i) => ({ id: `r${i}`, line_item_id: "l1", inventory_item_id: "i1", location_id: e.location, quantity: e.quantity }))
        const line: PlannedLine = {
          line_item_id: "l1",
          components: [{ inventory_item_id: "i1", required_quantity: required }],
          allocations: allocations.map((a) => ({ stock_location_id: a.location, quantity: a.quantity })),
          backordered,
        }
        const { final } = applyPlan(reservations, [line])
        const expected = new Map<string, number>()
        for (const a of allocations) {
          if (a.quantity > 0) expected.set(`l1|i1|${a.location}`, a.quantity * required)
        }
        if (backordered > 0 && reservations.length) {
          const key = `l1|i1|${reservations[0].location_id}`
          expected.set(key, (expected.get(key) ?? 0) + backordered * required)
        }
        expect(totalsAt(final)).toEqual(expected)
        // one reservation per centre: no duplicates created for the same line and location
        const perLocation = new Set(final.map((r) => r.location_id))
        expect(final).toHaveLength(perLocation.size)
      })
    )
  })
})
