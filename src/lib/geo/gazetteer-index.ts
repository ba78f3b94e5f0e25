import { City, State } from "country-state-city"
import type { GeoPoint } from "../routing/types"
import { PROVINCE_ALIASES } from "./id-province-aliases"
import { foldName, foldProvinceName, parsePlaceName, type PlaceKind } from "./place-names"

export interface GazetteerState {
  isoCode: string
  name: string
  point: GeoPoint | null
}

export interface GazetteerCity {
  name: string
  stateCode: string
  kind: PlaceKind
  folded: string
  point: GeoPoint
}

export interface CountryIndex {
  states: Map<string, GazetteerState>
  stateByKey: Map<string, GazetteerState>
  /** Cities by qualifier-free folded name, for the whole country and per state code. */
  cities: Map<string, GazetteerCity[]>
  citiesByState: Map<string, Map<string, GazetteerCity[]>>
}

// The package filters ~150k cities on every call, so each country is indexed once per process.
const indexByCountry = new Map<string, CountryIndex>()

function toPoint(latitude?: string | null, longitude?: string | null): GeoPoint | null {
  if (latitude == null || longitude == null) return null
  const point = { latitude: Number(latitude), longitude: Number(longitude) }
  return Number.isFinite(point.latitude) && Number.isFinite(point.longitude) ? point : null
}

function pushTo<T>(map: Map<string, T[]>, key: string, value: T) {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

function buildCountryIndex(countryCode: string): CountryIndex {
  const states = new Map<string, GazetteerState>()
  const stateByKey = new Map<string, GazetteerState>()
  const aliases = PROVINCE_ALIASES[countryCode] ?? {}
  const addKey = (key: string, state: GazetteerState) => {
    if (key && !stateByKey.has(key)) stateByKey.set(key, state)
  }
  const stateRows = State.getStatesOfCountry(countryCode)
  // Codes first, so a code that equals another state's name can never be shadowed by the name.
  for (const row of stateRows) {
    const state = { isoCode: row.isoCode, name: row.name, point: toPoint(row.latitude, row.longitude) }
    states.set(row.isoCode.toUpperCase(), state)
    addKey(foldName(row.isoCode), state)
    addKey(foldName(`${countryCode}-${row.isoCode}`), state)
  }
  for (const row of stateRows) {
    const state = states.get(row.isoCode.toUpperCase())!
    const name = foldProvinceName(row.name)
    addKey(name, state)
    // "DKI Jakarta" / "DI Yogyakarta": people usually drop the special-region prefix.
    addKey(name.replace(/^(dki|di) /, ""), state)
    for (const alias of aliases[row.isoCode] ?? []) addKey(foldProvinceName(alias), state)
  }

  const cities = new Map<string, GazetteerCity[]>()
  const citiesByState = new Map<string, Map<string, GazetteerCity[]>>()
  for (const row of City.getCitiesOfCountry(countryCode) ?? []) {
    const point = toPoint(row.latitude, row.longitude)
    if (!point) continue
    const { key, kind } = parsePlaceName(row.name)
    const city: GazetteerCity = {
      name: row.name,
      stateCode: row.stateCode,
      kind,
      folded: foldName(row.name),
      point,
    }
    pushTo(cities, key, city)
    let perState = citiesByState.get(row.stateCode)
    if (!perState) citiesByState.set(row.stateCode, (perState = new Map()))
    pushTo(perState, key, city)
  }
  return { states, stateByKey, cities, citiesByState }
}

export function getCountryIndex(countryCode: string): CountryIndex {
  let index = indexByCountry.get(countryCode)
  if (!index) {
    index = buildCountryIndex(countryCode)
    indexByCountry.set(countryCode, index)
  }
  return index
}

export function findState(index: CountryIndex, province: string): GazetteerState | null {
  return index.stateByKey.get(foldName(province)) ?? index.stateByKey.get(foldProvinceName(province)) ?? null
}

/**
 * Best city for a typed name: the exact spelling wins, then the same qualifier the customer typed
 * ("Kabupaten Bandung" is the regency, not the city), then plain names, then "Kota", then regencies.
 */
export function findCity(
  index: CountryIndex,
  city: string,
  stateCode: string | null
): GazetteerCity | null {
  const { key, kind } = parsePlaceName(city)
  const pool = stateCode ? index.citiesByState.get(stateCode) : index.cities
  const candidates = pool?.get(key)
  if (!candidates?.length) return null
  const folded = foldName(city)
  const kindOrder: PlaceKind[] = ["plain", "kota", "kabupaten"]
  const score = (candidate: GazetteerCity) => {
    if (candidate.folded === folded) return 0
    if (kind !== "plain" && candidate.kind === kind) return 1
    return 2 + kindOrder.indexOf(candidate.kind)
  }
  let best = candidates[0]
  for (const candidate of candidates) if (score(candidate) < score(best)) best = candidate
  return best
}
