/**
 * Stages of a shipment: the part of an order that one fulfilment centre ships (order × stock
 * location). A back-ordered part that no centre can ship yet is a shipment without a centre.
 * The order's own stage is never stored on its own: it is derived from its shipments
 * (`deriveOrderStage`).
 */
export const SHIPMENT_STAGES = [
  "routed",
  "backordered",
  "waved",
  "picked",
  "short_picked",
  "packed",
  "shipped",
  "delivered",
  "rerouted",
  "canceled",
] as const

export type ShipmentStage = (typeof SHIPMENT_STAGES)[number]

/** What the order timeline and the order list show: every shipment stage plus "placed". */
export const ORDER_STAGES = ["placed", ...SHIPMENT_STAGES] as const
export type OrderStage = (typeof ORDER_STAGES)[number]

/**
 * How far along the journey a stage is. A shipment never moves to a lower rank except through
 * a named compensation (see `COMPENSATIONS` in shipment-machine.ts). A short pick ranks just
 * after "waved": the wave reached the part, and the same workflow routes it again at once.
 */
export const STAGE_RANK: Record<ShipmentStage, number> = {
  backordered: 0,
  routed: 1,
  waved: 3,
  short_picked: 3.5,
  picked: 4,
  packed: 5,
  shipped: 6,
  delivered: 7,
  rerouted: 8,
  canceled: 8,
}

/** Stages a shipment never leaves: superseded by a re-route, canceled, or delivered. */
export const TERMINAL_STAGES: readonly ShipmentStage[] = ["rerouted", "canceled", "delivered"]

/** Stages in which the shipment's units sit in a pick wave at its centre. */
export const IN_WAVE_STAGES: readonly ShipmentStage[] = ["waved", "picked"]

/** Stages after which Medusa has a fulfilment for the shipment (its reservations are consumed). */
export const FULFILLED_STAGES: readonly ShipmentStage[] = ["packed", "shipped", "delivered"]

export const isTerminal = (stage: ShipmentStage) => TERMINAL_STAGES.includes(stage)
export const isInWave = (stage: ShipmentStage) => IN_WAVE_STAGES.includes(stage)
export const isFulfilled = (stage: ShipmentStage) => FULFILLED_STAGES.includes(stage)

/** A shipment still part of the order (a re-route supersedes, never deletes). */
export const isLive = (stage: string) => stage !== "rerouted"
/** A live shipment that still has to reach the customer or be undone (not canceled). */
export const isOpen = (stage: string) => isLive(stage) && stage !== "canceled"
