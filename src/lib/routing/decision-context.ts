import type { AssessedCenter } from "./eligibility"
import type { AllocationPlan } from "./plan-allocation"
import type { SupplyModel } from "./supply"
import type { RoutingInput } from "./types"

/** Everything the explanation needs about one decision, computed once. */
export interface DecisionContext {
  input: RoutingInput
  assessed: AssessedCenter[]
  ranked: AssessedCenter[]
  model: SupplyModel
  plan: AllocationPlan
  /** Per centre (input order), per line: units it could supply alone from the original stock. */
  seen: number[][]
  canFill: boolean[]
  /** Ranking ignored distance (priority strategy, or unknown destination). */
  byPriority: boolean
  fellBack: boolean
  maxShipments: number
}

export const formatKm = (km: number) => `${(Math.round(km * 10) / 10).toFixed(1).replace(/\.0$/, "")} km`

export const unitsWord = (units: number) => (units === 1 ? "unit" : "units")

export function backorderedUnits(ctx: DecisionContext): number {
  return ctx.plan.remaining.reduce((sum, units) => sum + units, 0)
}

/** True when some unused eligible centre held stock for a back-ordered line: only the cap stopped it. */
export function capWasBinding(ctx: DecisionContext): boolean {
  const used = new Set(ctx.plan.shipments.map((s) => s.center))
  return ctx.ranked.some(
    (a) => !used.has(a.index) && ctx.plan.remaining.some((left, l) => left > 0 && ctx.seen[a.index][l] > 0)
  )
}
