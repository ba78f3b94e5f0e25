import { INDONESIA_PROVINCES } from "./indonesia-provinces"
import { WORLD_COUNTRIES } from "./world-countries"

export { INDONESIA_PROVINCES, WORLD_COUNTRIES }
export type { ShapeCollection, ShapeTopology } from "./types"

/** Codes of the provinces the Indonesian shapes draw (Natural Earth predates the newest ones). */
export const DRAWN_PROVINCE_CODES: readonly string[] = INDONESIA_PROVINCES.objects.provinces.geometries.map((g) => g.id)

/** Codes of the countries the world shapes draw. */
export const DRAWN_COUNTRY_CODES: readonly string[] = WORLD_COUNTRIES.objects.countries.geometries.map((g) => g.id)
