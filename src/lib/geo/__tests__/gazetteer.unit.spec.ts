import { haversineKm } from "../haversine"
import { locateAddress } from "../gazetteer"

const near = (point: { latitude: number; longitude: number } | null, latitude: number, longitude: number, km = 30) =>
  !!point && haversineKm(point, { latitude, longitude }) < km

describe("haversineKm", () => {
  it("measures Jakarta to Surabaya at roughly 660 km", () => {
    const km = haversineKm({ latitude: -6.2, longitude: 106.85 }, { latitude: -7.25, longitude: 112.75 })
    expect(km).toBeGreaterThan(640)
    expect(km).toBeLessThan(680)
    expect(haversineKm({ latitude: 1, longitude: 2 }, { latitude: 1, longitude: 2 })).toBe(0)
  })
})

describe("locateAddress", () => {
  it("prefers coordinates from the address metadata, numbers or numeric strings", () => {
    const destination = locateAddress({
      country_code: "id",
      city: "Bandung",
      metadata: { latitude: "-6.2", longitude: 106.8 },
    })
    expect(destination).toEqual({
      point: { latitude: -6.2, longitude: 106.8 },
      country_code: "ID",
      province: "JB",
      source: "address metadata",
      source_phrases: [{ code: "source_metadata" }],
    })
  })

  it("ignores out-of-range metadata coordinates and says so", () => {
    const destination = locateAddress({ country_code: "ID", city: "Surabaya", metadata: { latitude: 95, longitude: 112 } })
    expect(near(destination.point, -7.25, 112.75)).toBe(true)
    expect(destination.source).toMatch(/ignored invalid metadata latitude\/longitude/)
  })

  it.each([
    ["Bandung", "Jawa Barat", -6.92, 107.61, "JB"],
    ["Kota Bandung", "West Java", -6.92, 107.61, "JB"],
    ["bandung", "ID-JB", -6.92, 107.61, "JB"],
    ["Surabaya", "Jawa Timur", -7.25, 112.75, "JI"],
    ["Kota Surabaya", "East Java", -7.25, 112.75, "JI"],
    ["Jakarta Selatan", "DKI Jakarta", -6.27, 106.81, "JK"],
    ["Kab. Sleman", "DI Yogyakarta", -7.68, 110.32, "YO"],
    ["Medan", "North Sumatra", 3.58, 98.67, "SU"],
    ["Makassar", "Sulawesi Selatan", -5.14, 119.42, "SN"],
    ["Denpasar", null, -8.65, 115.22, "BA"],
  ])("finds the city %s (%s)", (city, province, latitude, longitude, code) => {
    const destination = locateAddress({ country_code: "ID", city, province })
    expect(near(destination.point, latitude, longitude)).toBe(true)
    expect(destination.province).toBe(code)
    expect(destination.source).toMatch(/^gazetteer: city /)
  })

  it("tells the regency from the city when the customer names it", () => {
    const regency = locateAddress({ country_code: "ID", city: "Kabupaten Bandung", province: "JB" })
    expect(regency.source).toBe("gazetteer: city Kabupaten Bandung, JB")
  })

  it.each([["JK"], ["ID-JK"], ["id-jk"], ["DKI Jakarta"], ["Jakarta"], ["Provinsi DKI Jakarta"]])(
    "falls back to the province centre for province %s",
    (province) => {
      const destination = locateAddress({ country_code: "ID", city: "Kampung Antah Berantah", province })
      expect(destination.province).toBe("JK")
      expect(near(destination.point, -6.21, 106.85, 5)).toBe(true)
      expect(destination.source).toMatch(/^gazetteer: province DKI Jakarta \(JK\) centre/)
    }
  )

  it.each([
    ["Jawa Barat", "JB"],
    ["West Java", "JB"],
    ["Central Java", "JT"],
    ["Yogyakarta", "YO"],
    ["Riau Islands", "KR"],
    ["Papua Selatan", "PS"],
    ["Papua Barat Daya", "PD"],
    ["Kalimantan Barat", "KB"],
    ["KA", "KB"],
  ])("knows the province name %s", (province, code) => {
    expect(locateAddress({ country_code: "ID", province }).province).toBe(code)
  })

  it("explains when nothing matched", () => {
    expect(locateAddress({ country_code: "ID", city: "Xyz" })).toEqual({
      point: null,
      country_code: "ID",
      province: null,
      source: "could not locate: no city or province matched 'Xyz' in ID",
      source_phrases: [{ code: "source_no_match", params: { typed: "Xyz", country: "ID" } }],
    })
    expect(locateAddress({ country_code: "ID" }).source).toBe("could not locate: address has no city or province")
    expect(locateAddress({ city: "Bandung" }).source).toBe("could not locate: address has no country code")
    expect(locateAddress(null)).toMatchObject({ point: null, source: "no shipping address", source_phrases: [{ code: "source_no_address" }] })
    expect(locateAddress({ country_code: "ID", city: "Bandung", metadata: { latitude: "x" } }).source_phrases).toEqual([
      { code: "source_city", params: { city: expect.stringMatching(/Bandung/), province: "Jawa Barat" } },
      { code: "source_bad_coordinates" },
    ])
  })

  it("keeps the typed province when it is not recognised", () => {
    expect(locateAddress({ country_code: "ID", city: "Xyz", province: "Nowhere" })).toMatchObject({
      point: null,
      province: "Nowhere",
      source: "could not locate: no city or province matched 'Xyz' / 'Nowhere' in ID",
    })
  })

  it("is cheap after the first lookup of a country", () => {
    locateAddress({ country_code: "ID", city: "Bandung" })
    const started = process.hrtime.bigint()
    for (let i = 0; i < 1000; i++) locateAddress({ country_code: "ID", city: "Bandung", province: "Jawa Barat" })
    const perCallMs = Number(process.hrtime.bigint() - started) / 1e6 / 1000
    expect(perCallMs).toBeLessThan(0.5)
  })
})
