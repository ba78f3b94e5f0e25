import { isValidZoneCode } from "./bin-code"
import type { WarehouseLayout } from "./types"

export const LAYOUT_LIMITS = {
  max_aisles: 200,
  max_bays_per_aisle: 999,
  max_levels: 99,
  max_cross_aisles: 51,
  max_length_m: 100,
  /**
   * Bins one centre's layout may generate (README, "Limits"): 40 aisles × 50 bays × 5 levels × 2
   * sides. Every bin is a row that saving, waves and the warehouse page read; beyond this the
   * layout is almost surely a typo.
   */
  max_bins: 20_000,
} as const

const isWhole = (value: unknown, min: number, max: number) =>
  typeof value === "number" && Number.isInteger(value) && value >= min && value <= max

const isLength = (value: unknown) =>
  typeof value === "number" && Number.isFinite(value) && value > 0 && value <= LAYOUT_LIMITS.max_length_m

/** Human-readable problems with a layout; an empty list means the layout is usable. */
export function validateLayout(layout: WarehouseLayout): string[] {
  if (!layout || typeof layout !== "object") return ["layout must be an object"]
  const problems: string[] = []
  const { aisles, bays_per_aisle, levels } = layout
  if (!isWhole(aisles, 1, LAYOUT_LIMITS.max_aisles)) {
    problems.push(`aisles must be a whole number from 1 to ${LAYOUT_LIMITS.max_aisles}`)
  }
  if (!isWhole(bays_per_aisle, 1, LAYOUT_LIMITS.max_bays_per_aisle)) {
    problems.push(`bays_per_aisle must be a whole number from 1 to ${LAYOUT_LIMITS.max_bays_per_aisle}`)
  }
  if (!isWhole(levels, 1, LAYOUT_LIMITS.max_levels)) {
    problems.push(`levels must be a whole number from 1 to ${LAYOUT_LIMITS.max_levels}`)
  }
  for (const field of ["bay_width_m", "aisle_width_m", "cross_aisle_width_m"] as const) {
    if (!isLength(layout[field])) {
      problems.push(`${field} must be a number of metres above 0 and at most ${LAYOUT_LIMITS.max_length_m}`)
    }
  }
  const maxCrossAisles = isWhole(bays_per_aisle, 1, LAYOUT_LIMITS.max_bays_per_aisle)
    ? Math.min(LAYOUT_LIMITS.max_cross_aisles, bays_per_aisle + 1)
    : LAYOUT_LIMITS.max_cross_aisles
  if (!isWhole(layout.cross_aisles, 2, maxCrossAisles)) {
    problems.push(
      `cross_aisles must be a whole number from 2 (front + back) to ${maxCrossAisles} ` +
        `(every block between two cross aisles needs at least one bay)`
    )
  }
  const depot = layout.depot
  if (!depot || typeof depot !== "object") {
    problems.push("depot must be { aisle_index, position: \"front\" }")
  } else {
    if (depot.position !== "front") problems.push('depot.position must be "front"')
    const aislesKnown = isWhole(aisles, 1, LAYOUT_LIMITS.max_aisles)
    if (!isWhole(depot.aisle_index, 1, aislesKnown ? aisles : LAYOUT_LIMITS.max_aisles)) {
      problems.push(`depot.aisle_index must be an aisle number from 1 to ${aislesKnown ? aisles : "aisles"}`)
    }
  }
  if (problems.length === 0 && aisles * bays_per_aisle * levels * 2 > LAYOUT_LIMITS.max_bins) {
    problems.push(`layout has ${aisles * bays_per_aisle * levels * 2} bins; at most ${LAYOUT_LIMITS.max_bins} are supported`)
  }
  problems.push(...zoneProblems(layout))
  return problems
}

function zoneProblems(layout: WarehouseLayout): string[] {
  if (layout.zones === undefined) return []
  if (!Array.isArray(layout.zones)) return ["zones must be a list"]
  const problems: string[] = []
  const seen = new Set<string>()
  const ranges: { code: string; from: number; to: number }[] = []
  for (const zone of layout.zones) {
    const code = zone?.code
    if (!isValidZoneCode(code)) {
      problems.push(`zone code "${code}" must be 1-4 upper-case letters/digits starting with a letter`)
      continue
    }
    if (seen.has(code)) problems.push(`zone ${code} is defined twice`)
    seen.add(code)
    const { from_aisle: from, to_aisle: to } = zone
    if (!isWhole(layout.aisles, 1, LAYOUT_LIMITS.max_aisles)) continue // ranges cannot be checked yet
    if (!isWhole(from, 1, layout.aisles) || !isWhole(to, 1, layout.aisles) || from > to) {
      problems.push(`zone ${code} must cover aisles from_aisle..to_aisle with 1 <= from_aisle <= to_aisle <= ${layout.aisles}`)
      continue
    }
    const overlap = ranges.find((r) => from <= r.to && r.from <= to)
    if (overlap) problems.push(`zone ${code} (aisles ${from}-${to}) overlaps zone ${overlap.code} (aisles ${overlap.from}-${overlap.to})`)
    ranges.push({ code, from, to })
  }
  return problems
}

/** Throws one Error listing every problem; for callers that got the layout from trusted config. */
export function assertValidLayout(layout: WarehouseLayout): void {
  const problems = validateLayout(layout)
  if (problems.length) throw new Error(`invalid warehouse layout: ${problems.join("; ")}`)
}
