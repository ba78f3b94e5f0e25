import fc from "fast-check"
import { crossAisleCentres } from "../../warehouse/layout"
import { distanceMm, gridOf } from "../geometry"
import { exhaustiveRoute, optimalRoute, sShapeRoute } from "../pick-path"
import { expectVisitsEachPickOnce, graphDistances, layoutArb, layoutWithPicks, mmOf, walkedMm } from "./fixtures"

const singleBlock = layoutArb({ crossAisles: fc.constant(2) })
const multiBlock = layoutArb({ crossAisles: fc.integer({ min: 3, max: 5 }) })
const anyBlocks = layoutArb({ crossAisles: fc.integer({ min: 2, max: 5 }) })
const RUNS = { numRuns: 300 }

describe("closed-form shortest distance", () => {
  it("equals Floyd-Warshall on the explicit aisle graph", () => {
    fc.assert(
      fc.property(layoutWithPicks(anyBlocks, 2, 6), ({ layout, picks }) => {
        const grid = gridOf(layout)
        const reference = graphDistances(layout, picks)
        picks.forEach((p, i) =>
          picks.forEach((q, j) =>
            expect(distanceMm(grid, { aisle: p.aisle, y: mmOf(p.y_m) }, { aisle: q.aisle, y: mmOf(q.y_m) })).toBe(reference[i][j])
          )
        )
      }),
      { numRuns: 100 }
    )
  })
})

describe("Ratliff-Rosenthal DP on single-block layouts", () => {
  it("has exactly the exhaustive optimum's length (2-8 aisles, 5-20 bays, 1-8 picks)", () => {
    fc.assert(
      fc.property(layoutWithPicks(singleBlock, 1, 8), ({ layout, picks }) => {
        const dp = optimalRoute(layout, picks)
        expect(dp.method).toBe("ratliff-rosenthal")
        expect(dp.distance_m).toBe(exhaustiveRoute(layout, picks).distance_m)
      }),
      { numRuns: 500 }
    )
  })

  it("matches the exhaustive optimum with picks on the cross aisles and the depot anywhere", () => {
    const onLines = singleBlock.chain((layout) => {
      const back = crossAisleCentres(layout)[1]
      const point = fc.record({
        aisle: fc.integer({ min: 1, max: layout.aisles }),
        y_m: fc.oneof(fc.constantFrom(0, back), fc.integer({ min: 0, max: Math.floor(back * 1000) }).map((mm) => mm / 1000)),
      })
      return fc.array(point, { minLength: 1, maxLength: 7 }).map((picks) => ({ layout, picks }))
    })
    fc.assert(
      fc.property(onLines, ({ layout, picks }) => {
        expect(optimalRoute(layout, picks).distance_m).toBe(exhaustiveRoute(layout, picks).distance_m)
      }),
      RUNS
    )
  })

  it("is never longer than S-shape and its stops walk exactly its length (up to 40 picks)", () => {
    fc.assert(
      fc.property(layoutWithPicks(singleBlock, 0, 40), ({ layout, picks }) => {
        const dp = optimalRoute(layout, picks)
        expect(dp.distance_m).toBeLessThanOrEqual(sShapeRoute(layout, picks).distance_m)
        expect(walkedMm(layout, dp)).toBe(mmOf(dp.distance_m))
      }),
      RUNS
    )
  })
})

describe("multi-block heuristic (3-5 cross aisles)", () => {
  it("is between the exhaustive optimum and S-shape", () => {
    fc.assert(
      fc.property(layoutWithPicks(multiBlock, 1, 8), ({ layout, picks }) => {
        const heuristic = optimalRoute(layout, picks)
        expect(heuristic.method).toBe("multi-block-heuristic")
        expect(heuristic.distance_m).toBeGreaterThanOrEqual(exhaustiveRoute(layout, picks).distance_m)
        expect(heuristic.distance_m).toBeLessThanOrEqual(sShapeRoute(layout, picks).distance_m)
      }),
      RUNS
    )
  })

  it("is never longer than S-shape on larger pick lists, and walks its stated length", () => {
    fc.assert(
      fc.property(layoutWithPicks(multiBlock, 9, 40), ({ layout, picks }) => {
        const heuristic = optimalRoute(layout, picks)
        expect(heuristic.distance_m).toBeLessThanOrEqual(sShapeRoute(layout, picks).distance_m)
        expect(walkedMm(layout, heuristic)).toBe(mmOf(heuristic.distance_m))
      }),
      { numRuns: 100 }
    )
  })
})

describe("every router", () => {
  it("visits every pick exactly once, from the depot back to the depot", () => {
    fc.assert(
      fc.property(layoutWithPicks(anyBlocks, 0, 8), ({ layout, picks }) => {
        for (const route of [optimalRoute(layout, picks), sShapeRoute(layout, picks), exhaustiveRoute(layout, picks)]) {
          expectVisitsEachPickOnce(layout, route, picks.length)
        }
      }),
      RUNS
    )
  })

  it("S-shape's walk is at least the shortest walk through its own stop order", () => {
    fc.assert(
      fc.property(layoutWithPicks(anyBlocks, 1, 25), ({ layout, picks }) => {
        const route = sShapeRoute(layout, picks)
        expect(walkedMm(layout, route)).toBeLessThanOrEqual(mmOf(route.distance_m))
      }),
      { numRuns: 100 }
    )
  })

  it("is deterministic and does not depend on the order picks are listed in", () => {
    fc.assert(
      fc.property(layoutWithPicks(anyBlocks, 1, 12), fc.integer(), ({ layout, picks }, seed) => {
        const shuffled = [...picks].sort((a, b) => ((mmOf(a.y_m) * 31 + a.aisle) ^ seed) - ((mmOf(b.y_m) * 31 + b.aisle) ^ seed))
        expect(optimalRoute(layout, picks)).toEqual(optimalRoute(layout, picks))
        expect(optimalRoute(layout, shuffled).distance_m).toBe(optimalRoute(layout, picks).distance_m)
        expect(sShapeRoute(layout, shuffled).distance_m).toBe(sShapeRoute(layout, picks).distance_m)
      }),
      { numRuns: 100 }
    )
  })
})
