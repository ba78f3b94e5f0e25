import fc from "fast-check"
import { ROOT_CAUSES, summariseProductReturns, type RootCause } from ".."

const day = (n: number) => new Date(Date.UTC(2026, 2, n))

describe("summariseProductReturns", () => {
  it("gives the rate, the causes with most units first and the newest words", () => {
    const summary = summariseProductReturns({
      shipped_units: 40,
      by_cause: [
        { cause: "changed_mind", units: 2, lines: 2 },
        { cause: "product", units: 5, lines: 3 },
        { cause: "damaged", units: 2, lines: 1 },
        { cause: "other", units: 1, lines: 1 },
        { cause: "wrong_item", units: 0, lines: 0 },
      ],
      words: [
        { note: "  Kekecilan  ", cause: "product", requested_at: day(3) },
        { note: "   ", cause: "product", requested_at: day(9) },
        { note: "Warna beda", cause: "product", requested_at: day(7) },
        { note: "no date", cause: "other", requested_at: null },
        { note: "Penyok", cause: "damaged", requested_at: day(5) },
      ],
    })
    expect(summary.rate).toEqual({ numerator: 10, denominator: 40, rate: 0.25 })
    // a tie goes to the returns page's order: damaged before changed mind
    expect(summary.top_causes.map((c) => [c.cause, c.units])).toEqual([["product", 5], ["damaged", 2], ["changed_mind", 2]])
    expect(summary.words.map((w) => w.note)).toEqual(["Warna beda", "Penyok", "Kekecilan"])
  })

  it("has no rate when nothing shipped", () => {
    expect(summariseProductReturns({ shipped_units: 0, by_cause: [], words: [] })).toEqual({ rate: { numerator: 0, denominator: 0, rate: null }, top_causes: [], words: [] })
  })

  it("counts every returned unit in the rate whatever is shown (property)", () => {
    const cause = fc.constantFrom<RootCause>(...ROOT_CAUSES)
    fc.assert(
      fc.property(fc.nat(500), fc.array(fc.record({ cause, units: fc.nat(20), lines: fc.nat(5) })), fc.integer({ min: 1, max: 6 }), (shipped, byCause, top) => {
        const summary = summariseProductReturns({ shipped_units: shipped, by_cause: byCause, words: [] }, { topCauses: top })
        expect(summary.rate.numerator).toBe(byCause.reduce((s, c) => s + c.units, 0))
        expect(summary.top_causes.length).toBeLessThanOrEqual(top)
        for (let i = 1; i < summary.top_causes.length; i++) expect(summary.top_causes[i - 1].units).toBeGreaterThanOrEqual(summary.top_causes[i].units)
        expect(summary.top_causes.every((c) => c.units > 0)).toBe(true)
      }),
      { numRuns: 200, seed: 83 }
    )
  })
})
