import fc from "fast-check"
import { orderDemandFacts } from "../order-demand"
import type { LineDemand } from "../../routing/types"

const jakarta = { point: { latitude: -6.2, longitude: 106.8 }, country_code: "ID", province: "JK", source: "gazetteer: city Jakarta" }

describe("orderDemandFacts", () => {
  it("expands kits into their inventory items and keeps lines without inventory as units only", () => {
    const lines: LineDemand[] = [
      { line_item_id: "a", quantity: 2, components: [{ inventory_item_id: "mug", required_quantity: 1 }] },
      { line_item_id: "b", quantity: 3, components: [{ inventory_item_id: "mug", required_quantity: 2 }, { inventory_item_id: "box", required_quantity: 1 }] },
      { line_item_id: "c", quantity: 1, components: [] },
    ]
    expect(orderDemandFacts(lines, jakarta, [12.5, null, 40])).toEqual({
      units: 6,
      items: [
        { inventory_item_id: "box", quantity: 3 },
        { inventory_item_id: "mug", quantity: 8 },
      ],
      country_code: "id",
      province: "JK",
      latitude: -6.2,
      longitude: 106.8,
      distance_km: 40,
    })
  })

  it("has no place and no distance when the gazetteer found none", () => {
    const out = orderDemandFacts([], { point: null, source: "no address" }, [])
    expect(out).toMatchObject({ units: 0, items: [], province: null, latitude: null, distance_km: null })
  })

  it("keeps every unit: Σ items = Σ line quantity × required quantity", () => {
    const line = fc.record({
      line_item_id: fc.string(),
      quantity: fc.integer({ min: 1, max: 50 }),
      components: fc.array(fc.record({ inventory_item_id: fc.constantFrom("x", "y", "z"), required_quantity: fc.integer({ min: 1, max: 4 }) }), { maxLength: 3 }),
    })
    fc.assert(
      fc.property(fc.array(line, { maxLength: 8 }), (lines) => {
        const out = orderDemandFacts(lines, jakarta, [])
        const expected = lines.reduce((s, l) => s + l.components.reduce((t, c) => t + l.quantity * c.required_quantity, 0), 0)
        expect(out.items.reduce((s, i) => s + i.quantity, 0)).toBe(expected)
        expect(out.units).toBe(lines.reduce((s, l) => s + l.quantity, 0))
      })
    )
  })
})
