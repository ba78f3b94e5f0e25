import { billableWeightG, DEFAULT_VOLUMETRIC_DIVISOR, volumetricWeightG } from "./billable-weight"
import { runSteps, type Steps } from "../cooperative"
import { fitsInCartonSteps } from "./carton-fit"
import { cartonDims, volumeOf } from "./geometry"
import type { Carton, Parcel, PackItem, Placement, SizedItem } from "./types"

/**
 * The parcel's figures. Volumetric weight uses the carton's INNER dimensions because that is what
 * the catalogue holds; carriers measure the outside, so real volumetric weight is a little higher
 * (walls are a few mm) — the same for every option, so it does not change which carton wins.
 */
export function buildParcel(items: SizedItem[], carton: Carton, placements: Placement[], divisor: number): Parcel {
  const volume = volumeOf(cartonDims(carton))
  const actual = items.reduce((sum, item) => sum + item.weight_g, 0) + carton.tare_weight_g
  return {
    carton_id: carton.id,
    items: items.map((item) => item.id),
    actual_weight_g: actual,
    volumetric_weight_g: Math.ceil(volumetricWeightG(volume, divisor) - 1e-6),
    billable_weight_g: billableWeightG(actual, volume, divisor),
    cost: carton.cost,
    placements,
  }
}

/**
 * A packer's override: the parcel this carton would make, or why it cannot hold the items. Uses
 * the same fit check as the recommendation, so "does not fit" may be a heuristic miss; the UI can
 * let the packer confirm anyway.
 */
export function evaluateCarton(
  items: SizedItem[],
  carton: Carton,
  { divisor = DEFAULT_VOLUMETRIC_DIVISOR }: { divisor?: number } = {}
): CartonEvaluation {
  return runSteps(evaluateCartonSteps(items, carton, divisor))
}

type CartonEvaluation = { fits: true; parcel: Parcel } | { fits: false; reason: string }

export function* evaluateCartonSteps(items: SizedItem[], carton: Carton, divisor: number): Steps<CartonEvaluation> {
  const fit = yield* fitsInCartonSteps(items as PackItem[], carton)
  if (!fit.fits) return fit
  return { fits: true, parcel: buildParcel(items, carton, fit.placements, divisor) }
}

/** Lower billable weight, then cheaper carton, then smaller carton, then id (so ties are deterministic). */
export function compareParcels(a: { parcel: Parcel; carton: Carton }, b: { parcel: Parcel; carton: Carton }): number {
  return (
    a.parcel.billable_weight_g - b.parcel.billable_weight_g ||
    a.parcel.cost - b.parcel.cost ||
    volumeOf(cartonDims(a.carton)) - volumeOf(cartonDims(b.carton)) ||
    (a.carton.id < b.carton.id ? -1 : a.carton.id > b.carton.id ? 1 : 0)
  )
}

/** The best single carton for these items among `cartons`, or null when none holds them all. */
export function* bestSingleCarton(items: SizedItem[], cartons: Carton[], divisor: number): Steps<{ parcel: Parcel; carton: Carton } | null> {
  let best: { parcel: Parcel; carton: Carton } | null = null
  for (const carton of cartons) {
    const result = yield* evaluateCartonSteps(items, carton, divisor)
    if (!result.fits) continue
    const option = { parcel: result.parcel, carton }
    if (!best || compareParcels(option, best) < 0) best = option
  }
  return best
}
