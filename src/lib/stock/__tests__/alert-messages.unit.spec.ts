import fc from "fast-check"
import { ALERT_KINDS, alertKindOfCondition, alertFeedText, conditionsForKinds, groupedAlertFeedText, itemLabel, type AlertFacts } from ".."

const tee = { sku: "TEE", title: "Medusa Tee", centre: "Jakarta FC" }

describe("alert feed text", () => {
  it("words each kind with the SKU, the centre's name and the figures, hand-checked", () => {
    expect(alertFeedText({ ...tee, kind: "low_stock", available: 3, on_hand: 5, reorder_point: 12, days_of_supply: 4.4 })).toEqual({
      title: "Low stock at Jakarta FC: SKU TEE (Medusa Tee)",
      description: "SKU TEE (Medusa Tee) is down to 3 units available at Jakarta FC, at or below its reorder point of 12 units (about 4 days of supply). Time to reorder.",
    })
    expect(alertFeedText({ ...tee, kind: "stock_out", available: 0, on_hand: 2, reorder_point: 1, days_of_supply: 0 })).toEqual({
      title: "Out of stock at Jakarta FC: SKU TEE (Medusa Tee)",
      description: "SKU TEE (Medusa Tee) has no units available at Jakarta FC; the 2 units on hand are all reserved. Its reorder point is 1 unit. Reorder it or move stock from another centre.",
    })
    expect(alertFeedText({ ...tee, kind: "stock_out", available: 0, on_hand: 0, reorder_point: 0, days_of_supply: null }).description).toBe(
      "SKU TEE (Medusa Tee) has no units available at Jakarta FC. Reorder it or move stock from another centre."
    )
    expect(alertFeedText({ ...tee, kind: "overstock", available: 400, on_hand: 410, reorder_point: 8, days_of_supply: 0.5 }).description).toBe(
      "SKU TEE (Medusa Tee) has 410 units on hand at Jakarta FC, less than a day of supply. Consider moving some to another centre or selling it down."
    )
    expect(alertFeedText({ ...tee, kind: "invariant_break", breaks: ["Jakarta FC, SKU TEE: bins and totes hold 10 units, but Medusa stocks only 5."] })).toEqual({
      title: "Stock records disagree at Jakarta FC: SKU TEE (Medusa Tee)",
      description: "Jakarta FC, SKU TEE: bins and totes hold 10 units, but Medusa stocks only 5.",
    })
  })

  it("names an item by its SKU, adds the title only when it says more, and copes without either", () => {
    expect(itemLabel({ sku: "TEE", title: "TEE" })).toBe("SKU TEE")
    expect(itemLabel({ sku: null, title: "Gift card" })).toBe("Gift card")
    expect(itemLabel({ sku: null, title: null })).toBe("An item without a SKU")
  })

  it("groups many SKUs into one message naming five and counting the rest", () => {
    const facts = ["A", "B", "C", "D", "E", "F", "G"].map((sku) => ({ sku, title: null }))
    expect(groupedAlertFeedText("low_stock", "Medan FC", facts)).toEqual({
      title: "Low stock at Medan FC: 7 SKUs",
      description: "A, B, C, D, E and 2 more are at or below their reorder point at Medan FC. The stock-health page lists them all.",
    })
    expect(groupedAlertFeedText("stock_out", "Medan FC", facts.slice(0, 3)).description).toBe(
      "A, B and C have no units available at Medan FC. The stock-health page lists them all."
    )
  })

  it("maps the health table's conditions to alert kinds, never dead or ok", () => {
    expect(["stock_out", "low", "overstock", "dead", "ok", "x"].map(alertKindOfCondition)).toEqual(["stock_out", "low_stock", "overstock", null, null, null])
    expect(conditionsForKinds(new Set(["low_stock", "invariant_break"]))).toEqual(["low"])
    expect(conditionsForKinds(new Set(ALERT_KINDS))).toEqual(["stock_out", "low", "overstock"])
  })

  it("always names the centre and the SKU, and never prints a fraction of a unit (property)", () => {
    const factsArb: fc.Arbitrary<AlertFacts> = fc.record({
      kind: fc.constantFrom(...ALERT_KINDS),
      sku: fc.stringMatching(/^[A-Z][A-Z0-9-]{0,11}$/),
      title: fc.constant(null),
      centre: fc.constantFrom("Jakarta FC", "Medan FC", "Gudang Bandung"),
      available: fc.integer({ min: 0, max: 10_000 }),
      on_hand: fc.integer({ min: 0, max: 10_000 }),
      reorder_point: fc.integer({ min: 0, max: 10_000 }),
      days_of_supply: fc.option(fc.double({ min: 0, max: 5000, noNaN: true })),
      breaks: fc.constant(undefined),
    })
    fc.assert(
      fc.property(factsArb, (f) => {
        const text = alertFeedText(f)
        expect(text.title).toContain(f.centre)
        expect(text.title).toContain(`SKU ${f.sku}`)
        expect(text.description).toContain(`SKU ${f.sku}`)
        expect(`${text.title} ${text.description}`).not.toMatch(/\d\.\d/)
      })
    )
    fc.assert(
      fc.property(fc.uniqueArray(fc.stringMatching(/^[A-Z]{2,6}$/), { minLength: 1, maxLength: 40 }), (skus) => {
        const text = groupedAlertFeedText("overstock", "Jakarta FC", skus.map((sku) => ({ sku, title: null })))
        expect(text.title).toBe(`Overstock at Jakarta FC: ${skus.length} SKUs`)
        const named = skus.filter((s) => new RegExp(`(^|, | and )${s}( |,)`).test(text.description))
        expect(named).toEqual(skus.slice(0, 5))
        if (skus.length > 5) expect(text.description).toContain(`and ${skus.length - 5} more`)
      })
    )
  })
})
