import fc from "fast-check"
import { binCode, parseBinCode, type WarehouseLayout } from "../layout"

const layout: WarehouseLayout = {
  aisles: 12,
  bays_per_aisle: 30,
  levels: 4,
  bay_width_m: 1.3,
  aisle_width_m: 3,
  cross_aisles: 2,
  cross_aisle_width_m: 2.5,
  depot: { aisle_index: 1, position: "front" },
  zones: [
    { code: "A", from_aisle: 1, to_aisle: 6 },
    { code: "B2", from_aisle: 7, to_aisle: 12 },
  ],
}

describe("binCode", () => {
  it("pads aisle and bay to two digits and keeps the level unpadded", () => {
    expect(binCode("A", 3, 12, 2, "L")).toBe("A-03-12-2-L")
    expect(binCode("COLD", 120, 7, 11, "R")).toBe("COLD-120-07-11-R")
  })

  it("refuses parts that cannot be encoded", () => {
    expect(() => binCode("a", 1, 1, 1, "L")).toThrow(/zone/)
    expect(() => binCode("A", 0, 1, 1, "L")).toThrow(/aisle/)
    expect(() => binCode("A", 1, 1.5, 1, "L")).toThrow(/bay/)
    expect(() => binCode("A", 1, 1, 100, "L")).toThrow(/level/)
    expect(() => binCode("A", 1, 1, 1, "X" as "L")).toThrow(/side/)
  })

  it("round-trips through parseBinCode and only uses Code 128-safe characters", () => {
    const zone = fc.stringMatching(/^[A-Z][A-Z0-9]{0,3}$/)
    fc.assert(
      fc.property(
        zone,
        fc.integer({ min: 1, max: 999 }),
        fc.integer({ min: 1, max: 999 }),
        fc.integer({ min: 1, max: 99 }),
        fc.constantFrom<"L" | "R">("L", "R"),
        (zone, aisle, bay, level, side) => {
          const code = binCode(zone, aisle, bay, level, side)
          expect(code).toMatch(/^[A-Z0-9-]{9,17}$/)
          expect(parseBinCode(code)).toEqual({ ok: true, bin: { zone, aisle, bay, level, side } })
        }
      ),
      { numRuns: 500 }
    )
  })
})

describe("parseBinCode", () => {
  it.each([
    [42, /must be a string/],
    ["", /empty/],
    ["a-03-12-2-L", /only A-Z, 0-9/],
    ["A 03 12 2 L", /only A-Z, 0-9/],
    ["A-03-12-2", /5 parts .* got 4/],
    ["A-03-12-2-L-X", /got 6/],
    ["1A-03-12-2-L", /zone "1A"/],
    ["ABCDE-03-12-2-L", /zone "ABCDE"/],
    ["A-3-12-2-L", /aisle "3" is not canonical \(expected "03"\)/],
    ["A-003-12-2-L", /aisle "003" is not canonical/],
    ["A-00-12-2-L", /aisle "00" must be from 1/],
    ["A-03-1-2-L", /bay "1" is not canonical/],
    ["A-03-12-02-L", /level "02" is not canonical/],
    ["A-03-12-0-L", /level "0" must be from 1/],
    ["A-03-12--L", /level "" must be digits/],
    ["A-03-12-2-X", /side "X" must be L or R/],
    ["A-03-12-2-LEFT-", /got 6/],
    ["A-0123-12-2-L", /aisle "0123" must be from 1 to 999|not canonical/],
    ["AAAA-999-999-99-LL", /longer than 17/],
  ])("rejects %p with a reason", (code, reason) => {
    const parsed = parseBinCode(code)
    expect(parsed.ok).toBe(false)
    if (!parsed.ok) expect(parsed.reason).toMatch(reason)
  })

  it("checks the bin exists in a layout when given one", () => {
    expect(parseBinCode("A-03-12-2-L", layout)).toEqual({ ok: true, bin: { zone: "A", aisle: 3, bay: 12, level: 2, side: "L" } })
    const reasons = ["A-13-01-1-L", "A-03-31-1-L", "A-03-01-5-L", "C-03-01-1-L", "A-07-01-1-L", "B2-06-01-1-R"].map((code) => {
      const parsed = parseBinCode(code, layout)
      return parsed.ok ? "ok" : parsed.reason
    })
    expect(reasons).toEqual([
      "aisle 13 does not exist (layout has 12 aisles)",
      "bay 31 does not exist (aisles have 30 bays)",
      "level 5 does not exist (racks have 4 levels)",
      "zone C is not defined in the layout",
      "aisle 7 is not in zone A (aisles 1-6)",
      "aisle 6 is not in zone B2 (aisles 7-12)",
    ])
  })

  it("accepts any zone code when the layout defines no zones", () => {
    const { zones: _zones, ...unzoned } = layout
    expect(parseBinCode("Z9-03-12-2-R", unzoned).ok).toBe(true)
  })
})
