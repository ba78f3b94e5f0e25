import type { Phrase } from "../routing/phrases"
import type { Destination, GeoPoint } from "../routing/types"
import {
  findCity,
  findState,
  getCountryIndex,
  type CountryIndex,
  type GazetteerCity,
  type GazetteerState,
} from "./gazetteer-index"

export interface AddressForLocating {
  country_code?: string | null
  province?: string | null
  city?: string | null
  postal_code?: string | null
  metadata?: Record<string, unknown> | null
}

function parseCoordinate(value: unknown, limit: number): number | null {
  if (typeof value === "string" && value.trim() === "") return null
  const number = typeof value === "number" ? value : typeof value === "string" ? Number(value) : NaN
  return Number.isFinite(number) && Math.abs(number) <= limit ? number : null
}

/** Coordinates set by hand (or by a checkout map widget) beat any name lookup. */
function metadataPoint(metadata: Record<string, unknown> | null | undefined): GeoPoint | "invalid" | null {
  if (!metadata || (metadata.latitude == null && metadata.longitude == null)) return null
  const latitude = parseCoordinate(metadata.latitude, 90)
  const longitude = parseCoordinate(metadata.longitude, 180)
  return latitude === null || longitude === null ? "invalid" : { latitude, longitude }
}

const clean = (value: string | null | undefined) => (value ?? "").trim() || null

/**
 * The city as typed, then without a postal code or a trailing ", province" part. Within a named
 * province, then the provinces split off it since (old addresses still name the parent), then,
 * when the province was not recognised, the whole country.
 */
function locateCity(index: CountryIndex, cityText: string, state: GazetteerState | null): GazetteerCity | null {
  const withoutPostcode = cityText.replace(/\b\d{5}\b/g, " ").trim()
  const texts = [...new Set([cityText, withoutPostcode, withoutPostcode.split(",")[0].trim()])].filter(Boolean)
  const scopes = state ? [[state.isoCode], index.successors.get(state.isoCode) ?? []] : [null]
  for (const scope of scopes) {
    if (scope && !scope.length) continue
    for (const text of texts) {
      const city = findCity(index, text, scope)
      if (city) return city
    }
  }
  return null
}

/** The ignored-metadata note as a phrase, after the lookup's own. */
const withNote = (phrase: Phrase, note: string): Phrase[] => (note ? [phrase, { code: "source_bad_coordinates" }] : [phrase])

function cityFound(index: CountryIndex, city: GazetteerCity, base: Omit<Destination, "point" | "source">, note: string) {
  const province = index.states.get(city.stateCode.toUpperCase())
  // A regency the data has no place in is placed at its province's point.
  const point = city.point ?? province?.point ?? null
  const where = city.point ? "" : " (province centre)"
  return {
    ...base,
    province: city.stateCode || base.province,
    point,
    source: `gazetteer: city ${city.name}, ${city.stateCode}${where}${note}`,
    source_phrases: withNote(
      city.point
        ? { code: "source_city", params: { city: city.name, province: province?.name ?? city.stateCode } }
        : { code: "source_city_province_point", params: { city: city.name } },
      note
    ),
  }
}

export function locateAddress(address: AddressForLocating | null | undefined): Destination {
  if (!address) return { point: null, country_code: null, province: null, source: "no shipping address", source_phrases: [{ code: "source_no_address" }] }

  const countryCode = clean(address.country_code)?.toUpperCase() ?? null
  const provinceText = clean(address.province)
  const cityText = clean(address.city)
  const index = countryCode ? getCountryIndex(countryCode) : null
  const state = index && provinceText ? findState(index, provinceText) : null
  // Service areas compare province codes, so a recognised province is always reported as its code.
  const base = { country_code: countryCode, province: state?.isoCode ?? provinceText }

  const override = metadataPoint(address.metadata)
  if (override && override !== "invalid") {
    // The point is exact, but service areas still need the province: take it from the city if unnamed.
    const cityState = !state && index && cityText ? locateCity(index, cityText, null)?.stateCode : undefined
    return { ...base, province: cityState ?? base.province, point: override, source: "address metadata", source_phrases: [{ code: "source_metadata" }] }
  }
  const note = override === "invalid" ? " (ignored invalid metadata latitude/longitude)" : ""

  if (!countryCode || !index) {
    return { ...base, point: null, source: `could not locate: address has no country code${note}`, source_phrases: withNote({ code: "source_no_country" }, note) }
  }
  if (!index.states.size && !index.cities.size) {
    return {
      ...base,
      point: null,
      source: `could not locate: no gazetteer data for country '${countryCode}'${note}`,
      source_phrases: withNote({ code: "source_no_places", params: { country: countryCode } }, note),
    }
  }
  const placeable = (city: GazetteerCity | null): city is GazetteerCity =>
    !!city && !!(city.point ?? index.states.get(city.stateCode.toUpperCase())?.point)
  const city = cityText ? locateCity(index, cityText, state) : null
  if (placeable(city)) return cityFound(index, city, base, note)
  if (state?.point) {
    return {
      ...base,
      point: state.point,
      source: `gazetteer: province ${state.name} (${state.isoCode}) centre${cityText ? `, city '${cityText}' not found` : ""}${note}`,
      source_phrases: withNote(
        cityText
          ? { code: "source_province_city_unknown", params: { province: state.name, city: cityText } }
          : { code: "source_province", params: { province: state.name } },
        note
      ),
    }
  }
  // A city typed into the province field ("Jakarta Selatan" as the province).
  const provinceAsCity = !state && provinceText ? locateCity(index, provinceText, null) : null
  if (placeable(provinceAsCity)) return cityFound(index, provinceAsCity, base, note)
  const typed = [cityText, provinceText].filter(Boolean).map((text) => `'${text}'`).join(" / ")
  const reason = typed
    ? `no city or province matched ${typed} in ${countryCode}`
    : "address has no city or province"
  const phrase: Phrase = typed
    ? { code: "source_no_match", params: { typed: [cityText, provinceText].filter(Boolean).join(" / "), country: countryCode } }
    : { code: "source_no_city" }
  return { ...base, point: null, source: `could not locate: ${reason}${note}`, source_phrases: withNote(phrase, note) }
}
