import { ROOT_CAUSES, type RootCause } from "./facts"
import { RETURN_CAUSE_RULE_IDS, type ReturnCauseRuleId } from "./rules"

/** One classified group as the returns page counts it: `{ quantity: facts.quantity, ...classifyReturn(facts) }`. */
export interface ClassifiedReturnLine {
  quantity: number
  cause: RootCause
  rule: ReturnCauseRuleId
}

export interface ReturnCount {
  lines: number
  units: number
}

export interface CauseSummary {
  total: ReturnCount
  /** Every cause and every rule is present, at zero when nothing hit it, so the page's rows stay put. */
  by_cause: Record<RootCause, ReturnCount>
  by_rule: Record<ReturnCauseRuleId, ReturnCount>
}

const zeroCounts = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((key) => [key, { lines: 0, units: 0 }])) as Record<K, ReturnCount>

const add = (count: ReturnCount, units: number) => {
  count.lines += 1
  count.units += units
}

export function summariseCauses(lines: readonly ClassifiedReturnLine[]): CauseSummary {
  const summary: CauseSummary = { total: { lines: 0, units: 0 }, by_cause: zeroCounts(ROOT_CAUSES), by_rule: zeroCounts(RETURN_CAUSE_RULE_IDS) }
  for (const line of lines) {
    add(summary.total, line.quantity)
    add(summary.by_cause[line.cause], line.quantity)
    add(summary.by_rule[line.rule], line.quantity)
  }
  return summary
}
