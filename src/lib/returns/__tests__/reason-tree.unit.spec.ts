import { DEFAULT_RETURN_REASONS, flattenReasonTree, ROOT_CAUSES, standardReasonCause } from ".."

describe("default return-reason tree", () => {
  const rows = flattenReasonTree()

  it("yields every parent before its children, and names each parent that exists", () => {
    const seen = new Set<string>()
    for (const row of rows) {
      if (row.parent_value !== null) expect(seen.has(row.parent_value)).toBe(true)
      seen.add(row.value)
    }
    expect(rows.filter((r) => r.parent_value === null).map((r) => r.value)).toEqual(DEFAULT_RETURN_REASONS.map((n) => n.value))
    expect(rows.find((r) => r.value === "oms_damaged_in_transit")?.parent_value).toBe("oms_damaged")
  })

  it("has unique, oms_-prefixed snake_case values of at most 100 characters", () => {
    const values = rows.map((r) => r.value)
    expect(new Set(values).size).toBe(values.length)
    for (const value of values) {
      expect(value).toMatch(/^oms_[a-z0-9]+(_[a-z0-9]+)*$/)
      expect(value.length).toBeLessThanOrEqual(100)
    }
  })

  it("gives every reason an English and an Indonesian label, and labels in the locale asked for", () => {
    for (const row of rows) {
      expect(row.labels.en.trim()).not.toBe("")
      expect(row.labels.id.trim()).not.toBe("")
      expect(row.labels.id).not.toBe(row.labels.en)
      expect(row.label).toBe(row.labels.en)
    }
    expect(flattenReasonTree(undefined, "id").find((r) => r.value === "oms_changed_mind")?.label).toBe("Berubah pikiran")
  })

  it("reaches every cause, and each group's children share their parent's cause", () => {
    expect(new Set(rows.map((r) => r.cause))).toEqual(new Set(ROOT_CAUSES))
    for (const row of rows) {
      if (row.parent_value) expect(row.cause).toBe(standardReasonCause(row.parent_value))
    }
  })

  it("holds the leaves the brief lists", () => {
    expect(rows.map((r) => r.value)).toEqual(
      expect.arrayContaining([
        "oms_wrong_item_wrong_product",
        "oms_wrong_item_wrong_size_sent",
        "oms_wrong_item_missing_item",
        "oms_damaged_in_transit",
        "oms_damaged_poorly_packed",
        "oms_late_delivery",
        "oms_product_size_does_not_fit",
        "oms_product_not_as_described",
        "oms_product_quality_defect",
        "oms_changed_mind",
      ])
    )
  })

  it("flattens a merchant's own tree too, three levels deep", () => {
    const tree = [{ value: "a", label: { en: "A", id: "A" }, cause: "other" as const, children: [{ value: "b", label: { en: "B", id: "B" }, cause: "other" as const, children: [{ value: "c", label: { en: "C", id: "C" }, cause: "product" as const }] }] }]
    expect(flattenReasonTree(tree).map((r) => [r.value, r.parent_value])).toEqual([["a", null], ["b", "a"], ["c", "b"]])
  })

  it("knows only its own values", () => {
    expect(standardReasonCause("oms_product_quality_defect")).toBe("product")
    expect(standardReasonCause("damaged")).toBeNull()
    expect(standardReasonCause("constructor")).toBeNull()
  })
})
