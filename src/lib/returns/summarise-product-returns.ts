import type { Rate } from "../kpi"
import { ROOT_CAUSES, type RootCause } from "./facts"

/** The product page looks back this many days by default. */
export const PRODUCT_RETURN_DAYS = 90

/** What the database counts for one product over a period (units of the orders placed in it). */
export interface ProductReturnCounts {
  /** Units of the product on the open parts of those orders that have left a centre. */
  shipped_units: number
  /** Units of the product returned from those orders, per cause. */
  by_cause: { cause: RootCause; units: number; lines: number }[]
  /** The customers' latest words on those returns. */
  words: { note: string; cause: RootCause; requested_at: Date | null }[]
}

export interface ProductReturns {
  /** Returned units / shipped units; null when nothing shipped. */
  rate: Rate
  /** The causes with units, most units first (the returns page's order on a tie). */
  top_causes: { cause: RootCause; units: number; lines: number }[]
  /** The newest non-empty words, trimmed. */
  words: { note: string; cause: RootCause; requested_at: Date | null }[]
}

const causeRank = (cause: RootCause) => ROOT_CAUSES.indexOf(cause)

/**
 * A product's return rate as the dashboard's return rate counts it (units returned from the
 * orders whose parts have left, over the units that left), its top causes and the last few
 * things customers wrote. The rate is not capped: more units back than sent (a claim and a
 * return for the same units) is a record to look at, not 100 %.
 */
export function summariseProductReturns(counts: ProductReturnCounts, { topCauses = 3, lastWords = 3 } = {}): ProductReturns {
  const causes = counts.by_cause.filter((c) => c.units > 0).sort((a, b) => b.units - a.units || causeRank(a.cause) - causeRank(b.cause))
  const returned = causes.reduce((sum, c) => sum + c.units, 0)
  const words = counts.words
    .map((w) => ({ ...w, note: w.note.trim() }))
    .filter((w) => w.note.length > 0)
    // undated words last
    .sort((a, b) => (b.requested_at?.getTime() ?? 0) - (a.requested_at?.getTime() ?? 0))
    .slice(0, lastWords)
  return {
    rate: { numerator: returned, denominator: counts.shipped_units, rate: counts.shipped_units > 0 ? returned / counts.shipped_units : null },
    top_causes: causes.slice(0, topCauses),
    words,
  }
}
