import type { Carton } from "./types"

const isPositive = (value: unknown): value is number => typeof value === "number" && Number.isFinite(value) && value > 0
const isNonNegative = (value: unknown): value is number => typeof value === "number" && Number.isFinite(value) && value >= 0

/**
 * Human-readable problems with a catalogue entry; empty when the carton is usable. Admin forms show
 * these, and the recommendation skips (and warns about) cartons that have any.
 */
export function validateCarton(carton: Carton): string[] {
  const problems: string[] = []
  const label = carton.name ? `${carton.name} (${carton.id})` : carton.id
  if (!carton.id) problems.push("carton has no id")
  for (const field of ["inner_length_cm", "inner_width_cm", "inner_height_cm"] as const) {
    if (!isPositive(carton[field])) problems.push(`${label}: ${field} must be a positive number, got ${carton[field]}`)
  }
  if (!isNonNegative(carton.tare_weight_g)) {
    problems.push(`${label}: tare_weight_g must be >= 0, got ${carton.tare_weight_g}`)
  }
  if (!isPositive(carton.max_weight_g)) {
    problems.push(`${label}: max_weight_g must be a positive number, got ${carton.max_weight_g}`)
  } else if (isNonNegative(carton.tare_weight_g) && carton.max_weight_g <= carton.tare_weight_g) {
    problems.push(
      `${label}: max_weight_g (${carton.max_weight_g} g) must exceed the tare (${carton.tare_weight_g} g), ` +
        `otherwise nothing can go in it`
    )
  }
  if (!isNonNegative(carton.cost)) problems.push(`${label}: cost must be >= 0, got ${carton.cost}`)
  return problems
}
