/**
 * Types of the pure routing decision. Nothing here imports Medusa: the same function runs in
 * the order.placed workflow, the simulator, the benchmark and the property tests.
 */

import type { Phrase } from "./phrases"

export const ROUTING_STRATEGIES = [
  "closest_full_stock",
  "fewest_shipments",
  "priority",
  "cost",
] as const
export type RoutingStrategy = (typeof ROUTING_STRATEGIES)[number]

/** Medusa's own behaviour, used as a baseline by the simulator and the benchmark. */
export const MEDUSA_DEFAULT = "medusa_default" as const

export interface GeoPoint {
  latitude: number
  longitude: number
}

/** Where the order goes, as far as the gazetteer could tell. */
export interface Destination {
  point: GeoPoint | null
  country_code?: string | null
  /** ISO 3166-2 subdivision code without country prefix, e.g. "JK", or a province name. */
  province?: string | null
  /** How the point was found ("metadata override", "gazetteer: city Bandung") or why not. */
  source: string
  /** The same as phrases for the admin (see ./phrases.ts); absent on destinations built elsewhere. */
  source_phrases?: Phrase[]
}

export interface CenterCandidate {
  stock_location_id: string
  name: string
  point: GeoPoint | null
  /** Lower number = preferred earlier in priority order. */
  priority: number
  active: boolean
  /** Orders the centre can still take today; null = no limit. */
  capacity_remaining: number | null
  /** Optional service area; empty/absent = serves everywhere. Province codes or names. */
  serves_countries?: string[] | null
  serves_provinces?: string[] | null
  /** Position in Medusa's sales-channel link order (Medusa's default picks the first with stock). */
  link_rank: number
  /** "HH:MM" in `time_zone`: orders decided after it leave the centre the next day. */
  cutoff_time?: string | null
  time_zone?: string | null
}

export interface LineComponent {
  inventory_item_id: string
  /** Units of this inventory item per unit of the line (kits/bundles). */
  required_quantity: number
}

export interface LineDemand {
  line_item_id: string
  quantity: number
  /** Empty for lines that do not manage inventory: they can ship from any centre. */
  components: LineComponent[]
  /** Shipping weight of one unit of the line in grams (its inventory items'); unknown counts as 0. */
  unit_weight_g?: number | null
}

/**
 * Prices the cost strategy minimises, in the store's currency. A parcel from a centre costs
 * `per_parcel + kg × per_kg_km × km`, unless the centre has a zone table: then the first zone that
 * matches the destination prices it as `zone.per_parcel + kg × zone.per_kg`.
 */
export interface ShippingCosts {
  per_parcel: number
  per_kg_km: number
  /** Per stock location id, zones tried in order. */
  zones?: Record<string, CostZone[]> | null
}

export interface CostZone {
  /** Destination provinces the zone covers (codes like "JT" or names); absent = every province. */
  provinces?: string[] | null
  /** Destinations up to this many km from the centre; absent = any distance. */
  max_km?: number | null
  per_parcel: number
  per_kg: number
}

/** Units available per location per inventory item (stocked - reserved + this order's own reservations). */
export type StockView = Record<string, Record<string, number>>

export interface RoutingInput {
  order_id: string
  strategy: RoutingStrategy
  destination: Destination
  lines: LineDemand[]
  centers: CenterCandidate[]
  stock: StockView
  /** Cap on the number of centres (shipments) an order may be split over; >= 1. */
  max_shipments: number
  /** Re-route to this centre only (admin action); other centres are explained as excluded. */
  forced_location_id?: string | null
  /** Prices for the cost strategy; absent = DEFAULT_SHIPPING_COSTS. */
  costs?: ShippingCosts | null
  /**
   * Days the order's shipping option promises until the parcel leaves (0 = today); null = no
   * promise. A centre past today's cut-off dispatches tomorrow (day 1).
   */
  sla_days?: number | null
  /** When the decision is made (ISO 8601): cut-offs are read against it. */
  now?: string | null
}

export interface AllocationItem {
  line_item_id: string
  quantity: number
}

export interface Allocation {
  stock_location_id: string
  distance_km: number | null
  items: AllocationItem[]
}

export type CandidateOutcome = "chosen" | "lost" | "ineligible"

export interface CandidateExplanation {
  stock_location_id: string
  name: string
  distance_km: number | null
  priority: number
  /** Per line: units this centre could supply when the decision was made. */
  stock_seen: Record<string, number>
  /** True when the centre alone could fill every line. */
  can_fill_order: boolean
  outcome: CandidateOutcome
  /** Plain-English reason, e.g. "closest centre with full stock (12 km)" or "inactive". */
  reason: string
  /** The reason as phrases the admin translates (see ./phrases.ts); absent for Medusa's own baseline. */
  reason_phrases?: Phrase[]
  /** Cost strategy: the cheapest plan that ships from this centre (absent when none can). */
  cost_plan?: PlanCost
}

/** What one candidate set of centres would cost, shipping each unit from its cheapest member. */
export interface PlanCost {
  /** Centres that ship in this plan. */
  stock_location_ids: string[]
  parcels: number
  parcel_cost: number
  weight_cost: number
  total: number
  units_placed: number
  /** Units leaving a centre later than the order's shipping option promises (0 without a promise). */
  late_units: number
}

export interface RoutingDecision {
  strategy: RoutingStrategy
  allocations: Allocation[]
  /** Quantities no eligible centre could supply within the shipment cap. */
  backordered: AllocationItem[]
  /**
   * Centre that holds the reservation for back-ordered units (so Medusa's books show the demand
   * where it will be replenished); null when nothing is back-ordered or no centre is eligible.
   */
  backorder_location_id: string | null
  /** The rule that won, in words. */
  rule: string
  /** The rule as phrases the admin translates (see ./phrases.ts); absent for Medusa's own baseline. */
  rule_phrases?: Phrase[]
  destination: Destination
  candidates: CandidateExplanation[]
  /** True when the destination was unknown and the strategy fell back to priority order. */
  fell_back_to_priority: boolean
}
