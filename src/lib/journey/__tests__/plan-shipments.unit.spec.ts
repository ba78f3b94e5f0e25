import fc from "fast-check"
import { mergeLines, planShipments } from ".."

describe("planShipments", () => {
  const existing = [
    { id: "shp_a", stock_location_id: "sloc_a", lines: [{ line_item_id: "li_1", quantity: 2 }] },
    { id: "shp_b", stock_location_id: "sloc_b", lines: [{ line_item_id: "li_2", quantity: 1 }] },
  ]

  it("keeps a centre the decision kept, supersedes a dropped one, creates a new one and the back-order", () => {
    const changes = planShipments(
      existing,
      [{ stock_location_id: "sloc_a", items: [{ line_item_id: "li_1", quantity: 1 }] }, { stock_location_id: "sloc_c", items: [{ line_item_id: "li_2", quantity: 1 }] }],
      [{ line_item_id: "li_1", quantity: 1 }]
    )
    expect(changes).toEqual([
      { kind: "route", shipment_id: "shp_a", stock_location_id: "sloc_a", lines: [{ line_item_id: "li_1", quantity: 1 }], backordered: false },
      { kind: "supersede", shipment_id: "shp_b", stock_location_id: "sloc_b" },
      { kind: "create", stock_location_id: "sloc_c", lines: [{ line_item_id: "li_2", quantity: 1 }], backordered: false },
      { kind: "create", stock_location_id: null, lines: [{ line_item_id: "li_1", quantity: 1 }], backordered: true },
    ])
  })

  it("leaves pinned shipments alone", () => {
    const changes = planShipments(existing, [{ stock_location_id: "sloc_c", items: [{ line_item_id: "li_1", quantity: 2 }] }], [], new Set(["shp_b"]))
    expect(changes.map((c) => c.kind)).toEqual(["supersede", "create"])
    expect(changes.some((c) => "shipment_id" in c && c.shipment_id === "shp_b")).toBe(false)
  })

  it("property: after applying the plan, live shipments hold exactly the decided units, one per centre", () => {
    const loc = fc.constantFrom("sloc_a", "sloc_b", "sloc_c", "sloc_d")
    const line = fc.record({ line_item_id: fc.constantFrom("li_1", "li_2", "li_3"), quantity: fc.integer({ min: 0, max: 4 }) })
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.record({ stock_location_id: fc.option(loc, { nil: null }), lines: fc.array(line, { maxLength: 3 }) }), { selector: (s) => s.stock_location_id, maxLength: 4 }),
        fc.array(fc.record({ stock_location_id: loc, items: fc.array(line, { maxLength: 3 }) }), { maxLength: 4 }),
        fc.array(line, { maxLength: 2 }),
        (shipments, parts, backordered) => {
          const current = shipments.map((s, i) => ({ id: `shp_${i}`, ...s }))
          const live = new Map(current.map((s) => [s.id, { ...s }]))
          let n = 0
          for (const c of planShipments(current, parts, backordered)) {
            if (c.kind === "supersede") live.delete(c.shipment_id)
            else if (c.kind === "route") live.get(c.shipment_id)!.lines = c.lines
            else live.set(`new_${n++}`, { id: `new_${n}`, stock_location_id: c.stock_location_id, lines: c.lines })
          }
          const locations = [...live.values()].map((s) => s.stock_location_id)
          expect(new Set(locations).size).toBe(locations.length)
          const held = mergeLines([...live.values()].flatMap((s) => s.lines))
          const decided = mergeLines([...parts.flatMap((p) => p.items), ...backordered])
          expect(held).toEqual(decided)
          for (const s of live.values()) expect(s.lines.length).toBeGreaterThan(0)
        }
      )
    )
  })
})
