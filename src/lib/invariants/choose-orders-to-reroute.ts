/** An order holding reservations of one item at one centre. */
export interface LevelHolder {
  order_id: string
  /** Units reserved there that cannot be back-ordered. */
  firm_quantity: number
  /** When the order was placed (ISO): the newest move first. */
  placed_at: string
  /**
   * False when its reservation is backed by units already picked or packed, or Medusa would not
   * let it be routed again (canceled, or with a fulfilment).
   */
  movable: boolean
}

export interface RerouteChoice {
  /** Newest first; routing each one again frees its units at the centre. */
  order_ids: string[]
  /** Firm reserved units minus stocked before moving anyone (≤ 0: nothing to do). */
  excess: number
  /** Whether moving those orders is enough for the reservations to fit. */
  fits: boolean
}

/**
 * After stock is written off at a centre, which orders must be routed again so that what they
 * reserve there (and cannot back-order) fits in what is left: the fewest of the newest movable
 * orders whose units cover the excess. Newest first because the older orders were promised first
 * and have waited longest; the newest would have been the one refused had the stock been
 * counted right at its checkout, and is the least likely to be in the warehouse's hands already.
 */
export function chooseOrdersToReroute(stocked: number, holders: LevelHolder[]): RerouteChoice {
  const excess = holders.reduce((sum, h) => sum + h.firm_quantity, 0) - stocked
  if (excess <= 0) return { order_ids: [], excess, fits: true }
  const newestFirst = holders
    .filter((h) => h.movable && h.firm_quantity > 0)
    .sort((a, b) => b.placed_at.localeCompare(a.placed_at) || b.order_id.localeCompare(a.order_id))
  const order_ids: string[] = []
  let freed = 0
  for (const holder of newestFirst) {
    if (freed >= excess) break
    order_ids.push(holder.order_id)
    freed += holder.firm_quantity
  }
  return { order_ids, excess, fits: freed >= excess }
}
