import { backorderedUnits, capWasBinding, formatKm, unitsWord, type DecisionContext } from "./decision-context"
import { costRule } from "./explain-cost"

function backorderSuffix(ctx: DecisionContext): string {
  const units = backorderedUnits(ctx)
  if (!units) return ""
  const why = capWasBinding(ctx)
    ? `the ${ctx.maxShipments}-shipment cap was reached`
    : "not enough stock at eligible centres"
  return `; ${units} ${unitsWord(units)} back-ordered (${why})`
}

function forcedRule(ctx: DecisionContext, forcedId: string): string {
  const target = ctx.assessed.find((a) => a.center.stock_location_id === forcedId)
  if (!target) return `forced re-route to ${forcedId} is not possible (no such centre): everything back-ordered`
  if (target.ineligibleReason) {
    return `forced re-route to ${target.center.name} is not possible (${target.ineligibleReason}): everything back-ordered`
  }
  return `forced re-route to ${target.center.name}${backorderSuffix(ctx)}`
}

function trimmedNote(ctx: DecisionContext): string {
  const trimmed = ctx.plan.trimmed
  if (!trimmed) return ""
  const limit = ctx.byPriority ? `of priority ${trimmed.reach} or better` : `no farther than ${formatKm(trimmed.reach)}`
  return ` (the fewest parcels from centres ${limit})`
}

function strategyRule(ctx: DecisionContext): string {
  const { plan, input } = ctx
  const count = plan.shipments.length
  if (plan.cost?.best) return costRule(ctx) + backorderSuffix(ctx)
  if (plan.kind === "single") {
    if (ctx.byPriority) return "highest-priority centre with full stock"
    return input.strategy === "fewest_shipments"
      ? "fewest shipments: one centre has the whole order (the closest such centre)"
      : "closest centre with full stock"
  }
  if (count === 0) return "no eligible centre has stock for this order: everything back-ordered"
  if (count === 1) {
    const name = ctx.input.centers[plan.shipments[0].center].name
    return `partial shipment from ${name}: no single centre had every line${backorderSuffix(ctx)}`
  }
  const filled = backorderedUnits(ctx) === 0
  const base =
    input.strategy !== "fewest_shipments"
      ? `split across ${count} centres: no single centre had every line${trimmedNote(ctx)}`
      : filled
        ? `fewest shipments: split across ${count} centres, the closest combination that fills the order`
        : `fewest shipments: split across ${count} centres, the combination covering the most units`
  return base + backorderSuffix(ctx)
}

/** One sentence saying which rule decided the routing. */
export function describeRule(ctx: DecisionContext): string {
  const forcedId = ctx.input.forced_location_id
  if (forcedId) return forcedRule(ctx, forcedId)
  if (ctx.plan.kind === "none") return "nothing to ship: every line has quantity 0"
  if (!ctx.ranked.length) {
    return "no eligible centre (inactive, at capacity or outside the service area): everything back-ordered"
  }
  const rule = strategyRule(ctx)
  return ctx.fellBack ? `delivery address could not be located, so centres are ranked by priority: ${rule}` : rule
}
