import { unitsWord, type DecisionContext } from "./decision-context"
import type { PricedSet } from "./lowest-cost"
import { joinSaid, say, type Said } from "./phrases"
import type { PlanCost } from "./types"

const round2 = (value: number) => Math.round(value * 100) / 100

/** 38000 -> "38,000"; locale-independent so a decision reads the same on every server. */
export function formatAmount(value: number): string {
  const [whole, fraction] = round2(value).toFixed(2).split(".")
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",")
  return fraction === "00" ? grouped : `${grouped}.${fraction}`
}

export function toPlanCost(ctx: DecisionContext, set: PricedSet): PlanCost {
  return {
    stock_location_ids: set.result.shipments.map((s) => ctx.input.centers[s.center].stock_location_id),
    parcels: set.result.shipments.length,
    parcel_cost: round2(set.parcelCost),
    weight_cost: round2(set.weightCost),
    total: round2(set.total),
    units_placed: set.filled,
    late_units: set.lateUnits,
  }
}

const setNames = (ctx: DecisionContext, set: PricedSet) =>
  set.result.shipments.map((s) => ctx.input.centers[s.center].name).join(" + ")

/** "Jakarta + Makassar: 38,000 (2 parcels 18,000 + weight 20,000)" */
export function describeSet(ctx: DecisionContext, set: PricedSet): Said {
  const parcels = set.result.shipments.length
  return say(
    `${setNames(ctx, set)}: ${formatAmount(set.total)} ` +
      `(${parcels} ${parcels === 1 ? "parcel" : "parcels"} ${formatAmount(set.parcelCost)} + weight ${formatAmount(set.weightCost)})`,
    "cost_set",
    { centres: setNames(ctx, set), amount_total: round2(set.total), count: parcels, amount_parcels: round2(set.parcelCost), amount_weight: round2(set.weightCost) }
  )
}

const lateNote = (set: PricedSet): Said | null =>
  set.lateUnits
    ? say(`; ${set.lateUnits} ${unitsWord(set.lateUnits)} leave after today's cut-off`, "late_units", { count: set.lateUnits })
    : null

export function chosenCostReason(ctx: DecisionContext, parts: Said): Said {
  const best = ctx.plan.cost!.best!
  return joinSaid(say("ships ", "ships"), parts, say(" — lowest-cost plan, ", "cost_chosen"), describeSet(ctx, best), lateNote(best))
}

/** Why the cheapest plan that uses this centre lost to the chosen one. */
export function lostCostReason(ctx: DecisionContext, center: number): Said | null {
  const own = ctx.plan.cost?.bestWith.get(center)
  const best = ctx.plan.cost?.best
  if (!own || !best) return null
  const plan = joinSaid(say("its cheapest plan, ", "cost_own"), describeSet(ctx, own), say(",", "comma_end"))
  if (own.filled < best.filled) {
    const fewer = best.filled - own.filled
    return joinSaid(plan, say(` places ${fewer} ${unitsWord(fewer)} fewer`, "cost_fewer", { count: fewer }))
  }
  if (own.lateUnits > best.lateUnits) {
    const later = own.lateUnits - best.lateUnits
    return joinSaid(
      plan,
      say(` sends ${later} more ${unitsWord(later)} after today's cut-off, while the shipping option promises dispatch today`, "cost_later", { count: later })
    )
  }
  const more = own.total - best.total
  if (more > 0.005) return joinSaid(plan, say(` costs ${formatAmount(more)} more than the chosen plan`, "cost_more", { amount: round2(more) }))
  return joinSaid(plan, say(" costs the same as the chosen plan, which needs fewer parcels or ranks first", "cost_same"))
}

export function costRule(ctx: DecisionContext): Said {
  const best = ctx.plan.cost!.best!
  const count = best.result.shipments.length
  const what = count === 1 ? say("lowest cost: one parcel, ", "rule_cost_single") : say(`lowest cost: split across ${count} centres, `, "rule_cost_split", { count })
  const promise =
    ctx.input.sla_days == null ? null : best.lateUnits ? lateNote(best) : say("; everything leaves in time for the shipping option", "in_time")
  const approximate = ctx.plan.cost!.exact ? null : say(" among the cheapest centres searched", "cost_approximate")
  return joinSaid(what, describeSet(ctx, best), approximate, promise)
}
