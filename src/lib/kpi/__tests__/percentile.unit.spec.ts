import fc from "fast-check"
import { exactPercentile, summarizeDurations } from ".."
import { errorOf } from "./fixtures"
import { naivePercentile } from "./naive"

describe("exactPercentile (nearest rank)", () => {
  it("is the smallest value that at least p % of the values are at or below, never an interpolation", () => {
    const values = [40, 10, 30, 20] // sorted: 10 20 30 40
    expect(exactPercentile(values, 50)).toBe(20) // 2 of 4 at or below 20
    expect(exactPercentile(values, 51)).toBe(30)
    expect(exactPercentile(values, 75)).toBe(30)
    expect(exactPercentile(values, 90)).toBe(40)
    expect(exactPercentile(values, 0)).toBe(10)
    expect(exactPercentile(values, 100)).toBe(40)
  })

  it("does not let float noise push a whole rank up (16.1 % of 1000 values is the 161st)", () => {
    const values = Array.from({ length: 1000 }, (_, i) => i + 1)
    expect(exactPercentile(values, 16.1)).toBe(161) // 16.1 × 1000 / 100 is 161.00000000000003 in floats
    expect(exactPercentile(values, 64.9)).toBe(649)
    expect(exactPercentile(values, 99.95)).toBe(1000)
  })

  it("is null for no values and leaves its input unsorted", () => {
    expect(exactPercentile([], 50)).toBeNull()
    const values = [3, 1, 2]
    exactPercentile(values, 50)
    expect(values).toEqual([3, 1, 2])
    expect(summarizeDurations([])).toEqual({ count: 0, p50_ms: null, p90_ms: null })
  })

  it("refuses a percentile outside 0..100 with a KpiInputError naming it", () => {
    for (const p of [-1, 101, NaN]) expect(errorOf(() => exactPercentile([1], p)).field).toBe("percentile")
  })

  it("agrees with a counting reference for any values and percentile (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -1000, max: 1_000_000 }), { maxLength: 60 }),
        fc.integer({ min: 0, max: 100_000 }).map((thousandths) => thousandths / 1000),
        (values, p) => {
          expect(exactPercentile(values, p)).toBe(naivePercentile(values, p))
        }
      ),
      { numRuns: 500, seed: 11 }
    )
  })
})
