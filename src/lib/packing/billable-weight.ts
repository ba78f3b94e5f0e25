/** Most couriers (and IATA) use 6000 cm³/kg; some domestic services use 5000 or 4000. */
export const DEFAULT_VOLUMETRIC_DIVISOR = 6000

/**
 * Absorbs floating-point noise (e.g. 0.1 * 3 = 0.30000000000000004) so a parcel that is exactly
 * 1,000 g is not billed 1,001 g; far below one gram, so it never hides real weight.
 */
const ROUNDING_SLACK_G = 1e-6

/** Volumetric weight in grams: cm³ / (cm³ per kg) × 1000. Not rounded. */
export function volumetricWeightG(volumeCm3: number, divisor: number = DEFAULT_VOLUMETRIC_DIVISOR): number {
  assertDivisor(divisor)
  return (volumeCm3 * 1000) / divisor
}

/**
 * Billable weight = max(actual weight, volumetric weight), in grams, rounded UP to the next whole
 * gram: carriers never round a chargeable weight down, and rounding up keeps our figure an upper
 * bound of what we will be charged. (Carriers then round to their own steps, e.g. 0.5 kg; that is
 * the label service's business, not the carton choice's.)
 */
export function billableWeightG(actualG: number, volumeCm3: number, divisor: number = DEFAULT_VOLUMETRIC_DIVISOR): number {
  if (!Number.isFinite(actualG) || actualG < 0) throw new Error(`actual weight must be >= 0 g, got ${actualG}`)
  if (!Number.isFinite(volumeCm3) || volumeCm3 < 0) throw new Error(`volume must be >= 0 cm³, got ${volumeCm3}`)
  const heavier = Math.max(actualG, volumetricWeightG(volumeCm3, divisor))
  return Math.ceil(heavier - ROUNDING_SLACK_G)
}

function assertDivisor(divisor: number) {
  if (!Number.isFinite(divisor) || divisor <= 0) throw new Error(`volumetric divisor must be > 0 cm³/kg, got ${divisor}`)
}
