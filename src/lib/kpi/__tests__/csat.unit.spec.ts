import fc from "fast-check"
import { csat } from ".."

describe("csat", () => {
  it("counts 4 and 5 as satisfied and averages the ratings", () => {
    expect(csat([5, 4, 3, 1])).toEqual({ satisfied: { numerator: 2, denominator: 4, rate: 0.5 }, average: 3.25, distribution: [1, 0, 1, 1, 1] })
  })

  it("is empty, not NaN, without answers, and ignores values outside 1–5", () => {
    expect(csat([])).toEqual({ satisfied: { numerator: 0, denominator: 0, rate: null }, average: null, distribution: [0, 0, 0, 0, 0] })
    expect(csat([0, 6, 2.5, NaN, 2]).distribution).toEqual([0, 1, 0, 0, 0])
  })

  it("agrees with counting each rating by hand", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 5 })), (ratings) => {
        const result = csat(ratings)
        const happy = ratings.filter((r) => r === 4 || r === 5).length
        expect(result.satisfied.numerator).toBe(happy)
        expect(result.distribution.reduce((a, b) => a + b, 0)).toBe(ratings.length)
        if (ratings.length) expect(result.average! * ratings.length).toBeCloseTo(ratings.reduce((a, b) => a + b, 0))
      })
    )
  })
})
