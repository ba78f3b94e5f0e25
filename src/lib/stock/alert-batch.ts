import { alertKey, type AlertKind, type AlertPlan, type StockProblem } from "./alerts"
import { alertFeedText, groupedAlertFeedText, type AlertFacts, type FeedText } from "./alert-messages"

/** One alert to record: the problem, which time it began (1 for the first), what it says. */
export interface PlannedAlert {
  key: string
  occurrence: number
  problem: StockProblem
  facts: AlertFacts
}

/** One notification for the feed and the alerts it announces (one, or a centre's group). */
export interface PlannedMessage {
  /** Unique per occurrence: a run that repeats (redelivered, raced) cannot post it twice. */
  idempotency_key: string
  text: FeedText
  alerts: PlannedAlert[]
}

/** Most serious first, so a run that stops at its cap leaves the least urgent for the next one. */
const KIND_ORDER: Record<AlertKind, number> = { stock_out: 0, invariant_break: 1, low_stock: 2, overstock: 3 }

/** The key a notification of one occurrence of an alert is posted under. */
export const occurrenceKey = (key: string, occurrence: number) => `${key}#${occurrence}`

/**
 * The key of a grouped notification: the kind, the centre and a digest of the occurrences it
 * announces, so the same group is the same key and a different group a different one.
 */
export function groupKey(kind: AlertKind, stockLocationId: string, occurrenceKeys: readonly string[]): string {
  return `oms-stock-group:${kind}:${stockLocationId}:${digest([...occurrenceKeys].sort().join("\n"))}`
}

/** 64-bit FNV-1a (two 32-bit lanes) as 16 hex digits: a short, stable name for a set of keys, not a secret. */
function digest(text: string): string {
  let a = 0x811c9dc5
  let b = 0x01000193 ^ 0x5bd1e995
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    a = Math.imul(a ^ c, 0x01000193) >>> 0
    b = Math.imul(b ^ c ^ (a >>> 7), 0x01000193) >>> 0
  }
  return a.toString(16).padStart(8, "0") + b.toString(16).padStart(8, "0")
}

/**
 * The notifications of one alert run from its plan: one per new alert, one per grouped centre,
 * most serious kinds first, at most `maxMessages` (the rest are still new on the next run).
 * `occurrenceOf(key)` is how many times that alert began before (0 the first time).
 */
export function alertMessages(
  plan: AlertPlan,
  factsOf: (p: StockProblem) => AlertFacts,
  occurrencesBefore: (key: string) => number,
  maxMessages: number
): { messages: PlannedMessage[]; left: number } {
  const planned = (p: StockProblem): PlannedAlert => {
    const key = alertKey(p)
    return { key, occurrence: occurrencesBefore(key) + 1, problem: p, facts: factsOf(p) }
  }
  const all: (PlannedMessage & { order: number })[] = [
    ...plan.post.map((p) => {
      const alert = planned(p)
      return { order: KIND_ORDER[p.kind], idempotency_key: occurrenceKey(alert.key, alert.occurrence), text: alertFeedText(alert.facts), alerts: [alert] }
    }),
    ...plan.grouped.map((g) => {
      const alerts = g.problems.map(planned).sort((x, y) => (x.facts.sku ?? "").localeCompare(y.facts.sku ?? "") || x.key.localeCompare(y.key))
      return {
        order: KIND_ORDER[g.kind],
        idempotency_key: groupKey(g.kind, g.stock_location_id, alerts.map((a) => occurrenceKey(a.key, a.occurrence))),
        text: groupedAlertFeedText(g.kind, alerts[0].facts.centre, alerts.map((a) => a.facts)),
        alerts,
      }
    }),
  ]
  all.sort((x, y) => x.order - y.order || x.idempotency_key.localeCompare(y.idempotency_key))
  const cap = Math.max(0, Math.floor(maxMessages))
  return { messages: all.slice(0, cap).map(({ order: _order, ...m }) => m), left: Math.max(0, all.length - cap) }
}
