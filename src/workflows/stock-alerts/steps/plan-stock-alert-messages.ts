import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { alertKey, alertMessages, planAlerts, type PlannedMessage } from "../../../lib/stock"
import { STOCK_MODULE } from "../../../modules/stock"
import type StockModuleService from "../../../modules/stock/service"
import type { StockFindings } from "./load-stock-findings"

export const planStockAlertMessagesStepId = "oms-plan-stock-alert-messages"

/** More new alerts of one kind at one centre than this are announced as one grouped message. */
export const ALERT_GROUP_ABOVE = 10
/** Feed messages per run; the rest are still new on the next run, most serious first. */
export const ALERT_MESSAGES_PER_RUN = 500
/** Keys per query when counting earlier occurrences. */
const KEYS_PER_QUERY = 1000

export interface StockAlertMessages {
  messages: PlannedMessage[]
  /** Open alert keys whose condition has cleared (or whose kind was turned off). */
  cleared: string[]
  /** Messages left for the next run by the per-run cap. */
  left: number
}

/**
 * Read-only: which alerts this run announces and which it clears (src/lib/stock planAlerts), the
 * occurrence of each new one (how many times it began before, so its feed key is new each time
 * the condition returns and the same on a repeated run), and the messages' text.
 */
export const planStockAlertMessagesStep = createStep(planStockAlertMessagesStepId, async (findings: StockFindings, { container }) => {
  const plan = planAlerts(findings.problems, new Set(findings.open_keys), new Set(findings.enabled), ALERT_GROUP_ABOVE)
  const keep = new Set(findings.keep_open)
  const cleared = plan.cleared.filter((k) => !keep.has(k))

  const fresh = [...plan.post, ...plan.grouped.flatMap((g) => g.problems)].map(alertKey)
  const before = new Map<string, number>()
  const stock = container.resolve<StockModuleService>(STOCK_MODULE)
  for (let i = 0; i < fresh.length; i += KEYS_PER_QUERY) {
    const earlier = await stock.listStockAlerts({ key: fresh.slice(i, i + KEYS_PER_QUERY) }, { select: ["key"], take: null, withDeleted: true })
    for (const a of earlier) before.set(a.key, (before.get(a.key) ?? 0) + 1)
  }

  const { messages, left } = alertMessages(plan, (p) => findings.facts[alertKey(p)], (k) => before.get(k) ?? 0, ALERT_MESSAGES_PER_RUN)
  return new StepResponse<StockAlertMessages>({ messages, cleared, left })
})
