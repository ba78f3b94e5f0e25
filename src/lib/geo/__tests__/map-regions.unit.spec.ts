import fc from "fast-check"
import { bucketOf, colourBuckets, demandByRegion, drawnIndonesianProvince, drawnProvinceOf, getCountryIndex, type DemandGroupRow } from ".."
import { DRAWN_COUNTRY_CODES, DRAWN_PROVINCE_CODES, INDONESIA_PROVINCES } from "../shapes"

const PROVINCES = new Set(getCountryIndex("ID").states.keys())

describe("province shapes", () => {
  it("draw every province the project knows, the newest inside the one they were split off", () => {
    expect(PROVINCES.size).toBe(38)
    for (const code of PROVINCES) expect(drawnIndonesianProvince(code)).not.toBeNull()
    expect(drawnIndonesianProvince("JB")).toBe("JB")
    expect(drawnIndonesianProvince("KU")).toBe("KI")
    expect(drawnIndonesianProvince("PS")).toBe("PA")
    expect(drawnIndonesianProvince("PE")).toBe("PA")
    expect(drawnIndonesianProvince("PD")).toBe("PB")
    // every shape is a province the project knows, once
    expect(DRAWN_PROVINCE_CODES.every((code) => PROVINCES.has(code))).toBe(true)
    expect(new Set(DRAWN_PROVINCE_CODES).size).toBe(DRAWN_PROVINCE_CODES.length)
    expect(INDONESIA_PROVINCES.objects.provinces.geometries.find((g) => g.id === "JK")?.properties?.name).toBe("Jakarta Raya")
  })

  it("follow splits over more than one generation and stop on a loop", () => {
    const splits = { A: ["B"], B: ["C"], X: ["Y"], Y: ["X"] }
    expect(drawnProvinceOf("C", new Set(["A"]), splits)).toBe("A")
    expect(drawnProvinceOf("C", new Set(["B", "A"]), splits)).toBe("B")
    expect(drawnProvinceOf("Y", new Set(), splits)).toBeNull()
    expect(drawnProvinceOf("Q", new Set(["A"]), splits)).toBeNull()
  })

  it("world shapes include Indonesia's neighbours and small states", () => {
    for (const code of ["ID", "SG", "MY", "BN", "TL", "AU", "US"]) expect(DRAWN_COUNTRY_CODES).toContain(code)
  })
})

const row = (country_code: string | null, province: string | null, orders: number, units: number, km: number[]): DemandGroupRow => ({
  country_code, province, orders, units, distance_km_sum: km.reduce((a, b) => a + b, 0), distance_count: km.length,
})

describe("demand by region", () => {
  it("adds up hand-built groups per province, shape and country, averaging by order", () => {
    const rows = [
      row("ID", "JB", 3, 7, [10, 20, 30]),
      row("ID", "PA", 1, 2, [1000]),
      row("ID", "PS", 2, 2, [1300, 1300]), // drawn inside Papua
      row("ID", null, 1, 1, []),
      row("ID", "Zzz", 1, 4, [5]),
      row("SG", null, 2, 3, [900, 950]),
      row(null, null, 1, 1, []),
    ]
    const result = demandByRegion(rows, "ID", PROVINCES, drawnIndonesianProvince)
    expect(result.total).toEqual({ orders: 11, units: 20, average_distance_km: 612.8 }) // 5515 km / 9 orders with a distance, to 0.1 km
    expect(result.provinces).toEqual([
      { code: "JB", orders: 3, units: 7, average_distance_km: 20 },
      { code: "PS", orders: 2, units: 2, average_distance_km: 1300 },
      { code: "PA", orders: 1, units: 2, average_distance_km: 1000 },
    ])
    expect(result.shapes).toEqual([
      { code: "JB", provinces: ["JB"], orders: 3, units: 7, average_distance_km: 20 },
      { code: "PA", provinces: ["PA", "PS"], orders: 3, units: 4, average_distance_km: 1200 },
    ])
    expect(result.unknown_province).toEqual({ orders: 2, units: 5, average_distance_km: 5 })
    expect(result.countries).toEqual([
      { country_code: "ID", orders: 8, units: 16, average_distance_km: 523.6 }, // 3665 / 7
      { country_code: "SG", orders: 2, units: 3, average_distance_km: 925 },
      { country_code: null, orders: 1, units: 1, average_distance_km: null },
    ])
  })

  it("keeps every order exactly once in the countries and once in provinces + unknown", () => {
    const codes = [...PROVINCES]
    const arbRow = fc.record({
      country_code: fc.constantFrom("ID", "SG", "MY", null),
      province: fc.oneof(fc.constantFrom(...codes), fc.constant(null), fc.string({ maxLength: 3 })),
      orders: fc.integer({ min: 1, max: 50 }),
      units: fc.integer({ min: 0, max: 500 }),
      distance_km_sum: fc.constant(0),
      distance_count: fc.constant(0),
    })
    fc.assert(
      fc.property(fc.array(arbRow, { maxLength: 30 }), (rows) => {
        const result = demandByRegion(rows, "ID", PROVINCES, drawnIndonesianProvince)
        const all = rows.reduce((sum, r) => sum + r.orders, 0)
        const indonesian = rows.filter((r) => r.country_code === "ID").reduce((sum, r) => sum + r.orders, 0)
        const sum = (list: Array<{ orders: number }>) => list.reduce((s, r) => s + r.orders, 0)
        expect(result.total.orders).toBe(all)
        expect(sum(result.countries)).toBe(all)
        expect(sum(result.provinces) + result.unknown_province.orders).toBe(indonesian)
        expect(sum(result.shapes)).toBe(sum(result.provinces))
      })
    )
  })
})

describe("colour buckets", () => {
  it("uses round steps", () => {
    expect(colourBuckets(37, 5, true)).toEqual([10, 20, 30, 40])
    expect(colourBuckets(3, 5, true)).toEqual([1, 2, 3])
    expect(colourBuckets(1, 5, true)).toEqual([1])
    expect(colourBuckets(1234, 5, false)).toEqual([250, 500, 750, 1000, 1250])
    expect(colourBuckets(0, 5, true)).toEqual([])
    expect(bucketOf(0, [10, 20])).toBe(-1)
    expect(bucketOf(null, [10, 20])).toBe(-1)
    expect(bucketOf(10, [10, 20])).toBe(0)
    expect(bucketOf(11, [10, 20])).toBe(1)
  })

  it("puts every value up to the maximum in a step, larger values in larger or equal steps", () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 1e7, noNaN: true }), fc.integer({ min: 1, max: 9 }), fc.boolean(), (max, count, whole) => {
        const bounds = colourBuckets(max, count, whole)
        expect(bounds.length).toBeGreaterThan(0)
        expect(bounds.length).toBeLessThanOrEqual(count)
        expect(bounds[bounds.length - 1]).toBeGreaterThanOrEqual(max)
        for (let i = 1; i < bounds.length; i++) expect(bounds[i]).toBeGreaterThan(bounds[i - 1])
        const values = [max, max / 2, max / 3, max / 7]
        for (const v of values) {
          const b = bucketOf(v, bounds)
          expect(v).toBeLessThanOrEqual(bounds[b])
          if (b > 0) expect(v).toBeGreaterThan(bounds[b - 1])
        }
      })
    )
  })
})
