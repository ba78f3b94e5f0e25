import fc from "fast-check"
import {
  addToHistogram, createHistogram, exactPercentile, HISTOGRAM_RELATIVE_ERROR, histogramCount, histogramOf, histogramPercentile, KpiInputError, mergeHistograms,
} from ".."

const positive = fc.double({ min: 1e-3, max: 1e10, noNaN: true, noDefaultInfinity: true })
const percentile = fc.oneof(fc.constantFrom(0, 50, 90, 99, 100), fc.double({ min: 0, max: 100, noNaN: true }))
const RUNS = { numRuns: 400, seed: 23 }

describe("log-bucket histogram", () => {
  it("reads every percentile back within 1 % of the exact one (property)", () => {
    fc.assert(
      fc.property(fc.array(positive, { minLength: 1, maxLength: 200 }), percentile, (values, p) => {
        const exact = exactPercentile(values, p)!
        const approx = histogramPercentile(histogramOf(values), p)!
        expect(Math.abs(approx - exact)).toBeLessThanOrEqual(HISTOGRAM_RELATIVE_ERROR * exact)
      }),
      RUNS
    )
  })

  it("stays within 1 % for durations in whole milliseconds, where values sit on bucket edges (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 30 * 86_400_000 }), { minLength: 1, maxLength: 200 }), percentile, (values, p) => {
        const exact = exactPercentile(values, p)!
        expect(Math.abs(histogramPercentile(histogramOf(values), p)! - exact)).toBeLessThanOrEqual(0.01 * exact)
      }),
      RUNS
    )
  })

  it("merges by adding: two days merged are the histogram of both days' values (property)", () => {
    fc.assert(
      fc.property(fc.array(positive, { maxLength: 50 }), fc.array(positive, { maxLength: 50 }), (a, b) => {
        const merged = mergeHistograms(histogramOf(a), histogramOf(b))
        expect(merged).toEqual(histogramOf([...a, ...b]))
        expect(histogramCount(merged)).toBe(a.length + b.length)
      }),
      RUNS
    )
  })

  it("is plain JSON that merges the same after a round trip (what the rollups store)", () => {
    const day = histogramOf([0, 1500, 60_000, 60_000, 3_600_000])
    const stored = JSON.parse(JSON.stringify(day))
    expect(stored).toEqual(day)
    expect(mergeHistograms(stored, stored)).toEqual(mergeHistograms(day, day))
    expect(Object.values(stored.counts).every((c) => typeof c === "number")).toBe(true)
  })

  it("counts zeros apart and reads them back as exactly 0", () => {
    const h = histogramOf([0, 0, 0, 100])
    expect(h.zeros).toBe(3)
    expect(histogramPercentile(h, 75)).toBe(0)
    expect(histogramPercentile(h, 76)).toBeCloseTo(100, -1)
  })

  it("adds in place, a value several times at once, and leaves the merged inputs alone", () => {
    const h = createHistogram()
    expect(addToHistogram(h, 250, 3)).toBe(h)
    expect(histogramCount(h)).toBe(3)
    const before = JSON.stringify(h)
    mergeHistograms(h, histogramOf([1]))
    expect(JSON.stringify(h)).toBe(before)
  })

  it("is null when empty, and refuses negative or non-finite values with a KpiInputError", () => {
    expect(histogramPercentile(createHistogram(), 50)).toBeNull()
    expect(histogramPercentile(mergeHistograms(), 90)).toBeNull()
    for (const bad of [-1, NaN, Infinity]) expect(() => addToHistogram(createHistogram(), bad)).toThrow(KpiInputError)
    expect(() => addToHistogram(createHistogram(), 1, 0.5)).toThrow(KpiInputError)
    expect(() => histogramPercentile(histogramOf([1]), 101)).toThrow(KpiInputError)
  })
})
