import { normalizeItems, unitsFromLines } from "../normalize-items"

describe("normalizeItems", () => {
  it("keeps known dimensions and replaces only the missing ones, with a warning each", () => {
    const { items, warnings } = normalizeItems([{ id: "rod", length_cm: 60, width_cm: null, height_cm: 0, weight_g: 500 }])
    expect(items).toEqual([{ id: "rod", length_cm: 60, width_cm: 1, height_cm: 1, weight_g: 500 }])
    expect(warnings).toEqual(["item rod: unknown width_cm, height_cm; assumed 1 cm"])
  })

  it("treats a missing or negative weight as 0 g and says so", () => {
    const { items, warnings } = normalizeItems([{ id: "a", length_cm: 1, width_cm: 1, height_cm: 1, weight_g: -3 }])
    expect(items[0].weight_g).toBe(0)
    expect(warnings).toEqual(["item a: unknown weight; assumed 0 g"])
  })
})

describe("unitsFromLines", () => {
  it("expands quantities into one unit per piece with line-derived ids", () => {
    const units = unitsFromLines([
      { id: "li_1", quantity: 2, length_cm: 1, width_cm: 2, height_cm: 3, weight_g: 4 },
      { id: "li_2", quantity: 1 },
      { id: "li_3", quantity: 0 },
    ])
    expect(units.map((u) => u.id)).toEqual(["li_1#1", "li_1#2", "li_2#1"])
    expect(units[1]).toEqual({ id: "li_1#2", length_cm: 1, width_cm: 2, height_cm: 3, weight_g: 4 })
    expect(() => unitsFromLines([{ id: "x", quantity: -1 }])).toThrow(/quantity/)
  })
})
