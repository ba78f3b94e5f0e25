import { takeUnits, unitsAvailable, type SupplyModel } from "./supply"

export interface Shipment {
  /** Index of the centre in input.centers. */
  center: number
  /** Units per line (model.lines order); some may be 0. */
  quantities: number[]
}

/** Why allocation stopped: everything placed, the shipment cap, or no centre had the rest. */
export type StopReason = "filled" | "cap" | "exhausted"

export interface GreedyResult {
  shipments: Shipment[]
  remaining: number[]
  stop: StopReason
}

export const unitsLeft = (remaining: number[]) => remaining.reduce((sum, units) => sum + units, 0)

/**
 * Walk centres in the given order; each takes as much of every remaining line as it can. Stock is
 * consumed from `stock` (a working copy) so lines sharing an item never take the same units twice.
 */
export function allocateGreedy(
  model: SupplyModel,
  order: number[],
  maxShipments: number,
  stock: Float64Array = model.stock.slice()
): GreedyResult {
  const remaining = model.lines.map((line) => line.quantity)
  const shipments: Shipment[] = []
  let left = unitsLeft(remaining)
  for (const center of order) {
    if (left === 0) break
    if (shipments.length >= maxShipments) return { shipments, remaining, stop: "cap" }
    const quantities = takeAllAvailable(model, stock, center, remaining)
    const taken = unitsLeft(quantities)
    if (taken > 0) {
      shipments.push({ center, quantities })
      left -= taken
    }
  }
  return { shipments, remaining, stop: left === 0 ? "filled" : "exhausted" }
}

/** Takes what one centre can give towards `remaining` (mutated), returning units per line. */
export function takeAllAvailable(
  model: SupplyModel,
  stock: Float64Array,
  center: number,
  remaining: number[]
): number[] {
  return remaining.map((wanted, line) => {
    if (wanted === 0) return 0
    const units = unitsAvailable(model, stock, center, line, wanted)
    if (units > 0) {
      takeUnits(model, stock, center, line, units)
      remaining[line] -= units
    }
    return units
  })
}
