import type { ReasonStep, RootCause } from "./facts"
import { flattenReasonTree } from "./flatten-reason-tree"
import { keywordCause } from "./reason-keywords"
import { mappedCause, type ReasonCauseMapping } from "./reason-cause-mapping"

/** A cause read from one level of the reason path. */
export interface ReasonMatch {
  cause: RootCause
  reason: ReasonStep
}

/** What each source says about the reason path; the rules decide which one counts. */
export interface ReasonReadings {
  merchant: ReasonMatch | null
  standard: ReasonMatch | null
  keywords: ReasonMatch | null
}

const STANDARD_CAUSES = new Map(flattenReasonTree().map((row) => [row.value, row.cause]))

/** The plugin's cause for one of its own default reasons, or null for anyone else's. */
export const standardReasonCause = (value: string): RootCause | null => STANDARD_CAUSES.get(value) ?? null

/** Leaf first: the reason the customer chose says the most; its parents are the fallback. */
function firstFromLeaf(path: readonly ReasonStep[], causeOf: (step: ReasonStep) => RootCause | null): ReasonMatch | null {
  for (let i = path.length - 1; i >= 0; i--) {
    const cause = causeOf(path[i])
    if (cause) return { cause, reason: path[i] }
  }
  return null
}

export function readReasonPath(path: readonly ReasonStep[], mapping?: ReasonCauseMapping): ReasonReadings {
  return {
    merchant: firstFromLeaf(path, (step) => mappedCause(mapping, step.value)),
    standard: firstFromLeaf(path, (step) => standardReasonCause(step.value)),
    keywords: firstFromLeaf(path, keywordCause),
  }
}

/** The reason's cause by precedence: the merchant's word, then the default tree, then keywords. */
export const reasonCause = (readings: ReasonReadings): ReasonMatch | null =>
  readings.merchant ?? readings.standard ?? readings.keywords
