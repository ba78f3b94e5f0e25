import { roundKm } from "../geo/haversine"
import { backorderedUnits, formatKm, unitsWord, type DecisionContext } from "./decision-context"
import { chosenCostReason, lostCostReason, toPlanCost } from "./explain-cost"
import type { AssessedCenter } from "./eligibility"
import type { Shipment } from "./allocate"
import { joinSaid, listSaid, say, type Said } from "./phrases"
import type { CandidateExplanation } from "./types"

function shippedParts(ctx: DecisionContext, shipment: Shipment): Said {
  return listSaid(
    ctx.model.lines
      .map((line, l) => ({ line, units: shipment.quantities[l] }))
      .filter(({ units }) => units > 0)
      .map(({ line, units }) =>
        say(`${units} of ${line.quantity} ${unitsWord(line.quantity)} of line ${line.id}`, "line_part", { units, quantity: line.quantity, line: line.id })
      )
  )
}

function singleWinnerReason(ctx: DecisionContext, a: AssessedCenter): Said {
  if (ctx.input.forced_location_id) return say("admin re-route target, has full stock", "forced_full")
  if (ctx.byPriority) return say(`highest-priority centre with full stock (priority ${a.center.priority})`, "priority_full", { priority: a.center.priority })
  if (a.distanceKm === null) return say("centre with full stock (its distance is unknown)", "full_distance_unknown")
  const distance_km = roundKm(a.distanceKm)
  return ctx.input.strategy === "fewest_shipments"
    ? say(`fewest shipments: holds the whole order, closest such centre (${formatKm(a.distanceKm)})`, "fewest_full", { distance_km })
    : say(`closest centre with full stock (${formatKm(a.distanceKm)})`, "closest_full", { distance_km })
}

function chosenReason(ctx: DecisionContext, a: AssessedCenter, shipment: Shipment): Said {
  if (ctx.plan.cost) return chosenCostReason(ctx, shippedParts(ctx, shipment))
  if (ctx.plan.kind === "single") return singleWinnerReason(ctx, a)
  const parts = joinSaid(say("ships ", "ships"), shippedParts(ctx, shipment))
  if (ctx.input.forced_location_id) return joinSaid(parts, say(" — admin re-route target", "forced_part"))
  if (ctx.plan.shipments.length > 1) return joinSaid(parts, say(" — split because no single centre had everything", "split_part"))
  return joinSaid(parts, say(" — the rest is back-ordered: no single centre had everything", "rest_backordered"))
}

/** Names the first line the centre is short on, preferring lines that ended up back-ordered. */
function missingStockReason(ctx: DecisionContext, a: AssessedCenter): Said {
  const seen = ctx.seen[a.index]
  const lines = ctx.model.lines.map((line, l) => ({ line, l }))
  const short = (only: (l: number) => boolean) =>
    lines.find(({ line, l }) => only(l) && seen[l] < line.quantity)
  const hit = short((l) => ctx.plan.remaining[l] > 0) ?? short(() => true)
  if (!hit) return say("missing stock: not enough of an item that several lines share", "missing_shared")
  return say(`missing stock: ${seen[hit.l]} of ${hit.line.quantity} for line ${hit.line.id}`, "missing", {
    seen: seen[hit.l],
    quantity: hit.line.quantity,
    line: hit.line.id,
  })
}

function lostToWinnerReason(ctx: DecisionContext, a: AssessedCenter, winner: AssessedCenter): Said {
  const them = winner.center
  if (ctx.byPriority) {
    return a.center.priority > them.priority
      ? say(`has full stock but lower priority (${a.center.priority}) than ${them.name} (${them.priority})`, "lost_priority", {
          priority: a.center.priority,
          winner: them.name,
          winner_priority: them.priority,
        })
      : say(`has full stock but ranked after ${them.name} (same priority, later in link order)`, "lost_link_order", { winner: them.name })
  }
  if (a.distanceKm === null) return say("has full stock but its distance is unknown", "lost_distance_unknown")
  const farther = roundKm(a.distanceKm - (winner.distanceKm ?? 0))
  return farther > 0
    ? say(`has full stock but ${formatKm(farther)} farther than ${them.name}`, "lost_farther", { farther_km: farther, winner: them.name })
    : say(`has full stock, as close as ${them.name}, but ranked after it (priority ${a.center.priority} vs ${them.priority})`, "lost_as_close", {
        winner: them.name,
        priority: a.center.priority,
        winner_priority: them.priority,
      })
}

/** A centre the plain walk in rank order would have used, left out because fewer parcels suffice. */
function trimmedReason(ctx: DecisionContext, a: AssessedCenter): Said | null {
  const trimmed = ctx.plan.trimmed
  if (!trimmed || !ctx.seen[a.index].some((units) => units > 0)) return null
  const parcels = ctx.plan.shipments.length
  if (ctx.byPriority) {
    return say(`not needed: ${parcels} parcels from centres of priority ${trimmed.reach} or better cover the order`, "trimmed_priority", {
      count: parcels,
      reach: trimmed.reach,
    })
  }
  return a.distanceKm !== null && a.distanceKm <= trimmed.reach
    ? say(`not needed: ${parcels} parcels from centres no farther than ${formatKm(trimmed.reach)} cover the order`, "trimmed_distance", {
        count: parcels,
        reach_km: trimmed.reach,
      })
    : null
}

function lostReason(ctx: DecisionContext, a: AssessedCenter): Said {
  const { plan } = ctx
  if (plan.kind === "none") return say("not needed: nothing to ship", "nothing_to_ship")
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
      ? say("not needed: the order is filled with fewer or closer centres", "not_needed_fewer")
      : say("not needed: order already filled", "not_needed_filled")
  }
  // An unused centre holding something still missing was only left out because of the cap.
  const couldHelp = plan.remaining.some((left, l) => left > 0 && seen[l] > 0)
  return couldHelp ? say(`over the ${ctx.maxShipments}-shipment cap`, "over_cap", { count: ctx.maxShipments }) : missingStockReason(ctx, a)
}

export function explainCandidates(ctx: DecisionContext): CandidateExplanation[] {
  const shipmentByCenter = new Map(ctx.plan.shipments.map((s) => [s.center, s]))
  return ctx.assessed.map((a) => {
    const shipment = shipmentByCenter.get(a.index)
    const stockSeen: Record<string, number> = {}
    ctx.model.lines.forEach((line, l) => (stockSeen[line.id] = ctx.seen[a.index][l]))
    const [outcome, reason] = a.ineligibleReason
      ? (["ineligible", { text: a.ineligibleReason, phrases: a.ineligiblePhrases ?? [] }] as const)
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
      reason: reason.text,
      reason_phrases: reason.phrases,
      ...(costSet ? { cost_plan: toPlanCost(ctx, costSet) } : {}),
    }
  })
}
