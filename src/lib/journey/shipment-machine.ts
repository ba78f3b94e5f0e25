import { SHIPMENT_STAGES as SHIPMENT_STAGE_LIST, ShipmentStage, STAGE_RANK } from "./stages"

/**
 * Everything that can happen to a shipment, from the OMS's own workflows and from Medusa's
 * (a fulfilment created, shipped, delivered or canceled in Medusa's admin; an order canceled).
 */
export const SHIPMENT_ACTIONS = [
  "route", // routing gave this centre (or nobody: back-order) this part of the order
  "reroute_away", // a re-route took this part elsewhere: the shipment is superseded
  "wave", // claimed by a pick wave at its centre
  "release", // taken out of its wave (wave canceled, or released for a re-route)
  "pick", // every line picked into its tote
  "short_pick", // the picker could not find all units
  "pack", // packed at the bench: Medusa's fulfilment exists
  "ship", // Medusa's shipment with tracking
  "deliver", // Medusa's fulfilment marked delivered
  "fulfillment_canceled", // Medusa canceled the fulfilment: the units are back at the centre
  "cancel", // Medusa canceled the order
] as const

export type ShipmentAction = (typeof SHIPMENT_ACTIONS)[number]

/** Facts about the shipment's centre that change what is allowed. */
export interface TransitionContext {
  /** The centre has a warehouse layout: packing needs the part picked from bins first. */
  picks_from_bins: boolean
  /** The routing result for "route": back-ordered (no centre has the units) or routed. */
  backordered?: boolean
}

export type Transition =
  | { ok: true; to: ShipmentStage; noop: boolean }
  | { ok: false; reason: string }

/**
 * Moves that go back in the journey. Each is a named compensation of a real-world event, never
 * a silent step back: a wave released, Medusa canceling a fulfilment, a part routed again after
 * its short pick.
 */
export const COMPENSATIONS: readonly ShipmentAction[] = ["release", "fulfillment_canceled", "route"]

const FROM: Record<ShipmentAction, readonly ShipmentStage[]> = {
  route: ["routed", "backordered", "short_picked"],
  reroute_away: ["routed", "backordered", "short_picked"],
  wave: ["routed"],
  release: ["waved", "picked"],
  pick: ["waved"],
  short_pick: ["waved"],
  pack: ["picked", "routed"],
  ship: ["packed", "routed", "waved", "picked"],
  deliver: ["shipped", "packed", "routed", "waved", "picked"],
  fulfillment_canceled: ["packed"],
  cancel: ["routed", "backordered", "waved", "picked", "short_picked", "packed"],
}

function target(action: ShipmentAction, from: ShipmentStage, ctx: TransitionContext): ShipmentStage {
  switch (action) {
    case "route":
      return ctx.backordered ? "backordered" : "routed"
    case "reroute_away":
      return "rerouted"
    case "wave":
      return "waved"
    case "release":
      return "routed"
    case "pick":
      return "picked"
    case "short_pick":
      return "short_picked"
    case "pack":
      return "packed"
    case "ship":
      return "shipped"
    case "deliver":
      return "delivered"
    case "fulfillment_canceled":
      // the packed units are at the bench again: in totes where the centre picks from bins
      return ctx.picks_from_bins ? "picked" : "routed"
    case "cancel":
      return "canceled"
  }
  return from
}

const ALREADY: Partial<Record<ShipmentAction, ShipmentStage[]>> = {
  reroute_away: ["rerouted"],
  wave: ["waved"],
  pick: ["picked"],
  short_pick: ["short_picked"],
  pack: ["packed"],
  ship: ["shipped"],
  deliver: ["delivered"],
  cancel: ["canceled"],
}

/**
 * The one rule for which action is allowed from which stage. An action whose result the
 * shipment already shows is a no-op (a redelivered event changes nothing).
 *
 * Notes on the less obvious entries:
 * - "pack" from "routed" only where the centre does not pick from bins (a back room packs
 *   from the shelf); elsewhere the part must be picked first, or bin stock drifts above Medusa's.
 * - "ship"/"deliver" also from before packing: a merchant may fulfil and ship in Medusa's own
 *   admin without the bench; the OMS records what happened rather than refuse reality.
 * - "route" is the re-route that keeps the part at this centre (or back-orders it).
 */
export function transition(stage: ShipmentStage, action: ShipmentAction, ctx: TransitionContext): Transition {
  if (ALREADY[action]?.includes(stage)) {
    return { ok: true, to: stage, noop: true }
  }
  if (!FROM[action].includes(stage)) {
    return { ok: false, reason: refusal(stage, action) }
  }
  if (action === "pack" && stage === "routed" && ctx.picks_from_bins) {
    return { ok: false, reason: "this centre picks from bins: wave and pick the order before packing it" }
  }
  const to = target(action, stage, ctx)
  return { ok: true, to, noop: to === stage }
}

/** True when the move goes back in the journey (only compensations may). */
export const movesBackward = (from: ShipmentStage, to: ShipmentStage) =>
  to !== "rerouted" && to !== "canceled" && STAGE_RANK[to] < STAGE_RANK[from]

const STAGE_WORDS: Record<ShipmentStage, string> = {
  routed: "waiting to be picked",
  backordered: "back-ordered",
  waved: "in a pick wave",
  picked: "picked",
  short_picked: "short-picked",
  packed: "packed",
  shipped: "shipped",
  delivered: "delivered",
  rerouted: "re-routed to another centre",
  canceled: "canceled",
}

const ACTION_WORDS: Record<ShipmentAction, string> = {
  route: "route",
  reroute_away: "re-route",
  wave: "add to a wave",
  release: "release from its wave",
  pick: "pick",
  short_pick: "short-pick",
  pack: "pack",
  ship: "ship",
  deliver: "mark delivered",
  fulfillment_canceled: "reopen after a canceled fulfilment",
  cancel: "cancel",
}

export const describeStage = (stage: ShipmentStage) => STAGE_WORDS[stage]

function refusal(stage: ShipmentStage, action: ShipmentAction) {
  return `cannot ${ACTION_WORDS[action]} a shipment that is ${STAGE_WORDS[stage]}`
}

/** The stages from which an action really moves a shipment (for queries: "which parts can be waved?"). */
export const stagesAllowing = (action: ShipmentAction, ctx: TransitionContext): ShipmentStage[] =>
  SHIPMENT_STAGE_LIST.filter((s) => {
    const t = transition(s, action, ctx)
    return t.ok && !t.noop
  })
