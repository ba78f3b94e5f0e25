/** Plain rows the invariant checks read (one centre or several; the loader gathers them). */

/** One stock location × inventory item key. */
export interface LevelKey {
  stock_location_id: string
  inventory_item_id: string
}

/** Medusa's inventory level: what it stocks and what it counts as reserved. */
export interface LevelRow extends LevelKey {
  stocked: number
  reserved: number
}

/** Medusa's reservations at a level, summed: all of them, and those that allow back-orders. */
export interface ReservationTotalRow extends LevelKey {
  quantity: number
  backorder_quantity: number
}

/** Units the warehouse holds of an item at a centre: in bins, or picked into totes not packed yet. */
export interface HeldUnitsRow extends LevelKey {
  quantity: number
}

/** A shipment (order × centre) held by an open wave claim or an open pack session. */
export interface ShipmentHoldRow {
  order_id: string
  /** The number the merchant knows the order by (Medusa's display id). */
  order_number: number | null
  stock_location_id: string
  /** The wave or pack session holding it. */
  holder_id: string
}

export interface InvariantRows {
  locations: { id: string; name: string }[]
  items: { id: string; sku: string | null }[]
  levels: LevelRow[]
  reservations: ReservationTotalRow[]
  bins: HeldUnitsRow[]
  totes: HeldUnitsRow[]
  wave_claims: ShipmentHoldRow[]
  pack_sessions: ShipmentHoldRow[]
}

export type InvariantBreakKind =
  | "reserved_count_mismatch"
  | "reserved_over_stock"
  | "bins_over_stock"
  | "shipment_in_two_waves"
  | "shipment_in_two_pack_sessions"

export interface InvariantBreak {
  kind: InvariantBreakKind
  stock_location_id: string
  inventory_item_id: string | null
  order_id: string | null
  figures: Record<string, number>
  /** What a merchant reads: the centre's name, the SKU or order number, the figures, no ids. */
  message: string
  /** Same break, same key (kind, place, subject); the figures are not part of it. */
  key: string
}
