import type { ShipmentFact } from "./facts"
import { DurationSummary, summarizeDurations } from "./percentile"
import { isOpenFact, ordersOf, shippedAt } from "./rows"

export interface OrderDuration {
  order_id: string
  ms: number
}

const reached = {
  shipped: shippedAt,
  delivered: (fact: ShipmentFact) => fact.delivered_at,
}

/**
 * How long each order took from placement until it was completely shipped (or delivered): until
 * its last open part (live, not canceled) reached the stage. An order counts only once every
 * open part has; canceled parts and superseded (re-routed) parts are left out, and an order with
 * no open part (wholly canceled) does not count. A part delivered without a shipped time counts
 * as shipped when delivered. Times that go backwards (before placement) are left out.
 */
export function orderDurations(facts: readonly ShipmentFact[], until: "shipped" | "delivered"): OrderDuration[] {
  const out: OrderDuration[] = []
  for (const order of ordersOf(facts)) {
    const times = order.open.map(reached[until])
    if (!times.length || times.includes(null)) continue
    const ms = Math.max(...times.map((t) => t!.getTime())) - order.placed_at.getTime()
    if (ms >= 0) out.push({ order_id: order.order_id, ms })
  }
  return out
}

export interface OrderCycleTimes {
  placed_to_shipped: DurationSummary
  placed_to_delivered: DurationSummary
}

/** Median and 90th percentile (nearest rank) of `orderDurations`, to shipped and to delivered. */
export function orderCycleTimes(facts: readonly ShipmentFact[]): OrderCycleTimes {
  return {
    placed_to_shipped: summarizeDurations(orderDurations(facts, "shipped").map((d) => d.ms)),
    placed_to_delivered: summarizeDurations(orderDurations(facts, "delivered").map((d) => d.ms)),
  }
}

export const TIMED_STAGES = ["routed", "waved", "picked", "packed", "shipped", "delivered"] as const
export type TimedStage = (typeof TIMED_STAGES)[number]

const STAGE_TIME: Record<TimedStage, (fact: ShipmentFact) => Date | null> = {
  routed: (f) => f.routed_at,
  waved: (f) => f.waved_at,
  picked: (f) => f.picked_at,
  packed: (f) => f.packed_at,
  shipped: (f) => f.shipped_at,
  delivered: (f) => f.delivered_at,
}

export interface StageDuration {
  shipment_id: string
  stage: TimedStage
  ms: number
}

/**
 * For each open shipment (live, not canceled) and each stage it reached, the time since the
 * previous stage it reached: routed from placement, waved from routed, picked from waved, packed
 * from picked, shipped from packed, delivered from shipped. A skipped stage is passed over (a
 * centre that packs from the shelf: packed is timed from routed). Short picks are not a stage
 * here. Each stage keeps one time (the one in the fact); a stage timed before the previous one
 * (a part sent back and through again) is left out.
 */
export function stageDurations(facts: readonly ShipmentFact[]): StageDuration[] {
  const out: StageDuration[] = []
  for (const fact of facts.filter(isOpenFact)) {
    let previous = fact.placed_at.getTime()
    for (const stage of TIMED_STAGES) {
      const at = STAGE_TIME[stage](fact)
      if (!at) continue
      const ms = at.getTime() - previous
      if (ms >= 0) out.push({ shipment_id: fact.shipment_id, stage, ms })
      previous = at.getTime()
    }
  }
  return out
}

/** Median and 90th percentile (nearest rank) of `stageDurations`, stage by stage. */
export function stageCycleTimes(facts: readonly ShipmentFact[]): Record<TimedStage, DurationSummary> {
  const durations = stageDurations(facts)
  const summary = {} as Record<TimedStage, DurationSummary>
  for (const stage of TIMED_STAGES) summary[stage] = summarizeDurations(durations.filter((d) => d.stage === stage).map((d) => d.ms))
  return summary
}
