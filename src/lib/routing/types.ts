/**
 * Types of the pure routing decision. Nothing here imports Medusa: the same function runs in
 * the order.placed workflow, the simulator, the benchmark and the property tests.
 */

export const ROUTING_STRATEGIES = [
  "closest_full_stock",
  "fewest_shipments",
  "priority",
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
  destination: Destination
  candidates: CandidateExplanation[]
  /** True when the destination was unknown and the strategy fell back to priority order. */
  fell_back_to_priority: boolean
}
