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
