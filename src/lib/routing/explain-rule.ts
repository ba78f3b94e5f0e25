import { backorderedUnits, capWasBinding, formatKm, unitsWord, type DecisionContext } from "./decision-context"
import { costRule } from "./explain-cost"
import { joinSaid, say, type Said } from "./phrases"

function backorderSuffix(ctx: DecisionContext): Said | null {
  const units = backorderedUnits(ctx)
  if (!units) return null
  return capWasBinding(ctx)
    ? say(`; ${units} ${unitsWord(units)} back-ordered (the ${ctx.maxShipments}-shipment cap was reached)`, "backordered_cap", { count: units, cap: ctx.maxShipments })
    : say(`; ${units} ${unitsWord(units)} back-ordered (not enough stock at eligible centres)`, "backordered_stock", { count: units })
}

function forcedRule(ctx: DecisionContext, forcedId: string): Said {
  const target = ctx.assessed.find((a) => a.center.stock_location_id === forcedId)
  if (!target) {
    return say(`forced re-route to ${forcedId} is not possible (no such centre): everything back-ordered`, "rule_forced_missing")
  }
  if (target.ineligibleReason) {
    return joinSaid(
      say(`forced re-route to ${target.center.name} is not possible (`, "rule_forced_refused", { centre: target.center.name }),
      { text: target.ineligibleReason, phrases: target.ineligiblePhrases ?? [] },
      say("): everything back-ordered", "rule_forced_refused_end")
    )
  }
  return joinSaid(say(`forced re-route to ${target.center.name}`, "rule_forced", { centre: target.center.name }), backorderSuffix(ctx))
}

function trimmedNote(ctx: DecisionContext): Said | null {
  const trimmed = ctx.plan.trimmed
  if (!trimmed) return null
  return ctx.byPriority
    ? say(` (the fewest parcels from centres of priority ${trimmed.reach} or better)`, "trimmed_note_priority", { reach: trimmed.reach })
    : say(` (the fewest parcels from centres no farther than ${formatKm(trimmed.reach)})`, "trimmed_note_distance", { reach_km: trimmed.reach })
}

function strategyRule(ctx: DecisionContext): Said {
  const { plan, input } = ctx
  const count = plan.shipments.length
  if (plan.cost?.best) return joinSaid(costRule(ctx), backorderSuffix(ctx))
  if (plan.kind === "single") {
    if (ctx.byPriority) return say("highest-priority centre with full stock", "rule_priority_full")
    return input.strategy === "fewest_shipments"
      ? say("fewest shipments: one centre has the whole order (the closest such centre)", "rule_fewest_single")
      : say("closest centre with full stock", "rule_closest_full")
  }
  if (count === 0) return say("no eligible centre has stock for this order: everything back-ordered", "rule_no_stock")
  if (count === 1) {
    const name = ctx.input.centers[plan.shipments[0].center].name
    return joinSaid(say(`partial shipment from ${name}: no single centre had every line`, "rule_partial", { centre: name }), backorderSuffix(ctx))
  }
  const filled = backorderedUnits(ctx) === 0
  const base =
    input.strategy !== "fewest_shipments"
      ? joinSaid(say(`split across ${count} centres: no single centre had every line`, "rule_split", { count }), trimmedNote(ctx))
      : filled
        ? say(`fewest shipments: split across ${count} centres, the closest combination that fills the order`, "rule_fewest_split_filled", { count })
        : say(`fewest shipments: split across ${count} centres, the combination covering the most units`, "rule_fewest_split_most", { count })
  return joinSaid(base, backorderSuffix(ctx))
}

/** One sentence saying which rule decided the routing (with its phrases for the admin). */
export function describeRule(ctx: DecisionContext): Said {
  const forcedId = ctx.input.forced_location_id
  if (forcedId) return forcedRule(ctx, forcedId)
  if (ctx.plan.kind === "none") return say("nothing to ship: every line has quantity 0", "rule_nothing")
  if (!ctx.ranked.length) {
    return say("no eligible centre (inactive, at capacity or outside the service area): everything back-ordered", "rule_no_eligible")
  }
  const rule = strategyRule(ctx)
  return ctx.fellBack
    ? joinSaid(say("delivery address could not be located, so centres are ranked by priority: ", "rule_fell_back"), rule)
    : rule
}
