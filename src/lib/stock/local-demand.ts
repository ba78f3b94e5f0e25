import { haversineKm, isValidGeoPoint } from "../geo/haversine"
import type { GeoPoint } from "../routing/types"

export interface LocatedCentre {
  stock_location_id: string
  point: GeoPoint | null
}

/** One past order as the demand count reads it. */
export interface DemandOrder {
  latitude: number | null
  longitude: number | null
  items: { inventory_item_id: string; quantity: number }[]
}

/** The centre nearest to a point (great-circle), ties to the smaller id; null without a located centre. */
export function nearestCentre(point: GeoPoint, centres: readonly LocatedCentre[]): string | null {
  let best: string | null = null
  let bestKm = Infinity
  for (const c of centres) {
    if (!isValidGeoPoint(c.point)) continue
    const km = haversineKm(point, c.point)
    if (km < bestKm || (km === bestKm && best !== null && c.stock_location_id < best)) {
      best = c.stock_location_id
      bestKm = km
    }
  }
  return best
}

/** Units per inventory item per centre: item id → centre id → units. */
export type LocalUnits = Map<string, Map<string, number>>

/**
 * Adds one order's units to the centre nearest its destination, whoever shipped it: local
 * demand is where customers are, not where stock happened to be. An order whose destination
 * is unknown is nobody's local demand and is left out.
 */
export function addLocalDemand(units: LocalUnits, order: DemandOrder, centres: readonly LocatedCentre[]): void {
  if (order.latitude == null || order.longitude == null) return
  const point = { latitude: Number(order.latitude), longitude: Number(order.longitude) }
  if (!isValidGeoPoint(point)) return
  const centre = nearestCentre(point, centres)
  if (!centre) return
  for (const item of order.items) {
    const quantity = Number(item.quantity)
    if (!(quantity > 0)) continue
    let byCentre = units.get(item.inventory_item_id)
    if (!byCentre) units.set(item.inventory_item_id, (byCentre = new Map()))
    byCentre.set(centre, (byCentre.get(centre) ?? 0) + quantity)
  }
}
