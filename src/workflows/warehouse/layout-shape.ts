import type { WarehouseLayout } from "../../lib/warehouse"

/** Layout fields as stored on `oms_warehouse_layout` (and accepted by the layout workflow). */
export interface WarehouseLayoutFields {
  zone_code: string
  aisles: number
  bays_per_aisle: number
  levels: number
  bay_width_m: number
  aisle_width_m: number
  cross_aisles: number
  cross_aisle_width_m: number
  depot_aisle: number
  metadata?: Record<string, unknown> | null
}

export const LAYOUT_DEFAULTS = { zone_code: "A", cross_aisles: 2, depot_aisle: 1 } as const

/** The stored row (one zone spanning every aisle) in the shape `src/lib/warehouse` works with. */
export function toLibLayout(fields: WarehouseLayoutFields): WarehouseLayout {
  return {
    aisles: fields.aisles,
    bays_per_aisle: fields.bays_per_aisle,
    levels: fields.levels,
    bay_width_m: fields.bay_width_m,
    aisle_width_m: fields.aisle_width_m,
    cross_aisles: fields.cross_aisles,
    cross_aisle_width_m: fields.cross_aisle_width_m,
    depot: { aisle_index: fields.depot_aisle, position: "front" },
  }
}
