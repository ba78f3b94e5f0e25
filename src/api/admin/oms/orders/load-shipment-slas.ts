import type { MedusaContainer } from "@medusajs/framework/types"
import { shipmentSla, type ShipmentSla } from "../../../../lib/kpi"
import { loadCalendars, loadKpiFacts } from "../kpis/helpers"

/**
 * Each live shipment's SLA (lib/kpi shipmentSla) from the same facts the dashboard counts. The
 * order's facts are those of the orders placed in its placement's millisecond (the indexed
 * placed_at range the KPIs read, one order in practice), kept to this order.
 */
export async function loadShipmentSlas(
  container: MedusaContainer,
  orderId: string,
  placedAt: Date | null,
  now = new Date()
): Promise<Map<string, ShipmentSla | null>> {
  if (!placedAt) return new Map()
  const { facts } = await loadKpiFacts(container, { from: placedAt, to: new Date(placedAt.getTime() + 1) }, {})
  const own = facts.filter((f) => f.order_id === orderId)
  const calendars = await loadCalendars(container, own)
  return new Map(own.map((f) => [f.shipment_id, shipmentSla(f, calendars, now)] as const))
}
