import { StockInputError } from "./reorder-point"

/** One centre's view of one SKU for placement advice. */
export interface CentreStock {
  stock_location_id: string
  /** On hand − reserved. */
  available: number
  /** The centre's own reorder point for the SKU: it never gives stock away below it. */
  reorder_point: number
  /** Units a day wanted by the customers this centre is nearest to (whoever shipped them). */
  local_demand: number
}

export interface TransferSuggestion {
  from: string
  to: string
  units: number
}

/**
 * Transfers of one SKU from centres holding more than they need to centres whose nearby
 * customers want more than they hold. A centre needs `local_demand × cover_days` units, and at
 * least its reorder point; what it holds above that may go, what it lacks below it is wanted.
 * The biggest shortfall is filled first from the biggest surplus, in whole units, so a donor
 * never drops below what it needs (its reorder point included) and no centre both gives and
 * receives. Which suggestions are worth doing is decided later by replaying orders through the
 * router with and without them.
 */
export function suggestTransfers(centres: readonly CentreStock[], coverDays: number): TransferSuggestion[] {
  if (!(Number.isFinite(coverDays) && coverDays > 0 && coverDays <= 365)) throw new StockInputError("cover_days", `cover_days must be above 0 and at most 365, got ${coverDays}`)
  const needOf = (c: CentreStock) => Math.max(c.reorder_point, c.local_demand * coverDays)
  const donors = centres
    .map((c) => ({ id: c.stock_location_id, left: Math.floor(c.available - needOf(c)) }))
    .filter((d) => d.left > 0)
  const receivers = centres
    .map((c) => ({ id: c.stock_location_id, left: Math.ceil(needOf(c) - Math.max(0, c.available)) }))
    .filter((r) => r.left > 0)
  const biggestFirst = (a: { id: string; left: number }, b: { id: string; left: number }) => b.left - a.left || (a.id < b.id ? -1 : 1)
  donors.sort(biggestFirst)
  receivers.sort(biggestFirst)
  const out: TransferSuggestion[] = []
  for (const receiver of receivers) {
    for (const donor of donors) {
      if (receiver.left <= 0) break
      const units = Math.min(donor.left, receiver.left)
      if (units <= 0) continue
      out.push({ from: donor.id, to: receiver.id, units })
      donor.left -= units
      receiver.left -= units
    }
  }
  return out
}
