/** How a place name was qualified: Indonesian cities come as "Kota X" (city) or "Kabupaten X" (regency). */
export type PlaceKind = "plain" | "kota" | "kabupaten"

const PREFIXES: Array<[RegExp, PlaceKind]> = [
  [/^kota administrasi /, "kota"],
  [/^kota adm /, "kota"],
  [/^kota /, "kota"],
  [/^kabupaten administrasi /, "kabupaten"],
  [/^kabupaten /, "kabupaten"],
  [/^kab /, "kabupaten"],
  [/^regency of /, "kabupaten"],
  [/^city of /, "kota"],
]

const SUFFIXES: Array<[RegExp, PlaceKind]> = [
  [/ city$/, "kota"],
  [/ regency$/, "kabupaten"],
]

/** Lower case, no accents, punctuation as spaces, single spaces. */
export function foldName(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[.,'’()]/g, " ")
    .replace(/\s+/g, " ")
    .trim()
}

/** Folded name with the city/regency qualifier removed, plus which qualifier it had. */
export function parsePlaceName(name: string): { key: string; kind: PlaceKind } {
  let key = foldName(name)
  let kind: PlaceKind = "plain"
  for (const [pattern, prefixKind] of PREFIXES) {
    if (pattern.test(key)) {
      key = key.replace(pattern, "")
      kind = prefixKind
      break
    }
  }
  for (const [pattern, suffixKind] of SUFFIXES) {
    if (pattern.test(key)) {
      key = key.replace(pattern, "")
      if (kind === "plain") kind = suffixKind
      break
    }
  }
  return { key, kind }
}

const PROVINCE_NOISE = [/^provinsi /, /^prov /, /^province of /, / province$/]

/** Folded province name without "Provinsi"/"Province" wrappers. */
export function foldProvinceName(name: string): string {
  let key = foldName(name)
  for (const pattern of PROVINCE_NOISE) key = key.replace(pattern, "")
  return key
}
