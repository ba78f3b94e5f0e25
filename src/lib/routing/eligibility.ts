import { haversineKm, isValidGeoPoint } from "../geo/haversine"
import type { CenterCandidate, RoutingInput } from "./types"

export interface AssessedCenter {
  /** Position in input.centers; the supply model uses the same index. */
  index: number
  center: CenterCandidate
  distanceKm: number | null
  ineligibleReason: string | null
}

/** Province code or name for comparison: lower case, without the country prefix. */
export const normalizeCode = (value: string, countryCode: string | null) => {
  const code = value.trim().toLowerCase()
  // "ID-JK" and "JK" name the same province; the gazetteer reports the short form.
  return countryCode && code.startsWith(`${countryCode}-`) ? code.slice(countryCode.length + 1) : code
}

function serviceAreaProblem(center: CenterCandidate, input: RoutingInput): string | null {
  const country = input.destination?.country_code?.trim().toLowerCase() || null
  const province = input.destination?.province?.trim() || null
  const countries = (center.serves_countries ?? []).map((c) => c.trim().toLowerCase()).filter(Boolean)
  const provinces = (center.serves_provinces ?? []).map((p) => normalizeCode(p, country)).filter(Boolean)
  if (countries.length) {
    if (!country) return "cannot confirm the address is in its service area (no country on the address)"
    if (!countries.includes(country)) {
      return `outside its service area (does not ship to ${country.toUpperCase()})`
    }
  }
  if (provinces.length) {
    if (!province) return "cannot confirm the address is in its service area (province unknown)"
    if (!provinces.includes(normalizeCode(province, country))) {
      return `outside its service area (does not serve province ${province})`
    }
  }
  return null
}

function ineligibleReason(center: CenterCandidate, input: RoutingInput): string | null {
  if (!center.active) return "inactive"
  if (center.capacity_remaining !== null && center.capacity_remaining <= 0) {
    return "at daily capacity (0 orders left today)"
  }
  const areaProblem = serviceAreaProblem(center, input)
  if (areaProblem) return areaProblem
  if (input.forced_location_id && input.forced_location_id !== center.stock_location_id) {
    return "re-route target is another centre"
  }
  return null
}

export function assessCenters(input: RoutingInput): AssessedCenter[] {
  const destination = isValidGeoPoint(input.destination?.point) ? input.destination.point : null
  return input.centers.map((center, index) => ({
    index,
    center,
    distanceKm:
      destination && isValidGeoPoint(center.point) ? haversineKm(center.point, destination) : null,
    ineligibleReason: ineligibleReason(center, input),
  }))
}
