import type { Destination, LineDemand } from "../routing/types"

/** One order's demand as the geography map and the placement replay read it (`oms_order_demand`). */
export interface OrderDemandFacts {
  units: number
  /** Units per inventory item, kits expanded (line units × required quantity), sorted by item. */
  items: { inventory_item_id: string; quantity: number }[]
  country_code: string | null
  province: string | null
  latitude: number | null
  longitude: number | null
  /** Farthest parcel, km; null when no allocation has a known distance. */
  distance_km: number | null
}

/**
 * The demand facts of an order from its routing input: what it asked for (whether or not it
 * could be shipped, so back-ordered units count as demand) and where it goes.
 */
export function orderDemandFacts(lines: readonly LineDemand[], destination: Destination, distancesKm: readonly (number | null | undefined)[]): OrderDemandFacts {
  const perItem = new Map<string, number>()
  let units = 0
  for (const line of lines) {
    units += line.quantity
    for (const c of line.components) perItem.set(c.inventory_item_id, (perItem.get(c.inventory_item_id) ?? 0) + line.quantity * c.required_quantity)
  }
  const known = distancesKm.filter((d): d is number => typeof d === "number" && Number.isFinite(d))
  return {
    units,
    items: [...perItem].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([inventory_item_id, quantity]) => ({ inventory_item_id, quantity })),
    country_code: destination.country_code?.toLowerCase() ?? null,
    province: destination.province ?? null,
    latitude: destination.point?.latitude ?? null,
    longitude: destination.point?.longitude ?? null,
    distance_km: known.length ? Math.max(...known) : null,
  }
}
