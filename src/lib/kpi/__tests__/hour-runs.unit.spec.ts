import fc from "fast-check"
import { hoursInRuns, runsOfHours, unionRuns } from "../hour-runs"

const hoursArb = fc.array(fc.integer({ min: 490_000, max: 490_300 }), { maxLength: 120 })
const expand = (runs: number[]) => {
  const out: number[] = []
  for (let i = 0; i < runs.length; i += 2) for (let h = 0; h < runs[i + 1]; h++) out.push(runs[i] + h)
  return out
}

describe("hour runs", () => {
  it("hold exactly the distinct hours given, as sorted runs that neither overlap nor touch (property)", () => {
    fc.assert(
      fc.property(hoursArb, (hours) => {
        const runs = runsOfHours(hours)
        expect(expand(runs)).toEqual([...new Set(hours)].sort((a, b) => a - b))
        expect(hoursInRuns(runs)).toBe(new Set(hours).size)
        for (let i = 2; i < runs.length; i += 2) expect(runs[i]).toBeGreaterThan(runs[i - 2] + runs[i - 1])
      }),
      { numRuns: 300, seed: 5 }
    )
  })

  it("unite as the sets of hours do (property)", () => {
    fc.assert(
      fc.property(fc.array(hoursArb, { maxLength: 5 }), (sets) => {
        expect(unionRuns(sets.map(runsOfHours))).toEqual(runsOfHours(sets.flat()))
      }),
      { numRuns: 300, seed: 6 }
    )
  })

  it("keep a shift of eight hours as one run", () => {
    expect(runsOfHours([10, 11, 12, 13, 14, 15, 16, 17, 12])).toEqual([10, 8])
    expect(runsOfHours([])).toEqual([])
  })
})
