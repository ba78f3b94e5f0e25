import { DRAWN_PROVINCE_CODES } from "./shapes"
import { INDONESIAN_PROVINCE_SPLITS } from "./id-province-aliases"

/**
 * The province whose shape draws `code` on the map: itself when the shapes have it, otherwise the
 * province it was split off (North Kalimantan → East Kalimantan, South Papua → Papua), repeated
 * until one is drawn. Null for a code neither it nor any parent of which is drawn.
 * `splits` maps a parent to the provinces split off it (PROVINCE_SPLITS["ID"]).
 */
export function drawnProvinceOf(code: string, drawn: ReadonlySet<string>, splits: Record<string, string[]>): string | null {
  const parentOf = new Map<string, string>()
  for (const [parent, children] of Object.entries(splits)) for (const child of children) parentOf.set(child, parent)
  const seen = new Set<string>()
  for (let current: string | undefined = code; current && !seen.has(current); current = parentOf.get(current)) {
    if (drawn.has(current)) return current
    seen.add(current)
  }
  return null
}

const DRAWN_INDONESIAN = new Set(DRAWN_PROVINCE_CODES)

/** drawnProvinceOf for Indonesia's shapes. */
export const drawnIndonesianProvince = (code: string) => drawnProvinceOf(code, DRAWN_INDONESIAN, INDONESIAN_PROVINCE_SPLITS)
