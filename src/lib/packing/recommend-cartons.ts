import { DEFAULT_VOLUMETRIC_DIVISOR } from "./billable-weight"
import { dimsLabel, fitsInCartonSteps } from "./carton-fit"
import { cartonDims, fitsSomeRotation, itemDims, volumeOf } from "./geometry"
import { normalizeItems } from "./normalize-items"
import { runSteps, type Steps } from "../cooperative"
import { compareParcels, evaluateCarton, evaluateCartonSteps } from "./parcel"
import { splitIntoParcels } from "./split-parcels"
import type {
  Carton,
  CartonAlternative,
  CartonRecommendation,
  PackItem,
  Parcel,
  RecommendOptions,
  SizedItem,
  UnpackableItem,
} from "./types"
import { validateCarton } from "./validate-carton"

const ALTERNATIVES_SHOWN = 3

/**
 * Recommends how to box a picked order: the single carton with the lowest billable weight (ties:
 * cheaper, then smaller), or, when no carton holds everything, a split into parcels (see
 * `splitIntoParcels`). Items that fit no carton even alone are returned in `unpackable` with the
 * reason, and the rest is still packed. Pure and deterministic; the packer may override the choice
 * (`evaluateCarton` prices any carton they pick).
 */
export function recommendCartons(rawItems: PackItem[], catalogue: Carton[], options: RecommendOptions = {}): CartonRecommendation {
  return runSteps(recommendCartonsSteps(rawItems, catalogue, options))
}

/**
 * `recommendCartons` as pausable steps: run it with `runStepsInSlices` (src/lib/cooperative) where
 * a large order must not hold the thread (the search grows faster than linearly with the units).
 */
export function* recommendCartonsSteps(rawItems: PackItem[], catalogue: Carton[], options: RecommendOptions = {}): Steps<CartonRecommendation> {
  const divisor = options.divisor ?? DEFAULT_VOLUMETRIC_DIVISOR
  if (!Number.isFinite(divisor) || divisor <= 0) throw new Error(`volumetric divisor must be > 0 cm³/kg, got ${divisor}`)
  const { items, warnings } = normalizeItems(rawItems)
  const cartons = usableCartons(catalogue, warnings)
  if (!items.length) return result("none", [], [], warnings.concat("nothing to pack"), [])
  if (!cartons.length) {
    const unpackable = items.map((item) => ({ item_id: item.id, reason: "the carton catalogue has no usable carton" }))
    return result("none", [], unpackable, warnings, [])
  }

  const unpackable: UnpackableItem[] = []
  const packable: SizedItem[] = []
  for (const item of items) {
    const reason = yield* whyNoCartonHolds(item, cartons)
    if (reason) unpackable.push({ item_id: item.id, reason })
    else packable.push(item)
  }
  if (unpackable.length) warnings.push(`${unpackable.length} item(s) fit no carton and must be shipped another way`)
  if (!packable.length) return result("none", [], unpackable, warnings, [])

  const evaluated: { carton: Carton; result: ReturnType<typeof evaluateCarton> }[] = []
  for (const carton of cartons) evaluated.push({ carton, result: yield* evaluateCartonSteps(packable, carton, divisor) })
  const fitting = evaluated
    .flatMap(({ carton, result }) => (result.fits ? [{ carton, parcel: result.parcel }] : []))
    .sort(compareParcels)
  const notFitting = evaluated
    .flatMap(({ carton, result }) => (result.fits ? [] : [{ carton, reason: result.reason }]))
    // Largest first: the cartons that came closest are the most useful "why not" to show.
    .sort((a, b) => volumeOf(cartonDims(b.carton)) - volumeOf(cartonDims(a.carton)))
  const alternativesExcept = (chosenId: string | null): CartonAlternative[] =>
    [
      ...fitting
        .filter(({ carton }) => carton.id !== chosenId)
        .map(({ carton, parcel }) => ({ carton_id: carton.id, fits: true, billable_weight_g: parcel.billable_weight_g, cost: parcel.cost })),
      ...notFitting.map(({ carton, reason }) => ({ carton_id: carton.id, fits: false, reason })),
    ].slice(0, ALTERNATIVES_SHOWN)

  if (fitting.length) {
    const chosen = fitting[0]
    return result("single", [chosen.parcel], unpackable, warnings, alternativesExcept(chosen.carton.id))
  }
  const parcels = yield* splitIntoParcels(packable, cartons, divisor)
  warnings.push(`no single carton holds all ${packable.length} items; split into ${parcels.length} parcels`)
  return result("split", parcels, unpackable, warnings, alternativesExcept(null))
}

/** Drops invalid or duplicate catalogue entries, saying why, rather than failing the whole pack. */
function usableCartons(catalogue: Carton[], warnings: string[]): Carton[] {
  const seen = new Set<string>()
  return catalogue.filter((carton) => {
    const problems = validateCarton(carton)
    if (problems.length) {
      warnings.push(`carton ${carton.id} skipped: ${problems.join("; ")}`)
      return false
    }
    if (seen.has(carton.id)) {
      warnings.push(`carton ${carton.id} skipped: duplicate id in the catalogue`)
      return false
    }
    seen.add(carton.id)
    return true
  })
}

/** Null when some carton holds the item alone; otherwise the most useful explanation. */
function* whyNoCartonHolds(item: SizedItem, cartons: Carton[]): Steps<string | null> {
  for (const carton of cartons) if ((yield* fitsInCartonSteps([item], carton)).fits) return null
  const label = `${dimsLabel(itemDims(item))} cm, ${item.weight_g} g`
  const bigEnough = cartons.filter((carton) => fitsSomeRotation(itemDims(item), cartonDims(carton)))
  if (bigEnough.length) {
    const strongest = Math.max(...bigEnough.map((carton) => carton.max_weight_g - carton.tare_weight_g))
    return `too heavy (${label}): the cartons it fits in take at most ${strongest} g of contents`
  }
  const largest = [...cartons].sort((a, b) => volumeOf(cartonDims(b)) - volumeOf(cartonDims(a)))[0]
  return `too large (${label}): fits no carton in any orientation (largest is ${largest.id}, ${dimsLabel(cartonDims(largest))} cm)`
}

function result(
  mode: CartonRecommendation["mode"],
  parcels: Parcel[],
  unpackable: UnpackableItem[],
  warnings: string[],
  alternatives: CartonAlternative[]
): CartonRecommendation {
  return {
    mode,
    parcels,
    unpackable,
    total_billable_weight_g: parcels.reduce((sum, p) => sum + p.billable_weight_g, 0),
    total_cost: parcels.reduce((sum, p) => sum + p.cost, 0),
    warnings,
    alternatives,
  }
}
