/** Shapes returned by the medusa-oms admin API (/admin/oms/*). */
import type { OrderFeedback, ShipmentSlaView } from "./measure-types"

export type RoutingStrategy = "closest_full_stock" | "fewest_shipments" | "priority"

export interface StockSummary {
  skus: number
  units: number
  reserved: number
  available: number
  low_stock_skus: number
}

export interface Center {
  id: string | null
  stock_location_id: string
  name: string
  city: string | null
  province: string | null
  country_code: string | null
  sales_channels: { id: string; name: string }[]
  has_profile: boolean
  latitude: number | null
  longitude: number | null
  priority: number
  active: boolean
  daily_order_capacity: number | null
  cutoff_time: string | null
  time_zone: string
  serves_countries: string[]
  serves_provinces: string[]
  stock: StockSummary
}

export type CenterUpdate = Partial<{
  latitude: number | null
  longitude: number | null
  priority: number
  active: boolean
  daily_order_capacity: number | null
  cutoff_time: string | null
  time_zone: string
  serves_countries: string[]
  serves_provinces: string[]
}>

export interface LineQuantity {
  line_item_id: string
  quantity: number
}

export interface Candidate {
  stock_location_id: string
  name: string
  distance_km: number | null
  priority: number
  stock_seen: Record<string, number>
  can_fill_order: boolean
  outcome: "chosen" | "lost" | "ineligible"
  reason: string
  /** The reason as phrases the admin translates (decisions recorded since the phrases exist). */
  reason_phrases?: RoutingPhrase[]
}

/** One part of a sentence the routing rules record: a key of `routing.phrase.*` and its values. */
export interface RoutingPhrase {
  code: string
  params?: Record<string, string | number>
}

export interface RoutingView {
  id: string
  sequence: number
  trigger: "order.placed" | "reroute" | "order_edit" | string
  actor: string | null
  strategy: RoutingStrategy | string
  rule: string
  decided_at: string
  duration_ms: number | null
  shipment_count: number
  max_distance_km: number | null
  allocations: {
    stock_location_id: string
    stock_location_name: string | null
    distance_km: number | null
    items: LineQuantity[]
  }[]
  backordered: LineQuantity[]
  backordered_units: number
  backorder_location_id: string | null
  explanation: {
    destination: {
      point: { latitude: number; longitude: number } | null
      country_code?: string | null
      province?: string | null
      source: string
      source_phrases?: RoutingPhrase[] | null
    }
    rule_phrases?: RoutingPhrase[]
    candidates: Candidate[]
    fell_back_to_priority: boolean
    reservation_changes?: { moved_or_resized: number; created: number; deleted: number }
  } | null
}

export interface TimelineEntry {
  stage: string
  at: string
  actor: string | null
  details: Record<string, unknown> | null
}

/** One part of the order a centre ships, as GET /admin/oms/orders/:order_id lists it. */
export interface OmsShipment {
  id: string
  stock_location_id: string | null
  stock_location_name: string | null
  stage: string
  stage_changed_at: string | null
  shipped_at: string | null
  delivered_at: string | null
  tracking_numbers: string[]
  /** On time, at risk or late against its ship-by deadline; null without a deadline. */
  sla: ShipmentSlaView | null
}

export interface OmsOrder {
  id: string
  display_id: number | null
  status: string
  stage: string
  stage_changed_at: string | null
  items: { id: string; title: string; sku: string | null; quantity: number }[]
  routing: RoutingView | null
  shipments: OmsShipment[]
  feedback: OrderFeedback[]
  history: RoutingView[]
  timeline: TimelineEntry[]
}

export interface SimulationMetrics {
  orders: number
  mean_km: number | null
  p90_km: number | null
  split_rate: number | null
  unfillable_lines: number | null
  unfillable_units: number | null
  load: Record<string, number>
}

export interface Simulation {
  strategy: RoutingStrategy
  max_shipments: number
  orders: number
  stock_model: string
  results: {
    simulated: SimulationMetrics
    actual: SimulationMetrics
    medusa_default: SimulationMetrics
  }
  changed_orders: number
  samples: {
    order_id: string
    display_id: number | null
    destination: string
    /** How the address was placed, as a phrase the admin translates (since the phrases exist). */
    destination_phrases?: RoutingPhrase[] | null
    actual_centers: string[] | null
    simulated_centers: string[]
    medusa_default_centers: string[]
    changed: boolean
  }[]
  centers: string[]
}

export interface SimulationRequest {
  strategy: RoutingStrategy
  limit: number
  max_shipments?: number
}
