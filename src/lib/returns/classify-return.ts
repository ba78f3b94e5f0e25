import type { LocalisedText, ReasonStep, ReturnedUnitFacts, RootCause } from "./facts"
import type { ReasonCauseMapping } from "./reason-cause-mapping"
import { readReasonPath } from "./resolve-reason-cause"
import { RETURN_CAUSE_RULES, type ReturnCauseRule, type ReturnCauseRuleId } from "./rules"

export interface ReturnClassification {
  cause: RootCause
  rule: ReturnCauseRuleId
  rule_text: LocalisedText
  /** The level of the reason path that decided, when a reason did (a parent when only it is mapped). */
  matched_reason: ReasonStep | null
}

/**
 * The root cause of one returned unit group: the first rule of `RETURN_CAUSE_RULES` that applies.
 * The customer's note never decides; pass a mapping that went through `parseReasonCauseMapping`.
 */
export function classifyReturn(facts: ReturnedUnitFacts, mapping?: ReasonCauseMapping): ReturnClassification {
  const input = { facts, readings: readReasonPath(facts.reason_path, mapping) }
  for (const rule of RETURN_CAUSE_RULES as readonly (ReturnCauseRule & { id: ReturnCauseRuleId })[]) {
    const verdict = rule.decide(input)
    if (verdict) return { cause: verdict.cause, rule: rule.id, rule_text: rule.text, matched_reason: verdict.reason }
  }
  // the last rule always applies
  throw new Error("no return cause rule applied")
}
