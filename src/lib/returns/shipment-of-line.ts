import { shipByDeadline } from "../kpi"
import type { CentreCalendar } from "../kpi"
import type { ShipmentFacts } from "./facts"

/** The OMS shipment fields a returned line is traced to. */
export interface ShipmentForReturn {
  id: string
  stage: string
  stock_location_id: string | null
  lines: { line_item_id: string; quantity: number }[]
  placed_at: Date | null
  shipped_at: Date | null
  delivered_at: Date | null
  short_picked_at: Date | null
  mispicks_caught: number
  carton_codes: string[]
}

const RANK: Record<string, number> = { delivered: 3, shipped: 2, packed: 1 }

/**
 * The shipment a returned line's units left in: of the order's shipments carrying the line,
 * the one furthest along (delivered, then shipped, then packed), then the one with most of its
 * units. A re-routed part never shipped, so it is never the answer while a live one exists.
 */
export function shipmentOfLine<S extends ShipmentForReturn>(shipments: S[], lineItemId: string): S | null {
  const units = (s: S) => s.lines.filter((l) => l.line_item_id === lineItemId).reduce((sum, l) => sum + l.quantity, 0)
  const carrying = shipments.filter((s) => s.stage !== "rerouted" && units(s) > 0)
  carrying.sort((a, b) => (RANK[b.stage] ?? 0) - (RANK[a.stage] ?? 0) || units(b) - units(a))
  return carrying[0] ?? null
}

const DAY_MS = 86_400_000

/**
 * What classification and the returns page know of that shipment. `shipped_late`: the parcel
 * left its centre after the ship-by deadline of the centre's cut-off (lib/kpi shipByDeadline);
 * null without a calendar or a dispatch. A parcel that left late arrived late too; one that left
 * on time may still have been late at the door (the carrier's promise is not known here), so
 * `delivered_late` is then unknown, not false, and a customer's "arrived late" is believed.
 */
export function returnShipmentFacts(
  shipment: ShipmentForReturn,
  calendar: CentreCalendar | null
): ShipmentFacts & { shipped_late: boolean | null } {
  const shipped = shipment.shipped_at ?? shipment.delivered_at
  const late = shipped && shipment.placed_at && calendar ? shipped.getTime() >= shipByDeadline(shipment.placed_at, calendar).getTime() : null
  const transit = shipment.shipped_at && shipment.delivered_at ? (shipment.delivered_at.getTime() - shipment.shipped_at.getTime()) / DAY_MS : null
  return {
    delivered_late: late === true ? true : null,
    shipped_late: late,
    days_in_transit: transit === null ? null : Math.round(transit * 100) / 100,
    mispicks_caught: shipment.mispicks_caught,
    short_picked: !!shipment.short_picked_at,
    carton_code: shipment.carton_codes[0] ?? null,
  }
}
