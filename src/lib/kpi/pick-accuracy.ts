import type { ReturnedLineFact, ShipmentFact } from "./facts"
import { isLiveFact, sumOf } from "./rows"

export interface PickAccuracy {
  units_picked: number
  mispicks_caught: number
  wrong_item_units: number
  /** 1 − (mispicks caught + wrong-item units) / units picked, never below 0; null when nothing was picked. */
  rate: number | null
}

/**
 * Pick accuracy: of the units picked from bins (live parts with a picked time, canceled ones
 * too: the pick happened), the share picked right. Picked wrong are the wrong-item scans refused
 * at packing on those parts, plus units returned as "wrong_item" from those same parts (a
 * return without a shipment id, or from a part packed from the shelf, is not a pick's).
 */
export function pickAccuracy(facts: readonly ShipmentFact[], returns: readonly ReturnedLineFact[]): PickAccuracy {
  const picked = facts.filter((f) => isLiveFact(f) && f.picked_at !== null)
  const pickedIds = new Set(picked.map((f) => f.shipment_id))
  const units_picked = sumOf(picked, (f) => f.units)
  const mispicks_caught = sumOf(picked, (f) => f.mispicks_caught)
  const wrong_item_units = sumOf(
    returns.filter((r) => r.cause === "wrong_item" && r.shipment_id !== null && pickedIds.has(r.shipment_id)),
    (r) => r.units
  )
  return { units_picked, mispicks_caught, wrong_item_units, rate: pickAccuracyRate(units_picked, mispicks_caught, wrong_item_units) }
}

/** 1 − picked wrong / picked, never below 0; null when nothing was picked. */
export const pickAccuracyRate = (unitsPicked: number, mispicksCaught: number, wrongItemUnits: number): number | null =>
  unitsPicked > 0 ? Math.max(0, 1 - (mispicksCaught + wrongItemUnits) / unitsPicked) : null
