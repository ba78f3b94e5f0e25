import type { WarehouseLayout } from "../../warehouse/layout"
import { EXHAUSTIVE_MAX_LOCATIONS, exhaustiveRoute, optimalRoute, sShapeRoute } from "../pick-path"
import { SMALL, expectVisitsEachPickOnce, pick } from "./fixtures"

const all = (layout: WarehouseLayout, picks: ReturnType<typeof pick>[]) => ({
  optimal: optimalRoute(layout, picks),
  sShape: sShapeRoute(layout, picks),
  exhaustive: exhaustiveRoute(layout, picks),
})

describe("pick paths on a hand-computed single block (SMALL: 3 aisles, 12 m deep, 3 m apart)", () => {
  it("walks nowhere when there is nothing to pick", () => {
    const route = optimalRoute(SMALL, [])
    expect(route.distance_m).toBe(0)
    expect(route.stops.map((s) => s.kind)).toEqual(["depot", "depot"])
    expect(sShapeRoute(SMALL, []).distance_m).toBe(0)
  })

  it("single pick in aisle 1: in and out, 2 x 3.5 m", () => {
    const { optimal, sShape, exhaustive } = all(SMALL, [pick(SMALL, 1, 3)])
    expect(optimal).toMatchObject({ distance_m: 7, method: "ratliff-rosenthal" })
    expect(sShape).toMatchObject({ distance_m: 7, method: "s-shape" })
    expect(exhaustive.distance_m).toBe(7)
    expect(optimal.stops.map((s) => [s.kind, s.aisle, s.y_m, s.bin_code])).toEqual([
      ["depot", 1, 0, undefined],
      ["pick", 1, 3.5, "A-01-03-1-L"],
      ["depot", 1, 0, undefined],
    ])
  })

  it("single pick in aisle 3: 6 m across and back plus 2 x 3.5 m", () => {
    expect(all(SMALL, [pick(SMALL, 3, 3)]).optimal.distance_m).toBe(19)
  })

  it("two deep picks in adjacent aisles: a loop over the back (12 + 3 + 12 + 3)", () => {
    const { optimal, sShape } = all(SMALL, [pick(SMALL, 1, 10), pick(SMALL, 2, 10)])
    expect(optimal.distance_m).toBe(30)
    expect(sShape.distance_m).toBe(30)
  })

  it("finds the back dip a hand planner misses (39 m vs S-shape 57 m)", () => {
    // Up aisle 1, over the back to aisle 3 (dip 2 x 1.5), back to aisle 2, down it, front to the depot.
    const picks = [pick(SMALL, 1, 10), pick(SMALL, 2, 1), pick(SMALL, 2, 10), pick(SMALL, 3, 10)]
    const { optimal, sShape, exhaustive } = all(SMALL, picks)
    expect(optimal.distance_m).toBe(39) // 12 + 6 + 3 + 3 + 12 + 3
    expect(exhaustive.distance_m).toBe(39)
    expect(sShape.distance_m).toBe(57) // 12 + 3 + 12 + 3 + 2 x 10.5 + 6
  })

  it("skips the largest gap of a middle aisle between two traversed aisles (42 m)", () => {
    const picks = [1, 2, 3].flatMap((aisle) => [pick(SMALL, aisle, 1), pick(SMALL, aisle, 10)])
    const { optimal, sShape, exhaustive } = all(SMALL, picks)
    expect(optimal.distance_m).toBe(42) // 12 + 6 + 12 + 6 around, aisle 2 dipped from both ends: 2 x 1.5 x 2
    expect(exhaustive.distance_m).toBe(42)
    expect(sShape.distance_m).toBe(57)
  })

  it("odd number of pick aisles: S-shape returns in the last one, optimal may loop instead", () => {
    const picks = [pick(SMALL, 1, 2), pick(SMALL, 2, 9), pick(SMALL, 3, 1), pick(SMALL, 3, 10)]
    const { optimal, sShape } = all(SMALL, picks)
    expect(optimal.distance_m).toBe(41) // 2x2.5 + 3 + 12 + 3 + 12 + 6
    expect(sShape.distance_m).toBe(57)
  })

  it("picks spread along every aisle of an even count: S-shape is already optimal", () => {
    const four: WarehouseLayout = { ...SMALL, aisles: 4 }
    const picks = [1, 2, 3, 4].flatMap((aisle) => [pick(four, aisle, 1), pick(four, aisle, 6), pick(four, aisle, 10)])
    const [optimal, sShape] = [optimalRoute(four, picks), sShapeRoute(four, picks)]
    expect(sShape.distance_m).toBe(66) // 4 x 12 + 2 x 9
    expect(optimal.distance_m).toBe(66)
  })

  it("depot in the middle: walks to the pick aisle and back", () => {
    const middle: WarehouseLayout = { ...SMALL, aisles: 5, depot: { aisle_index: 3, position: "front" } }
    const picks = [pick(middle, 5, 3)]
    expect(optimalRoute(middle, picks).distance_m).toBe(19)
    expect(sShapeRoute(middle, picks).distance_m).toBe(19)
    const both = [pick(middle, 1, 3), pick(middle, 5, 3)]
    expect(optimalRoute(middle, both).distance_m).toBe(6 + 7 + 12 + 7 + 6) // out to aisle 1, dip, across, dip, back
  })

  it("merges picks at one position (both rack faces, several levels) into one stop", () => {
    const picks = [pick(SMALL, 2, 4, 1, "L"), pick(SMALL, 2, 4, 3, "R"), pick(SMALL, 2, 4, 1, "L")]
    const route = optimalRoute(SMALL, picks)
    expect(route.stops).toHaveLength(3)
    expect(route.stops[1]).toMatchObject({ bin_code: "A-02-04-1-L", bin_codes: ["A-02-04-1-L", "A-02-04-3-R"], pick_indexes: [0, 1, 2] })
    expect(route.distance_m).toBe(2 * 3 + 2 * 4.5)
    expectVisitsEachPickOnce(SMALL, route, 3)
  })

  it("a pick right at the depot costs nothing", () => {
    expect(optimalRoute(SMALL, [{ aisle: 1, y_m: 0 }]).distance_m).toBe(0)
    expect(exhaustiveRoute(SMALL, [{ aisle: 1, y_m: 0 }]).distance_m).toBe(0)
  })

  it("positions on the front or back cross aisle are handled by the DP", () => {
    const picks = [{ aisle: 3, y_m: 0 }, { aisle: 2, y_m: 12 }]
    expect(optimalRoute(SMALL, picks).distance_m).toBe(exhaustiveRoute(SMALL, picks).distance_m)
    expect(optimalRoute(SMALL, picks).distance_m).toBe(36) // up aisle 1, over the back, down aisle 2, front to 3 and back
  })

  it("rejects picks off the layout and oversize exhaustive searches", () => {
    expect(() => optimalRoute(SMALL, [{ aisle: 4, y_m: 1 }])).toThrow(/aisle 4/)
    expect(() => optimalRoute(SMALL, [{ aisle: 1, y_m: 12.5 }])).toThrow(/y_m 12.5/)
    const many = Array.from({ length: EXHAUSTIVE_MAX_LOCATIONS + 1 }, (_, i) => pick(SMALL, 1 + (i % 3), 1 + i))
    expect(() => exhaustiveRoute(SMALL, many)).toThrow(/limited to 8/)
    expect(() => optimalRoute({ ...SMALL, aisles: 0 }, [])).toThrow(/aisles must be/)
  })
})

