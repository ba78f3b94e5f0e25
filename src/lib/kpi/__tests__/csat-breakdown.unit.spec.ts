import fc from "fast-check"
import { csat, csatByGroup, csatOfDistribution } from ".."

describe("csat per group", () => {
  it("reads CSAT from counts per rating, as csat does from the answers", () => {
    expect(csatOfDistribution([1, 0, 1, 1, 1])).toEqual(csat([5, 4, 3, 1]))
    expect(csatOfDistribution([0, 0, 0, 0, 0])).toEqual(csat([]))
  })

  it("adds up counts of one group, puts the group with most answers first and the unknown one last", () => {
    const groups = csatByGroup([
      { key: "jkt", rating: 5, count: 3 },
      { key: "sby", rating: 2, count: 1 },
      { key: null, rating: 4, count: 1 },
      { key: "jkt", rating: 1, count: 1 },
      { key: "jkt", rating: 5, count: 1 },
      { key: "mdn", rating: 4, count: 1 },
      { key: "sby", rating: 7, count: 9 }, // not a rating: ignored
    ])
    expect(groups.map((g) => [g.key, g.csat.satisfied.numerator, g.csat.satisfied.denominator])).toEqual([
      ["jkt", 4, 5],
      ["mdn", 1, 1],
      ["sby", 0, 1],
      [null, 1, 1],
    ])
    expect(groups[0].csat.average).toBeCloseTo(21 / 5)
  })

  it("agrees with csat of each group's own answers (property)", () => {
    const answer = fc.record({ key: fc.constantFrom("a", "b", "c", null), rating: fc.integer({ min: 0, max: 6 }) })
    fc.assert(
      fc.property(fc.array(answer, { maxLength: 60 }), (answers) => {
        // what SELECT key, rating, count(*) GROUP BY key, rating returns
        const counted = new Map<string, { key: string | null; rating: number; count: number }>()
        for (const a of answers) {
          const id = `${a.key}|${a.rating}`
          counted.set(id, { ...a, count: (counted.get(id)?.count ?? 0) + 1 })
        }
        const groups = csatByGroup([...counted.values()])
        const keys = [...new Set(answers.filter((a) => a.rating >= 1 && a.rating <= 5).map((a) => a.key))]
        expect(groups.map((g) => g.key).sort()).toEqual(keys.sort())
        for (const g of groups) {
          const own = answers.filter((a) => a.key === g.key).map((a) => a.rating)
          const expected = csat(own)
          expect(g.csat.distribution).toEqual(expected.distribution)
          expect(g.csat.satisfied).toEqual(expected.satisfied)
          expect(g.csat.average).toBeCloseTo(expected.average!)
        }
        for (let i = 1; i < groups.length; i++) expect(groups[i - 1].csat.satisfied.denominator).toBeGreaterThanOrEqual(groups[i].csat.satisfied.denominator)
      }),
      { numRuns: 300, seed: 81 }
    )
  })
})
