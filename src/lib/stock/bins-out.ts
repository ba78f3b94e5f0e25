import { StockInputError } from "./reorder-point"

export interface BinHolding {
  bin_id: string
  code: string
  quantity: number
}

export interface BinsOutPlan {
  /** Units taken from stock no bin holds. */
  from_unassigned: number
  /** Units taken out of bins, biggest holding first. */
  from_bins: { bin_id: string; code: string; quantity: number }[]
}

/**
 * Where a centre's units for a transfer come from: stock not put away in any bin first (it is
 * by the dock and leaves no hole in the pick faces), then the bins holding the most, so staff
 * visit as few bins as possible. Null when unassigned stock and bins together hold too few
 * (the rest are in pickers' totes).
 */
export function planBinsOut(unassigned: number, bins: readonly BinHolding[], units: number): BinsOutPlan | null {
  if (!(Number.isInteger(units) && units > 0)) throw new StockInputError("units", `units must be a whole number above 0, got ${units}`)
  const fromUnassigned = Math.min(units, Math.max(0, Math.floor(unassigned)))
  let left = units - fromUnassigned
  const from_bins: BinsOutPlan["from_bins"] = []
  const biggestFirst = [...bins].filter((b) => b.quantity > 0).sort((a, b) => b.quantity - a.quantity || a.code.localeCompare(b.code))
  for (const bin of biggestFirst) {
    if (left <= 0) break
    const take = Math.min(left, bin.quantity)
    from_bins.push({ bin_id: bin.bin_id, code: bin.code, quantity: take })
    left -= take
  }
  return left > 0 ? null : { from_unassigned: fromUnassigned, from_bins }
}
