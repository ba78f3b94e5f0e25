import type { WarehouseLayout } from "../warehouse/layout"
import type { RouteMethod, RouteStop } from "./types"

export interface WaveLine {
  line_item_id: string
  inventory_item_id: string
  quantity: number
  /** Bin chosen for this line by the caller (e.g. from the reservation's location). */
  bin_code: string
}

export interface WaveCandidateOrder {
  order_id: string
  placed_at: Date | string
  /** Higher first; missing counts as 0. */
  priority?: number
  shipping_option_id?: string
  lines: WaveLine[]
}

export interface WaveFilters {
  /** Only orders placed strictly before this instant. */
  placed_before?: Date | string
  shipping_option_ids?: string[]
  min_priority?: number
}

export interface WaveLimits {
  max_orders?: number
  /** Units (sum of line quantities) in the whole wave. */
  max_items?: number
  /** Per-order totes that fit on the cart; each order in the wave takes one tote. */
  cart_totes?: number
}

/** "single": one order per wave (discrete picking); "batch": one walk picks every order of the wave. */
export type WaveMode = "single" | "batch"

export interface BuildWaveInput {
  layout: WarehouseLayout
  orders: WaveCandidateOrder[]
  filters?: WaveFilters
  limits?: WaveLimits
  mode: WaveMode
}

export interface PickListLine extends WaveLine {
  /** `order` of the route stop where this line is picked. */
  stop: number
}

export interface PickList {
  tote: number
  order_id: string
  /** In walking order. */
  lines: PickListLine[]
}

export interface ToteDrop {
  tote: number
  order_id: string
  line_item_id: string
  inventory_item_id: string
  quantity: number
  bin_code: string
}

export interface WaveStop extends RouteStop {
  /** What to pick here and which tote it goes into. */
  drops: ToteDrop[]
}

export interface WaveRoute {
  stops: WaveStop[]
  distance_m: number
  /** Same picks walked S-shape, for comparison. */
  s_shape_distance_m: number
  method: RouteMethod
}

export interface Wave {
  /** Selected order ids: highest priority first, then oldest, then by id. */
  orders: string[]
  skipped: { order_id: string; reason: string }[]
  pick_lists: PickList[]
  route: WaveRoute
  /** Sum of each selected order's own optimal route: the travel without batching. */
  order_by_order_distance_m: number
}
