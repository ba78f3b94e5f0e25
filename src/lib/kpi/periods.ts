import { KpiInputError } from "./errors"

/** A stretch of time from `from` (included) to `to` (excluded). */
export interface Period {
  from: Date
  to: Date
}

function checkPeriod({ from, to }: Period): void {
  if (!(from instanceof Date) || Number.isNaN(from.getTime())) throw new KpiInputError("from", "from must be a valid date")
  if (!(to instanceof Date) || Number.isNaN(to.getTime())) throw new KpiInputError("to", "to must be a valid date")
  if (to < from) throw new KpiInputError("to", "to must not be before from")
}

export function isInPeriod(instant: Date, period: Period): boolean {
  return instant >= period.from && instant < period.to
}

/** The period of the same length that ends where this one starts. */
export function previousPeriod(period: Period): Period {
  checkPeriod(period)
  const length = period.to.getTime() - period.from.getTime()
  return { from: new Date(period.from.getTime() - length), to: new Date(period.from.getTime()) }
}

export interface KpiPair {
  current: number | null
  previous: number | null
  /** current − previous, not a relative change (for rates a difference of shares: 0.05 is 5 points); null when either is null. */
  change: number | null
}

export const kpiPair = (current: number | null, previous: number | null): KpiPair => ({
  current,
  previous,
  change: current === null || previous === null ? null : current - previous,
})

/** A KPI for a period and for the period before it (`previousPeriod`), side by side. */
export function comparePeriods(period: Period, measure: (period: Period) => number | null): KpiPair {
  return kpiPair(measure(period), measure(previousPeriod(period)))
}
