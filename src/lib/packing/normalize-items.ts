import type { PackItem, SizedItem } from "./types"

/** Stand-in for a missing dimension: small enough never to block a fit on its own. */
export const UNKNOWN_DIMENSION_CM = 1

const usable = (value: number | null | undefined): value is number =>
  typeof value === "number" && Number.isFinite(value) && value > 0

/**
 * Replaces unknown data so packing can proceed, and says so. A missing or non-positive dimension
 * becomes 1 cm (known dimensions are kept: a 60 cm item with no width is still 60 cm long); a
 * missing weight becomes 0 g. Each replacement is one warning, because the recommendation is then
 * only as good as the guess and the packer should check.
 */
export function normalizeItems(items: PackItem[]): { items: SizedItem[]; warnings: string[] } {
  const warnings: string[] = []
  const sized = items.map((item) => {
    const missing = (["length_cm", "width_cm", "height_cm"] as const).filter((field) => !usable(item[field]))
    if (missing.length) {
      warnings.push(`item ${item.id}: unknown ${missing.join(", ")}; assumed ${UNKNOWN_DIMENSION_CM} cm`)
    }
    const weightKnown = typeof item.weight_g === "number" && Number.isFinite(item.weight_g) && item.weight_g >= 0
    if (!weightKnown) warnings.push(`item ${item.id}: unknown weight; assumed 0 g`)
    return {
      id: item.id,
      weight_g: weightKnown ? (item.weight_g as number) : 0,
      length_cm: usable(item.length_cm) ? item.length_cm : UNKNOWN_DIMENSION_CM,
      width_cm: usable(item.width_cm) ? item.width_cm : UNKNOWN_DIMENSION_CM,
      height_cm: usable(item.height_cm) ? item.height_cm : UNKNOWN_DIMENSION_CM,
    }
  })
  return { items: sized, warnings }
}

/**
 * One `PackItem` per unit for callers holding order lines with quantities. Unit ids are always
 * `${id}#1..n` (even for one unit) so mapping a parcel back to lines is a single split on "#".
 */
export function unitsFromLines(lines: Array<PackItem & { quantity: number }>): PackItem[] {
  return lines.flatMap(({ quantity, ...item }) => {
    if (!Number.isInteger(quantity) || quantity < 0) throw new Error(`item ${item.id}: quantity must be a whole number >= 0`)
    return Array.from({ length: quantity }, (_, index) => ({ ...item, id: `${item.id}#${index + 1}` }))
  })
}
