import { haversineKm, isValidGeoPoint } from "../geo/haversine"
import type { GeoPoint } from "../routing/types"
import type { StockTransfer } from "./value-transfer"

/**
 * Which suggestions a run values when there are more than it may replay: the most units ×
 * kilometres between the two centres first (each unit later sold near the receiver saves
 * about that distance), then more units, then by item and centres for a stable order. A
 * centre without coordinates counts as 0 km away.
 */
export function pickTransfersToValue(
  transfers: readonly StockTransfer[],
  points: Readonly<Record<string, GeoPoint | null | undefined>>,
  limit: number
): StockTransfer[] {
  const km = (t: StockTransfer) => {
    const [a, b] = [points[t.from], points[t.to]]
    return isValidGeoPoint(a) && isValidGeoPoint(b) ? haversineKm(a, b) : 0
  }
  const weighed = transfers.map((t) => ({ t, weight: t.units * km(t) }))
  weighed.sort(
    (x, y) =>
      y.weight - x.weight ||
      y.t.units - x.t.units ||
      x.t.inventory_item_id.localeCompare(y.t.inventory_item_id) ||
      x.t.from.localeCompare(y.t.from) ||
      x.t.to.localeCompare(y.t.to)
  )
  return weighed.slice(0, Math.max(0, limit)).map((w) => w.t)
}
