import { haversineKm, isValidGeoPoint } from "../geo/haversine"
import { say, type Said } from "./phrases"
import type { CenterCandidate, RoutingInput } from "./types"

export interface AssessedCenter {
  /** Position in input.centers; the supply model uses the same index. */
  index: number
  center: CenterCandidate
  distanceKm: number | null
  ineligibleReason: string | null
  /** The same reason as phrases for the admin (null when eligible). */
  ineligiblePhrases: Said["phrases"] | null
}

/** Province code or name for comparison: lower case, without the country prefix. */
export const normalizeCode = (value: string, countryCode: string | null) => {
  const code = value.trim().toLowerCase()
  // "ID-JK" and "JK" name the same province; the gazetteer reports the short form.
  return countryCode && code.startsWith(`${countryCode}-`) ? code.slice(countryCode.length + 1) : code
}

function serviceAreaProblem(center: CenterCandidate, input: RoutingInput): Said | null {
  const country = input.destination?.country_code?.trim().toLowerCase() || null
  const province = input.destination?.province?.trim() || null
  const countries = (center.serves_countries ?? []).map((c) => c.trim().toLowerCase()).filter(Boolean)
  const provinces = (center.serves_provinces ?? []).map((p) => normalizeCode(p, country)).filter(Boolean)
  if (countries.length) {
    if (!country) return say("cannot confirm the address is in its service area (no country on the address)", "area_no_country")
    if (!countries.includes(country)) {
      return say(`outside its service area (does not ship to ${country.toUpperCase()})`, "area_country", { country: country.toUpperCase() })
    }
  }
  if (provinces.length) {
    if (!province) return say("cannot confirm the address is in its service area (province unknown)", "area_no_province")
    if (!provinces.includes(normalizeCode(province, country))) {
      return say(`outside its service area (does not serve province ${province})`, "area_province", { province })
    }
  }
  return null
}

function ineligibleReason(center: CenterCandidate, input: RoutingInput): Said | null {
  if (!center.active) return say("inactive", "inactive")
  if (center.capacity_remaining !== null && center.capacity_remaining <= 0) {
    return say("at daily capacity (0 orders left today)", "at_capacity")
  }
  const areaProblem = serviceAreaProblem(center, input)
  if (areaProblem) return areaProblem
  if (input.forced_location_id && input.forced_location_id !== center.stock_location_id) {
    return say("re-route target is another centre", "forced_elsewhere")
  }
  return null
}

export function assessCenters(input: RoutingInput): AssessedCenter[] {
  const destination = isValidGeoPoint(input.destination?.point) ? input.destination.point : null
  return input.centers.map((center, index) => {
    const reason = ineligibleReason(center, input)
    return {
      index,
      center,
      distanceKm:
        destination && isValidGeoPoint(center.point) ? haversineKm(center.point, destination) : null,
      ineligibleReason: reason?.text ?? null,
      ineligiblePhrases: reason?.phrases ?? null,
    }
  })
}
