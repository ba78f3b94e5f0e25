/** How a place name was qualified: Indonesian cities come as "Kota X" (city) or "Kabupaten X" (regency). */
export type PlaceKind = "plain" | "kota" | "kabupaten"

// One pattern each, longest qualifier first: this runs for every row when a country is indexed.
const PREFIX =
  /^(kota administrasi|kota adm|kotamadya|kodya|kota|kabupaten administrasi|kab adm|kabupaten|kab|regency of|city of) /
const SUFFIX = / (city|regency)$/
const kindOf = (qualifier: string): PlaceKind =>
  qualifier.startsWith("kab") || qualifier.startsWith("regency") ? "kabupaten" : "kota"

/** Lower case, no accents, punctuation and dashes as spaces, single spaces. */
export function foldName(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[.,'’()\-–_/]/g, " ")
    .replace(/\s+/g, " ")
    .trim()
}

// "North Jakarta" is "Jakarta Utara"; GeoNames and English-speaking customers use the former.
const DIRECTIONS: Record<string, string> = {
  north: "utara",
  south: "selatan",
  east: "timur",
  west: "barat",
  central: "tengah",
  southeast: "tenggara",
  southwest: "barat daya",
  northeast: "timur laut",
  northwest: "barat laut",
}
const ENGLISH_DIRECTION = /^(north|south|east|west|central|southeast|southwest|northeast|northwest) (.+)$/

function indonesianWordOrder(folded: string): string {
  let key = folded.replace(/^(tj|tg) /, "tanjung ").replace(/^kep /, "kepulauan ")
  const direction = ENGLISH_DIRECTION.exec(key)
  if (direction) key = `${direction[2]} ${DIRECTIONS[direction[1]]}`
  const islands = /^(.+) islands$/.exec(key)
  if (islands) key = `kepulauan ${islands[1]}`
  return key
}

/** Spaces dropped: "Pangkal Pinang" and "Pangkalpinang", "Bau-Bau" and "Baubau" are one place. */
const compact = (key: string) => key.replace(/ /g, "")

/** Folded name with the city/regency qualifier removed, plus which qualifier it had. */
export function parsePlaceName(name: string): { key: string; kind: PlaceKind } {
  let key = foldName(name)
  let kind: PlaceKind = "plain"
  const prefix = PREFIX.exec(key)
  if (prefix) {
    key = key.slice(prefix[0].length)
    kind = kindOf(prefix[1])
  }
  const suffix = SUFFIX.exec(key)
  if (suffix) {
    key = key.slice(0, suffix.index)
    if (kind === "plain") kind = kindOf(suffix[1])
  }
  return { key: compact(indonesianWordOrder(key)), kind }
}

/**
 * The pre-1972 spelling ("Djokjakarta", "Soerabaja", "Tjirebon") in today's letters. Only tried
 * when the name as typed matched nothing, so a modern name is never rewritten.
 */
export function modernSpelling(key: string): string {
  return key.replace(/dj/g, "j").replace(/tj/g, "c").replace(/oe/g, "u").replace(/ch/g, "kh")
}

const PROVINCE_NOISE = [/^provinsi /, /^propinsi /, /^prov /, /^province of /, / province$/]

/** Province lookup key: folded, without "Provinsi"/"Province", spaces dropped, one Sumatra spelling. */
export function provinceKey(name: string): string {
  let key = foldName(name)
  for (const pattern of PROVINCE_NOISE) key = key.replace(pattern, "")
  return compact(indonesianWordOrder(key)).replace(/sumatra/g, "sumatera")
}
