import type { ShipmentAction, ShipmentStage } from "../../lib/journey"

/** Fields a move may set on the shipment besides its stage. */
export interface ShipmentPatch {
  lines?: { line_item_id: string; quantity: number }[]
  decision_id?: string | null
  shipping_option_id?: string | null
  wave_id?: string | null
  picked_by?: string | null
  packed_by?: string | null
  carton_codes?: string[]
  fulfillment_id?: string | null
  tracking_numbers?: string[]
  // dashboard facts (see the model)
  placed_at?: Date | null
  sales_channel_id?: string | null
  region_id?: string | null
  parcels?: number
  cost?: number | null
  mispicks_caught?: number
}

/**
 * One action on the shipments of an order. Targets one shipment by id, or by centre
 * (`stock_location_id`, null = the back-ordered part), or every live shipment of the order.
 */
export interface ShipmentMove {
  order_id: string
  action: ShipmentAction
  shipment_id?: string
  stock_location_id?: string | null
  /** The centre picks from bins (has a warehouse layout): packing needs picking first. */
  picks_from_bins?: boolean
  /** For "route": the part is back-ordered. */
  backordered?: boolean
  patch?: ShipmentPatch
  details?: Record<string, unknown> | null
  /**
   * Refuse the whole call when the machine refuses this move (the OMS's own actions). When
   * false the move is skipped and reported (Medusa's own events about parts the OMS did not
   * expect to move, e.g. a fulfilment shipped in Medusa's admin for a canceled part).
   */
  strict?: boolean
}

export interface ShipmentCreate {
  order_id: string
  stock_location_id: string | null
  backordered: boolean
  patch?: ShipmentPatch
  details?: Record<string, unknown> | null
}

export interface ShipmentMoveResult {
  moved: { shipment_id: string; order_id: string; stock_location_id: string | null; from: ShipmentStage | null; to: ShipmentStage }[]
  skipped: { shipment_id: string; order_id: string; stock_location_id: string | null; stage: ShipmentStage; reason: string }[]
  /** Each order's derived stage after the moves. */
  order_stages: Record<string, string>
}

export interface ShipmentUndo {
  created_ids: string[]
  updated: Record<string, unknown>[]
  event_ids: string[]
  orders: { id: string; stage: string; stage_changed_at: Date | null }[]
}