describe("multi-block layouts (3 cross aisles: two blocks of 5 bays, cross aisle centres at 0, 7, 14 m)", () => {
  const twoBlocks: WarehouseLayout = { ...SMALL, aisles: 2, cross_aisles: 3 }

  it("reaches the back block over the middle cross aisle", () => {
    const picks = [pick(twoBlocks, 2, 6)] // y = 8.5 in block 2
    expect(picks[0].y_m).toBe(8.5)
    const { optimal, sShape, exhaustive } = all(twoBlocks, picks)
    expect(optimal).toMatchObject({ method: "multi-block-heuristic", distance_m: 23 }) // 2 x (7 + 3 + 1.5)
    expect(sShape.distance_m).toBe(23)
    expect(exhaustive.distance_m).toBe(23)
  })

  it("S-shape handles the far block first, then the near one", () => {
    const picks = [pick(twoBlocks, 1, 2), pick(twoBlocks, 2, 3), pick(twoBlocks, 1, 8), pick(twoBlocks, 2, 9)]
    const { optimal, sShape, exhaustive } = all(twoBlocks, picks)
    expect(sShape.stops.slice(1, -1).map((s) => `${s.aisle}@${s.y_m}`)).toEqual(["1@2.5", "1@10.5", "2@11.5", "2@3.5"])
    expect(sShape.distance_m).toBe(34) // up aisle 1 to the back, 3 across, down aisle 2, 3 back
    expect(optimal.distance_m).toBe(exhaustive.distance_m)
  })
})
