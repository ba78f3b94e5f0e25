import type { ShipmentStage } from "./stages"

/**
 * The work queues staff look at, each a set of shipment stages (a shipment = the part of an
 * order one centre ships), plus "at risk": open parts the at-risk rules flag (src/lib/kpi/at-risk.ts),
 * whatever their stage. A part is in exactly one stage queue; it can also be at risk.
 */
export const STAGE_QUEUES = {
  waiting_to_wave: ["routed"],
  in_picking: ["waved"],
  waiting_to_pack: ["picked", "short_picked"],
  packed: ["packed"],
  in_transit: ["shipped"],
  backordered: ["backordered"],
} as const satisfies Record<string, readonly ShipmentStage[]>

export type StageQueue = keyof typeof STAGE_QUEUES
export const QUEUES = [...(Object.keys(STAGE_QUEUES) as StageQueue[]), "at_risk"] as const
export type Queue = (typeof QUEUES)[number]

/** Every stage some queue holds: the rest (delivered, re-routed, canceled) are done. */
export const QUEUED_STAGES: readonly ShipmentStage[] = Object.values(STAGE_QUEUES).flat()

export function queueOfStage(stage: string): StageQueue | null {
  for (const [queue, stages] of Object.entries(STAGE_QUEUES) as [StageQueue, readonly string[]][]) if (stages.includes(stage)) return queue
  return null
}

export type QueueCounts = Record<Queue, number>

export const emptyQueueCounts = (): QueueCounts => Object.fromEntries(QUEUES.map((q) => [q, 0])) as QueueCounts

/** The centre key of the parts no centre can ship yet (back-ordered without a centre). */
export const NO_CENTRE = ""

/**
 * Counts per centre and in all, from shipment counts per (centre, stage) and the at-risk parts.
 * Centres are keyed by stock location id, `NO_CENTRE` for parts without one.
 */
export function queueCounts(
  byStage: readonly { stock_location_id: string | null; stage: string; count: number }[],
  atRisk: readonly { stock_location_id: string | null }[]
): { centres: Record<string, QueueCounts>; total: QueueCounts } {
  const centres: Record<string, QueueCounts> = {}
  const total = emptyQueueCounts()
  const add = (centre: string | null, queue: Queue, n: number) => {
    const counts = (centres[centre ?? NO_CENTRE] ??= emptyQueueCounts())
    counts[queue] += n
    total[queue] += n
  }
  for (const row of byStage) {
    const queue = queueOfStage(row.stage)
    if (queue) add(row.stock_location_id, queue, row.count)
  }
  for (const part of atRisk) add(part.stock_location_id, "at_risk", 1)
  return { centres, total }
}
