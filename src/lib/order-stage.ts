/**
 * Stages of the order journey, in order. The timeline stores any of these; the order's
 * current stage is the latest one reached. Later issues add the warehouse stages.
 */
export const ORDER_STAGES = [
  "placed",
  "routed",
  "backordered",
  "rerouted",
  "waved",
  "picked",
  "short_picked",
  "packed",
  "shipped",
  "delivered",
  "canceled",
] as const

export type OrderStage = (typeof ORDER_STAGES)[number]
