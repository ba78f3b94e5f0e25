import type { GeoPoint } from "../routing/types"
import { countryRows } from "./country-data"
import { CITY_ALIASES } from "./id-city-aliases"
import { PROVINCE_ALIASES, PROVINCE_SPLITS } from "./id-province-aliases"
import { foldName, modernSpelling, parsePlaceName, provinceKey, type PlaceKind } from "./place-names"

export interface GazetteerState {
  isoCode: string
  name: string
  /** Its most populous place (usually the capital); null when the data has no place there. */
  point: GeoPoint | null
}

export interface GazetteerCity {
  name: string
  stateCode: string
  kind: PlaceKind
  folded: string
  /** Null for a regency the data has no place in: callers fall back to its province. */
  point: GeoPoint | null
  population: number
}

export interface CountryIndex {
  states: Map<string, GazetteerState>
  stateByKey: Map<string, GazetteerState>
  /** Cities and regencies by qualifier-free key, for the whole country and per state code. */
  cities: Map<string, GazetteerCity[]>
  citiesByState: Map<string, Map<string, GazetteerCity[]>>
  /** Nickname key -> the key the data uses ("jaksel" -> "jakartaselatan"). */
  cityAliases: Map<string, string>
  /** State code -> the states split off it, transitively (PA -> PB, PD, PS, PT, PE). */
  successors: Map<string, string[]>
}

// Parsing the rows takes a few milliseconds, so each country is indexed once per process.
const indexByCountry = new Map<string, CountryIndex>()

function toPoint(latitude: string | undefined, longitude: string | undefined): GeoPoint | null {
  if (!latitude || !longitude) return null
  const point = { latitude: Number(latitude), longitude: Number(longitude) }
  return Number.isFinite(point.latitude) && Number.isFinite(point.longitude) ? point : null
}

function pushTo<T>(map: Map<string, T[]>, key: string, value: T) {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

const codeKey = (code: string) => foldName(code).replace(/ /g, "")

function transitiveSuccessors(splits: Record<string, string[]>): Map<string, string[]> {
  const result = new Map<string, string[]>()
  const walk = (code: string, seen: Set<string>): string[] =>
    (splits[code] ?? []).flatMap((child) => (seen.has(child) ? [] : [child, ...walk(child, new Set([...seen, child]))]))
  for (const code of Object.keys(splits)) result.set(code, walk(code, new Set([code])))
  return result
}

function buildCountryIndex(countryCode: string): CountryIndex {
  const states = new Map<string, GazetteerState>()
  const stateByKey = new Map<string, GazetteerState>()
  const cities = new Map<string, GazetteerCity[]>()
  const citiesByState = new Map<string, Map<string, GazetteerCity[]>>()
  const addKey = (key: string, state: GazetteerState) => {
    if (key && !stateByKey.has(key)) stateByKey.set(key, state)
  }
  const rows = (countryRows(countryCode) ?? "").split("\n").filter(Boolean).map((line) => line.split("|"))

  const stateRows = rows.filter((row) => row[0] === "S")
  // Codes first, so a code that equals another state's name can never be shadowed by the name.
  for (const [, code, name, , latitude, longitude] of stateRows) {
    const state = { isoCode: code, name, point: toPoint(latitude, longitude) }
    states.set(code.toUpperCase(), state)
    addKey(codeKey(code), state)
    addKey(codeKey(`${countryCode}-${code}`), state)
  }
  const aliases = PROVINCE_ALIASES[countryCode] ?? {}
  for (const [, code, name, alternates] of stateRows) {
    const state = states.get(code.toUpperCase())!
    for (const other of [name, ...alternates.split(";"), ...(aliases[code] ?? [])]) {
      if (other) addKey(provinceKey(other), state)
    }
  }

  for (const [type, stateCode, name, latitude, longitude, population] of rows) {
    if (type !== "P" && type !== "R") continue
    const { key, kind } = parsePlaceName(name)
    const city: GazetteerCity = {
      name,
      stateCode,
      kind,
      folded: foldName(name),
      point: toPoint(latitude, longitude),
      population: Number(population) || 0,
    }
    if (type === "P" && !city.point) continue
    pushTo(cities, key, city)
    let perState = citiesByState.get(stateCode)
    if (!perState) citiesByState.set(stateCode, (perState = new Map()))
    pushTo(perState, key, city)
  }

  const cityAliases = new Map<string, string>()
  for (const [alias, target] of Object.entries(CITY_ALIASES[countryCode] ?? {})) {
    cityAliases.set(parsePlaceName(alias).key, parsePlaceName(target).key)
  }
  const successors = transitiveSuccessors(PROVINCE_SPLITS[countryCode] ?? {})
  return { states, stateByKey, cities, citiesByState, cityAliases, successors }
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
  const key = provinceKey(province)
  return (
    index.stateByKey.get(codeKey(province)) ??
    index.stateByKey.get(key) ??
    index.stateByKey.get(modernSpelling(key)) ??
    null
  )
}

/** The keys a typed name may be filed under: as typed, its nickname's, then in modern spelling. */
function lookupKeys(index: CountryIndex, key: string): string[] {
  const modern = modernSpelling(key)
  const keys = [key, index.cityAliases.get(key), modern, index.cityAliases.get(modern)]
  return keys.filter((candidate): candidate is string => !!candidate)
}

const KIND_ORDER: PlaceKind[] = ["plain", "kota", "kabupaten"]

/**
 * Best city for a typed name within the given states (all of the country when none): the exact
 * spelling wins, then the same qualifier the customer typed ("Kabupaten Bandung" is the regency,
 * not the city), then plain names, then "Kota", then regencies; among equals the most populous.
 */
export function findCity(index: CountryIndex, city: string, stateCodes: string[] | null): GazetteerCity | null {
  const { key, kind } = parsePlaceName(city)
  const pools = stateCodes
    ? stateCodes.map((code) => index.citiesByState.get(code)).filter((pool) => !!pool)
    : [index.cities]
  let candidates: GazetteerCity[] = []
  for (const lookupKey of lookupKeys(index, key)) {
    candidates = pools.flatMap((pool) => pool!.get(lookupKey) ?? [])
    if (candidates.length) break
  }
  if (!candidates.length) return null
  const folded = foldName(city)
  const score = (candidate: GazetteerCity) => {
    if (candidate.folded === folded) return 0
    if (kind !== "plain" && candidate.kind === kind) return 1
    return 2 + KIND_ORDER.indexOf(candidate.kind)
  }
  let best = candidates[0]
  for (const candidate of candidates.slice(1)) {
    const difference = score(candidate) - score(best)
    if (difference < 0 || (difference === 0 && candidate.population > best.population)) best = candidate
  }
  return best
}
