import { DEMO_CENTERS, DEMO_DESTINATIONS } from "../../../scripts/demo-data/demo-centers"
import { provinceName } from "../../../scripts/demo-data/provinces"
import { haversineKm } from "../haversine"
import { locateAddress } from "../gazetteer"

describe("the demo store's places", () => {
  // The demo seeds addresses with the official province name, as a checkout form would.
  it.each([...DEMO_CENTERS, ...DEMO_DESTINATIONS].map((place) => [place.city, place] as const))(
    "locates %s by city, in its province, near the demo's coordinates",
    (_city, place) => {
      const destination = locateAddress({
        country_code: place.country_code,
        city: place.city,
        province: provinceName(place.province),
      })
      expect(destination.province).toBe(place.province)
      expect(destination.source).toMatch(/^gazetteer: city /)
      expect(haversineKm(destination.point!, place)).toBeLessThan(25)
    }
  )
})

describe("places outside Indonesia", () => {
  it.each([
    ["MY", "Kuala Lumpur", null, 3.14, 101.69, "14"],
    ["MY", "Johor Bahru", "Johor", 1.46, 103.76, "01"],
    ["SG", "Singapore", null, 1.29, 103.85, null],
    ["US", "San Francisco", "California", 37.77, -122.42, "CA"],
    ["US", "Portland", "OR", 45.52, -122.68, "OR"],
    ["US", "Portland", "Maine", 43.66, -70.26, "ME"],
    ["DE", "Munich", "Bayern", 48.14, 11.58, "BY"],
    ["AU", "Perth", "Western Australia", -31.95, 115.86, "WA"],
  ])("finds %s %s (%s)", (country_code, city, province, latitude, longitude, code) => {
    const destination = locateAddress({ country_code, city, province })
    expect(haversineKm(destination.point!, { latitude, longitude })).toBeLessThan(30)
    if (code) expect(destination.province).toBe(code)
  })

  it("falls back to the state's main city when the town is too small for the data", () => {
    const destination = locateAddress({ country_code: "US", city: "Tiny Hamlet", province: "Texas" })
    expect(destination.province).toBe("TX")
    expect(destination.source).toMatch(/^gazetteer: province Texas \(TX\) centre/)
    expect(haversineKm(destination.point!, { latitude: 31.0, longitude: -99.0 })).toBeLessThan(700)
  })

  it("says when a country has no data", () => {
    expect(locateAddress({ country_code: "ZZ", city: "Anywhere" }).source).toBe(
      "could not locate: no gazetteer data for country 'ZZ'"
    )
  })
})
