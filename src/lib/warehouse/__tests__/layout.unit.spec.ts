import {
  baysPerBlock,
  binCoordinates,
  crossAisleCentres,
  generateBins,
  parseBinCode,
  validateLayout,
  type WarehouseLayout,
} from "../layout"

const layout: WarehouseLayout = {
  aisles: 4,
  bays_per_aisle: 10,
  levels: 3,
  bay_width_m: 1.2,
  aisle_width_m: 3,
  cross_aisles: 2,
  cross_aisle_width_m: 2,
  depot: { aisle_index: 1, position: "front" },
  zones: [
    { code: "A", from_aisle: 1, to_aisle: 2 },
    { code: "B", from_aisle: 3, to_aisle: 4 },
  ],
}

describe("validateLayout", () => {
  it("accepts a sensible layout", () => {
    expect(validateLayout(layout)).toEqual([])
  })

  it("lists every problem in plain words", () => {
    const broken = {
      ...layout,
      aisles: 2.5,
      bays_per_aisle: 0,
      levels: 100,
      bay_width_m: -1,
      aisle_width_m: Number.NaN,
      cross_aisle_width_m: 0,
      cross_aisles: 1,
      depot: { aisle_index: 0, position: "back" },
    } as unknown as WarehouseLayout
    expect(validateLayout(broken)).toEqual([
      "aisles must be a whole number from 1 to 200",
      "bays_per_aisle must be a whole number from 1 to 999",
      "levels must be a whole number from 1 to 99",
      "bay_width_m must be a number of metres above 0 and at most 100",
      "aisle_width_m must be a number of metres above 0 and at most 100",
      "cross_aisle_width_m must be a number of metres above 0 and at most 100",
      "cross_aisles must be a whole number from 2 (front + back) to 51 (every block between two cross aisles needs at least one bay)",
      'depot.position must be "front"',
      "depot.aisle_index must be an aisle number from 1 to aisles",
    ])
  })

  it("needs at least one bay per block and a depot in front of an existing aisle", () => {
    expect(validateLayout({ ...layout, cross_aisles: 12 })).toEqual([
      "cross_aisles must be a whole number from 2 (front + back) to 11 (every block between two cross aisles needs at least one bay)",
    ])
    expect(validateLayout({ ...layout, depot: { aisle_index: 5, position: "front" } })).toEqual([
      "depot.aisle_index must be an aisle number from 1 to 4",
    ])
  })

  it("checks zones: codes, ranges, duplicates and overlaps", () => {
    const zones = [
      { code: "A", from_aisle: 1, to_aisle: 2 },
      { code: "A", from_aisle: 3, to_aisle: 3 },
      { code: "b", from_aisle: 4, to_aisle: 4 },
      { code: "C", from_aisle: 2, to_aisle: 3 },
      { code: "D", from_aisle: 4, to_aisle: 9 },
    ]
    expect(validateLayout({ ...layout, zones })).toEqual([
      "zone A is defined twice",
      'zone code "b" must be 1-4 upper-case letters/digits starting with a letter',
      "zone C (aisles 2-3) overlaps zone A (aisles 1-2)",
      "zone D must cover aisles from_aisle..to_aisle with 1 <= from_aisle <= to_aisle <= 4",
    ])
  })

  it("rejects layouts too large to enumerate and non-objects", () => {
    expect(validateLayout({ ...layout, aisles: 200, bays_per_aisle: 999, levels: 99, zones: undefined })[0]).toMatch(/at most 20000/)
    // The documented maximum itself is accepted; one bay more per aisle is not.
    const atMax = { ...layout, aisles: 40, bays_per_aisle: 50, levels: 5, zones: undefined }
    expect(validateLayout(atMax)).toEqual([])
    expect(validateLayout({ ...atMax, bays_per_aisle: 51 })).toEqual(["layout has 20400 bins; at most 20000 are supported"])
    expect(validateLayout(null as unknown as WarehouseLayout)).toEqual(["layout must be an object"])
  })
})

describe("coordinates", () => {
  it("places bays half a cross aisle plus half a bay after the front centre line", () => {
    expect(crossAisleCentres(layout)).toEqual([0, 14])
    expect(binCoordinates(layout, { aisle: 1, bay: 1 })).toEqual({ x_m: 0, y_m: 1.6, aisle: 1, block: 1 })
    expect(binCoordinates(layout, { aisle: 3, bay: 10 })).toEqual({ x_m: 6, y_m: 12.4, aisle: 3, block: 1 })
  })

  it("spreads bays evenly over blocks and leaves a cross aisle between blocks", () => {
    const threeBlocks = { ...layout, cross_aisles: 4 }
    expect(baysPerBlock(threeBlocks)).toEqual([3, 3, 4])
    expect(crossAisleCentres(threeBlocks).map((y) => +y.toFixed(3))).toEqual([0, 5.6, 11.2, 18])
    expect(binCoordinates(threeBlocks, { aisle: 1, bay: 3 })).toMatchObject({ y_m: 4, block: 1 })
    expect(binCoordinates(threeBlocks, { aisle: 1, bay: 4 })).toMatchObject({ y_m: 7.2, block: 2 })
    expect(binCoordinates(threeBlocks, { aisle: 1, bay: 10 })).toMatchObject({ y_m: 16.4, block: 3 }) // 11.2 + 1 + 3.5 x 1.2
  })

  it("rejects bins outside the layout", () => {
    expect(() => binCoordinates(layout, { aisle: 5, bay: 1 })).toThrow(/aisle 5/)
    expect(() => binCoordinates(layout, { aisle: 1, bay: 11 })).toThrow(/bay 11/)
  })
})

describe("generateBins", () => {
  it("lists every bin of a zone: both faces, every level, with parseable codes", () => {
    const bins = generateBins(layout, "B")
    expect(bins).toHaveLength(2 * 10 * 3 * 2)
    expect(bins[0]).toEqual({ code: "B-03-01-1-L", zone: "B", aisle: 3, bay: 1, level: 1, side: "L", x_m: 6, y_m: 1.6, block: 1 })
    expect(bins[1].code).toBe("B-03-01-1-R")
    expect(new Set(bins.map((b) => b.code)).size).toBe(bins.length)
    for (const bin of bins) expect(parseBinCode(bin.code, layout)).toEqual({ ok: true, bin: expect.objectContaining({ aisle: bin.aisle, bay: bin.bay }) })
  })

  it("covers the whole layout when no zones are defined, and refuses unknown zones or bad layouts", () => {
    expect(generateBins({ ...layout, zones: undefined }, "A")).toHaveLength(4 * 10 * 3 * 2)
    expect(() => generateBins(layout, "C")).toThrow(/zone C/)
    expect(() => generateBins({ ...layout, levels: 0 }, "A")).toThrow(/levels must be/)
  })
})
