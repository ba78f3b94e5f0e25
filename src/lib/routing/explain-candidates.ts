import { roundKm } from "../geo/haversine"
import { backorderedUnits, formatKm, unitsWord, type DecisionContext } from "./decision-context"
import { chosenCostReason, lostCostReason, toPlanCost } from "./explain-cost"
import type { AssessedCenter } from "./eligibility"
import type { Shipment } from "./allocate"
import type { CandidateExplanation } from "./types"

function shippedParts(ctx: DecisionContext, shipment: Shipment): string {
  return ctx.model.lines
    .map((line, l) => ({ line, units: shipment.quantities[l] }))
    .filter(({ units }) => units > 0)
    .map(({ line, units }) => `${units} of ${line.quantity} ${unitsWord(line.quantity)} of line ${line.id}`)
    .join(", ")
}

function singleWinnerReason(ctx: DecisionContext, a: AssessedCenter): string {
  if (ctx.input.forced_location_id) return "admin re-route target, has full stock"
  if (ctx.byPriority) return `highest-priority centre with full stock (priority ${a.center.priority})`
  if (a.distanceKm === null) return "centre with full stock (its distance is unknown)"
  return ctx.input.strategy === "fewest_shipments"
    ? `fewest shipments: holds the whole order, closest such centre (${formatKm(a.distanceKm)})`
    : `closest centre with full stock (${formatKm(a.distanceKm)})`
}

function chosenReason(ctx: DecisionContext, a: AssessedCenter, shipment: Shipment): string {
  if (ctx.plan.cost) return chosenCostReason(ctx, shippedParts(ctx, shipment))
  if (ctx.plan.kind === "single") return singleWinnerReason(ctx, a)
  const parts = `ships ${shippedParts(ctx, shipment)}`
  if (ctx.input.forced_location_id) return `${parts} — admin re-route target`
  if (ctx.plan.shipments.length > 1) return `${parts} — split because no single centre had everything`
  return `${parts} — the rest is back-ordered: no single centre had everything`
}

/** Names the first line the centre is short on, preferring lines that ended up back-ordered. */
function missingStockReason(ctx: DecisionContext, a: AssessedCenter): string {
  const seen = ctx.seen[a.index]
  const lines = ctx.model.lines.map((line, l) => ({ line, l }))
  const short = (only: (l: number) => boolean) =>
    lines.find(({ line, l }) => only(l) && seen[l] < line.quantity)
  const hit = short((l) => ctx.plan.remaining[l] > 0) ?? short(() => true)
  if (!hit) return "missing stock: not enough of an item that several lines share"
  return `missing stock: ${seen[hit.l]} of ${hit.line.quantity} for line ${hit.line.id}`
}

function lostToWinnerReason(ctx: DecisionContext, a: AssessedCenter, winner: AssessedCenter): string {
  const them = winner.center
  if (ctx.byPriority) {
    return a.center.priority > them.priority
      ? `has full stock but lower priority (${a.center.priority}) than ${them.name} (${them.priority})`
      : `has full stock but ranked after ${them.name} (same priority, later in link order)`
  }
  if (a.distanceKm === null) return "has full stock but its distance is unknown"
  const farther = roundKm(a.distanceKm - (winner.distanceKm ?? 0))
  return farther > 0
    ? `has full stock but ${formatKm(farther)} farther than ${them.name}`
    : `has full stock, as close as ${them.name}, but ranked after it (priority ${a.center.priority} vs ${them.priority})`
}

/** A centre the plain walk in rank order would have used, left out because fewer parcels suffice. */
function trimmedReason(ctx: DecisionContext, a: AssessedCenter): string | null {
  const trimmed = ctx.plan.trimmed
  if (!trimmed || !ctx.seen[a.index].some((units) => units > 0)) return null
  const parcels = ctx.plan.shipments.length
  const within = ctx.byPriority
    ? `centres of priority ${trimmed.reach} or better`
    : a.distanceKm !== null && a.distanceKm <= trimmed.reach
      ? `centres no farther than ${formatKm(trimmed.reach)}`
      : null
  return within ? `not needed: ${parcels} parcels from ${within} cover the order` : null
}

function lostReason(ctx: DecisionContext, a: AssessedCenter): string {
  const { plan } = ctx
  if (plan.kind === "none") return "not needed: nothing to ship"
  if (plan.cost) return lostCostReason(ctx, a.index) ?? missingStockReason(ctx, a)
  if (plan.kind === "single") {
    const winner = ctx.assessed[plan.shipments[0].center]
    return ctx.canFill[a.index] ? lostToWinnerReason(ctx, a, winner) : missingStockReason(ctx, a)
  }
  const seen = ctx.seen[a.index]
  const trimmed = trimmedReason(ctx, a)
  if (trimmed) return trimmed
  if (backorderedUnits(ctx) === 0) {
    if (!seen.some((units) => units > 0)) return missingStockReason(ctx, a)
    return ctx.input.strategy === "fewest_shipments"
      ? "not needed: the order is filled with fewer or closer centres"
      : "not needed: order already filled"
  }
  // An unused centre holding something still missing was only left out because of the cap.
  const couldHelp = plan.remaining.some((left, l) => left > 0 && seen[l] > 0)
  return couldHelp ? `over the ${ctx.maxShipments}-shipment cap` : missingStockReason(ctx, a)
}

export function explainCandidates(ctx: DecisionContext): CandidateExplanation[] {
  const shipmentByCenter = new Map(ctx.plan.shipments.map((s) => [s.center, s]))
  return ctx.assessed.map((a) => {
    const shipment = shipmentByCenter.get(a.index)
    const stockSeen: Record<string, number> = {}
    ctx.model.lines.forEach((line, l) => (stockSeen[line.id] = ctx.seen[a.index][l]))
    const [outcome, reason] = a.ineligibleReason
      ? (["ineligible", a.ineligibleReason] as const)
      : shipment
        ? (["chosen", chosenReason(ctx, a, shipment)] as const)
        : (["lost", lostReason(ctx, a)] as const)
    const costSet = a.ineligibleReason ? undefined : ctx.plan.cost?.bestWith.get(a.index)
    return {
      stock_location_id: a.center.stock_location_id,
      name: a.center.name,
      distance_km: a.distanceKm === null ? null : roundKm(a.distanceKm),
      priority: a.center.priority,
      stock_seen: stockSeen,
      can_fill_order: ctx.canFill[a.index],
      outcome,
      reason,
      ...(costSet ? { cost_plan: toPlanCost(ctx, costSet) } : {}),
    }
  })
}
