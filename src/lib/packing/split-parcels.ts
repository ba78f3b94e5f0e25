import { volumetricWeightG } from "./billable-weight"
import { MERITS } from "./carton-fit"
import { CARTON_VIEWS, fromView, viewOf } from "./carton-views"
import type { Steps } from "../cooperative"
import { packAsManyAsFitSteps } from "./extreme-points"
import { cartonDims, EPSILON_CM, itemDims, placementProblems, volumeOf } from "./geometry"
import { bestSingleCarton, buildParcel, compareParcels } from "./parcel"
import type { Carton, Parcel, Placement, SizedItem } from "./types"

/**
 * Splits items that fit no single carton into several parcels. Finding the split with the lowest
 * total billable weight is a bin-packing problem, so two greedy plans are built and the cheaper one
 * (total billable weight, then fewer parcels, then carton cost) is returned:
 *
 *  - "fewest parcels": first-fit decreasing into the largest carton, parcel after parcel (few
 *    parcels means tare and empty space are paid for few times);
 *  - "best filled": each parcel uses whichever carton, filled first-fit decreasing, carries the
 *    most chargeable content per billable gram (wins when a big carton would be mostly air).
 *
 * Both then re-box every parcel in the carton with the lowest billable weight that holds its
 * contents (the last parcel of a first-fit plan is often half empty). Every item passed in must fit
 * some carton on its own (the caller moves the others to `unpackable`).
 */
export function* splitIntoParcels(items: SizedItem[], cartons: Carton[], divisor: number): Steps<Parcel[]> {
  const ordered = [...items].sort(largestFirst)
  const largest = [...cartons].sort((a, b) => cartonVolume(b) - cartonVolume(a) || a.cost - b.cost)
  const plans = [
    yield* rebox(yield* planParcels(ordered, (remaining) => fillFirstUsable(remaining, largest)), cartons, divisor),
    yield* rebox(yield* planParcels(ordered, (remaining) => fillBestFilled(remaining, cartons, divisor)), cartons, divisor),
  ]
  return plans.sort(comparePlans)[0]
}

interface Fill {
  carton: Carton
  items: SizedItem[]
  placements: Placement[]
}

function* planParcels(items: SizedItem[], nextFill: (remaining: SizedItem[]) => Steps<Fill | null>): Steps<Fill[]> {
  const fills: Fill[] = []
  let remaining = items
  while (remaining.length) {
    const fill = yield* nextFill(remaining)
    // Cannot happen when every item fits some carton alone; guards against an endless loop.
    if (!fill || !fill.items.length) throw new Error("splitIntoParcels: an item fits no carton on its own")
    fills.push(fill)
    const taken = new Set(fill.items)
    remaining = remaining.filter((item) => !taken.has(item))
  }
  return fills
}

/**
 * First-fit decreasing into one carton: one extreme-point pass that skips what does not fit, run
 * for each carton view and merit; the fill carrying the most item volume wins. (Re-running the
 * full fit check for every candidate item was far slower for large orders: 80 units took seconds.)
 */
function* fillCarton(remaining: SizedItem[], carton: Carton): Steps<Fill> {
  const space = cartonDims(carton)
  const budget = carton.max_weight_g - carton.tare_weight_g
  let best: { fill: Fill; volume: number } | null = null
  for (const view of CARTON_VIEWS) {
    for (const merit of MERITS) {
      const placements = (yield* packAsManyAsFitSteps(remaining, viewOf(space, view), merit, budget)).map((p) => fromView(p, view))
      const taken = new Set(placements.map((p) => p.item_id))
      const items = remaining.filter((item) => taken.has(item.id))
      // Same independent check as fitsInCarton: a parcel never holds an impossible packing.
      if (placementProblems(items, placements, space).length) continue
      const volume = items.reduce((sum, item) => sum + volumeOf(itemDims(item)), 0)
      if (!best || volume > best.volume + EPSILON_CM) best = { fill: { carton, items, placements }, volume }
    }
  }
  return best?.fill ?? { carton, items: [], placements: [] }
}

/** The largest carton that takes anything (the biggest item may need a long box, not the largest). */
function* fillFirstUsable(remaining: SizedItem[], cartonsLargestFirst: Carton[]): Steps<Fill | null> {
  for (const carton of cartonsLargestFirst) {
    const fill = yield* fillCarton(remaining, carton)
    if (fill.items.length) return fill
  }
  return null
}

function* fillBestFilled(remaining: SizedItem[], cartons: Carton[], divisor: number): Steps<Fill | null> {
  let best: { fill: Fill; efficiency: number } | null = null
  for (const carton of cartons) {
    const fill = yield* fillCarton(remaining, carton)
    if (!fill.items.length) continue
    const parcel = buildParcel(fill.items, carton, fill.placements, divisor)
    const content = fill.items.reduce((sum, item) => sum + chargeableContentG(item, divisor), 0)
    const efficiency = content / parcel.billable_weight_g
    const better =
      !best ||
      efficiency > best.efficiency + 1e-12 ||
      (Math.abs(efficiency - best.efficiency) <= 1e-12 && fill.items.length > best.fill.items.length)
    if (better) best = { fill, efficiency }
  }
  return best?.fill ?? null
}

/** What an item would be billed on its own without packaging: what a parcel can at best amortise. */
function chargeableContentG(item: SizedItem, divisor: number): number {
  return Math.max(item.weight_g, volumetricWeightG(volumeOf(itemDims(item)), divisor))
}

/** Each parcel goes in the carton with the lowest billable weight that holds it (its own carton if none is better). */
function* rebox(fills: Fill[], cartons: Carton[], divisor: number): Steps<Parcel[]> {
  const parcels: Parcel[] = []
  for (const fill of fills) {
    const asFilled = { parcel: buildParcel(fill.items, fill.carton, fill.placements, divisor), carton: fill.carton }
    const best = yield* bestSingleCarton(fill.items, cartons, divisor)
    parcels.push(best && compareParcels(best, asFilled) < 0 ? best.parcel : asFilled.parcel)
  }
  return parcels
}

const totalOf = (parcels: Parcel[], field: "billable_weight_g" | "cost") => parcels.reduce((sum, p) => sum + p[field], 0)

function comparePlans(a: Parcel[], b: Parcel[]): number {
  return (
    totalOf(a, "billable_weight_g") - totalOf(b, "billable_weight_g") || a.length - b.length || totalOf(a, "cost") - totalOf(b, "cost")
  )
}

const cartonVolume = (carton: Carton) => carton.inner_length_cm * carton.inner_width_cm * carton.inner_height_cm
const largestFirst = (a: SizedItem, b: SizedItem) =>
  volumeOf(itemDims(b)) - volumeOf(itemDims(a)) || b.weight_g - a.weight_g || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
