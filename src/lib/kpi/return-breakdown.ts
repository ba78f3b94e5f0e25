import { compareKeys } from "./csat"
import { Rate, rateOf } from "./rows"

/**
 * What a return-rate breakdown is made of, one cell per group (a product, a centre, a packer,
 * a week …), as a database `GROUP BY` gives them: the units shipped for the orders of the
 * period in that group and the units of those orders that came back, with their refund value.
 */
export interface ReturnCell {
  key: string | null
  shipped_units: number
  returned_units: number
  /** Returned lines (return, claim or exchange items). */
  returned_lines: number
  /** What the returned units were sold for (see `refundValue`). */
  refund: number
}

export interface GroupReturnRate {
  key: string | null
  shipped_units: number
  returned_units: number
  returned_lines: number
  /** Returned units / shipped units; null when nothing shipped in the group. */
  rate: Rate
  refund: number
  /**
   * The lowest return rate the group plausibly has (95 % Wilson score bound): a group with few
   * units shipped needs more returns to rank high, so two returns out of three sales do not
   * outrank forty out of a thousand by chance.
   */
  lower_bound: number | null
}

const count = (n: number) => (Number.isFinite(n) && n > 0 ? n : 0)

/**
 * The refund value of returned units, as Medusa reckons a return: the line's unit price
 * times the units returned (its RETURN_ITEM action). Shipping and discounts spread over the
 * order are not included.
 */
export const refundValue = (unitPrice: number, units: number) => count(unitPrice) * count(units)

/** Rates per group, cells of one key added up; the groups with the most returned units first. */
export function returnRatesByGroup(cells: readonly ReturnCell[]): GroupReturnRate[] {
  const groups = new Map<string | null, ReturnCell>()
  for (const cell of cells) {
    const sum = groups.get(cell.key) ?? { key: cell.key, shipped_units: 0, returned_units: 0, returned_lines: 0, refund: 0 }
    sum.shipped_units += count(cell.shipped_units)
    sum.returned_units += count(cell.returned_units)
    sum.returned_lines += count(cell.returned_lines)
    sum.refund += count(cell.refund)
    groups.set(cell.key, sum)
  }
  return [...groups.values()]
    .map((g) => ({ ...g, rate: rateOf(g.returned_units, g.shipped_units), lower_bound: wilsonLowerBound(g.returned_units, g.shipped_units) }))
    .sort((a, b) => b.returned_units - a.returned_units || b.shipped_units - a.shipped_units || compareKeys(a.key, b.key))
}

/**
 * Lower end of the Wilson score interval of `successes` out of `trials` (z = 1.96: 95 %).
 * Successes above the trials count as all of them; null without trials.
 */
export function wilsonLowerBound(successes: number, trials: number, z = 1.96): number | null {
  const n = count(trials)
  if (n === 0) return null
  const p = Math.min(count(successes), n) / n
  const z2 = z * z
  const centre = p + z2 / (2 * n)
  const margin = z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))
  return Math.max(0, (centre - margin) / (1 + z2 / n))
}

/** Groups with fewer units shipped than this are not ranked as offenders: too little to tell. */
export const OFFENDER_MIN_SHIPPED_UNITS = 10

/**
 * The groups to look at first: those with returns and enough units shipped, highest plausible
 * return rate (`lower_bound`) first, then the most returned units.
 */
export function topOffenders(groups: readonly GroupReturnRate[], limit = 5, minShippedUnits = OFFENDER_MIN_SHIPPED_UNITS): GroupReturnRate[] {
  return groups
    .filter((g) => g.key !== null && g.returned_units > 0 && g.shipped_units >= minShippedUnits)
    .sort((a, b) => (b.lower_bound ?? 0) - (a.lower_bound ?? 0) || b.returned_units - a.returned_units || compareKeys(a.key, b.key))
    .slice(0, Math.max(0, limit))
}
