import { unitsWord, type DecisionContext } from "./decision-context"
import type { PricedSet } from "./lowest-cost"
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
export function describeSet(ctx: DecisionContext, set: PricedSet): string {
  const parcels = set.result.shipments.length
  return (
    `${setNames(ctx, set)}: ${formatAmount(set.total)} ` +
    `(${parcels} ${parcels === 1 ? "parcel" : "parcels"} ${formatAmount(set.parcelCost)} + weight ${formatAmount(set.weightCost)})`
  )
}

const lateNote = (set: PricedSet) =>
  set.lateUnits ? `; ${set.lateUnits} ${unitsWord(set.lateUnits)} leave after today's cut-off` : ""

export function chosenCostReason(ctx: DecisionContext, parts: string): string {
  const best = ctx.plan.cost!.best!
  return `ships ${parts} — lowest-cost plan, ${describeSet(ctx, best)}${lateNote(best)}`
}

/** Why the cheapest plan that uses this centre lost to the chosen one. */
export function lostCostReason(ctx: DecisionContext, center: number): string | null {
  const own = ctx.plan.cost?.bestWith.get(center)
  const best = ctx.plan.cost?.best
  if (!own || !best) return null
  const plan = `its cheapest plan, ${describeSet(ctx, own)},`
  if (own.filled < best.filled) {
    const fewer = best.filled - own.filled
    return `${plan} places ${fewer} ${unitsWord(fewer)} fewer`
  }
  if (own.lateUnits > best.lateUnits) {
    const later = own.lateUnits - best.lateUnits
    return `${plan} sends ${later} more ${unitsWord(later)} after today's cut-off, while the shipping option promises dispatch today`
  }
  const more = own.total - best.total
  if (more > 0.005) return `${plan} costs ${formatAmount(more)} more than the chosen plan`
  return `${plan} costs the same as the chosen plan, which needs fewer parcels or ranks first`
}

export function costRule(ctx: DecisionContext): string {
  const best = ctx.plan.cost!.best!
  const count = best.result.shipments.length
  const what = count === 1 ? "one parcel" : `split across ${count} centres`
  const promise = ctx.input.sla_days == null ? "" : best.lateUnits ? lateNote(best) : "; everything leaves in time for the shipping option"
  const approximate = ctx.plan.cost!.exact ? "" : " among the cheapest centres searched"
  return `lowest cost: ${what}, ${describeSet(ctx, best)}${approximate}${promise}`
}
