import { Rate, rateOf } from "./rows"

export interface Csat {
  /** Satisfied answers (4 or 5 of 5) over all answers: the usual CSAT score. */
  satisfied: Rate
  /** Mean rating, 1–5; null without answers. */
  average: number | null
  /** Answers per rating, index 0 = rating 1. */
  distribution: [number, number, number, number, number]
}

/** Customer satisfaction from delivery ratings (whole numbers 1–5; anything else is ignored). */
export function csat(ratings: readonly number[]): Csat {
  const distribution: Csat["distribution"] = [0, 0, 0, 0, 0]
  for (const r of ratings) if (Number.isInteger(r) && r >= 1 && r <= 5) distribution[r - 1]++
  return csatOfDistribution(distribution)
}

/** The same from the answers per rating (index 0 = rating 1), as the per-day rollups keep them. */
export function csatOfDistribution(distribution: Csat["distribution"]): Csat {
  const answers = distribution.reduce((a, b) => a + b, 0)
  const total = distribution.reduce((sum, n, i) => sum + n * (i + 1), 0)
  return {
    satisfied: rateOf(distribution[3] + distribution[4], answers),
    average: answers ? total / answers : null,
    distribution: [...distribution] as Csat["distribution"],
  }
}

const isRating = (r: number) => Number.isInteger(r) && r >= 1 && r <= 5

/** Answers of one rating in one group (a centre, a carrier, a region; null: none known). */
export interface RatingCount {
  key: string | null
  rating: number
  count: number
}

export interface GroupCsat {
  key: string | null
  csat: Csat
}

/**
 * CSAT per group from answers counted per rating (a database `GROUP BY key, rating`), the
 * groups with the most answers first (then by key, the unknown group last). Ratings outside
 * 1–5 are ignored, as in `csat`.
 */
export function csatByGroup(rows: readonly RatingCount[]): GroupCsat[] {
  const groups = new Map<string | null, Csat["distribution"]>()
  for (const row of rows) {
    if (!isRating(row.rating) || !(row.count > 0)) continue
    const counts = groups.get(row.key) ?? [0, 0, 0, 0, 0]
    counts[row.rating - 1] += Math.trunc(row.count)
    groups.set(row.key, counts)
  }
  return [...groups]
    .map(([key, counts]) => ({ key, csat: csatOfDistribution(counts) }))
    .sort((a, b) => b.csat.satisfied.denominator - a.csat.satisfied.denominator || compareKeys(a.key, b.key))
}

/** Keys in text order, null last. */
export const compareKeys = (a: string | null, b: string | null) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1)
