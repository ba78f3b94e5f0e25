import { cutoffToday } from "../time/cutoff"
import { assessCenters, normalizeCode, type AssessedCenter } from "./eligibility"
import { UNKNOWN_DISTANCE_KM } from "./fewest-shipments"
import type { Allocation, CostZone, RoutingInput, ShippingCosts } from "./types"

/**
 * Used when the merchant sets no prices: roughly an Indonesian courier's regular service in IDR
 * (a 1 kg parcel: ~Rp 9,000 in town, ~Rp 37,000 Jakarta → Makassar). Only the ratio matters for
 * the choice: one more parcel is worth 450 kg·km.
 */
export const DEFAULT_SHIPPING_COSTS: ShippingCosts = { per_parcel: 9000, per_kg_km: 20 }

/** What one parcel from a centre costs for this order, and whether it leaves too late. */
export interface CenterRate {
  per_parcel: number
  per_kg: number
  /** Leaves later than the order's shipping option promises (dispatch day > sla_days). */
  late: boolean
}

const nonNegative = (value: unknown) => (typeof value === "number" && Number.isFinite(value) && value > 0 ? value : 0)

/** Grams per unit of each line (input order), unknown or invalid as 0. */
export const lineWeightsG = (input: RoutingInput) => input.lines.map((line) => nonNegative(line.unit_weight_g))

function zoneMatches(zone: CostZone, input: RoutingInput, distanceKm: number | null): boolean {
  if (zone.max_km != null && (distanceKm === null || distanceKm > zone.max_km)) return false
  if (zone.provinces?.length) {
    const country = input.destination?.country_code?.trim().toLowerCase() || null
    const province = input.destination?.province
    if (!province) return false
    return zone.provinces.some((p) => normalizeCode(p, country) === normalizeCode(province, country))
  }
  return true
}

/** 0 when the centre can still ship today, 1 when today's cut-off has passed (or cannot be read: 0). */
function dispatchDay(input: RoutingInput, center: AssessedCenter["center"]): number {
  const now = input.now ? new Date(input.now) : null
  if (!now || Number.isNaN(now.getTime()) || !center.cutoff_time || !center.time_zone) return 0
  try {
    return now.getTime() >= cutoffToday(now, center.time_zone, center.cutoff_time).getTime() ? 1 : 0
  } catch {
    return 0
  }
}

export function hasSla(input: RoutingInput): boolean {
  return typeof input.sla_days === "number" && Number.isFinite(input.sla_days) && input.sla_days >= 0
}

/** Per centre (input order): its parcel price and per-kg price for this destination. */
export function centerRates(input: RoutingInput, assessed: AssessedCenter[]): CenterRate[] {
  const costs = input.costs ?? DEFAULT_SHIPPING_COSTS
  const sla = hasSla(input)
  return assessed.map((a) => {
    const zone = costs.zones?.[a.center.stock_location_id]?.find((z) => zoneMatches(z, input, a.distanceKm))
    const late = sla && dispatchDay(input, a.center) > input.sla_days!
    if (zone) return { per_parcel: nonNegative(zone.per_parcel), per_kg: nonNegative(zone.per_kg), late }
    const km = a.distanceKm ?? UNKNOWN_DISTANCE_KM
    return { per_parcel: nonNegative(costs.per_parcel), per_kg: nonNegative(costs.per_kg_km) * km, late }
  })
}

export interface DecisionCost {
  parcels: number
  parcel_cost: number
  weight_cost: number
  total: number
  late_units: number
}

/** What a decision's parcels cost at the input's prices, whichever strategy (or Medusa) made it. */
export function costOfDecision(input: RoutingInput, decision: { allocations: Allocation[] }): DecisionCost {
  const assessed = assessCenters(input)
  const rates = centerRates(input, assessed)
  const indexOf = new Map(input.centers.map((c, i) => [c.stock_location_id, i]))
  const weights = lineWeightsG(input)
  const grams = new Map(input.lines.map((line, l) => [line.line_item_id, weights[l]]))
  const cost: DecisionCost = { parcels: 0, parcel_cost: 0, weight_cost: 0, total: 0, late_units: 0 }
  for (const allocation of decision.allocations) {
    const rate = rates[indexOf.get(allocation.stock_location_id)!]
    const kg = allocation.items.reduce((sum, item) => sum + (item.quantity * (grams.get(item.line_item_id) ?? 0)) / 1000, 0)
    cost.parcels += 1
    cost.parcel_cost += rate.per_parcel
    cost.weight_cost += kg * rate.per_kg
    if (rate.late) cost.late_units += allocation.items.reduce((sum, item) => sum + item.quantity, 0)
  }
  cost.total = cost.parcel_cost + cost.weight_cost
  return cost
}
