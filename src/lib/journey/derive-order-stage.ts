import { isLive, OrderStage, ShipmentStage, STAGE_RANK } from "./stages"

/**
 * The order's stage, derived from its shipments and never stored on its own: the stage of its
 * least advanced live part (an order is only as far along as its slowest shipment), so it is
 * "delivered" only when every shipment is. Re-routed shipments are history and do not count;
 * canceled ones count only when every shipment is canceled. No shipments yet: "placed".
 */
export function deriveOrderStage(stages: readonly ShipmentStage[]): OrderStage {
  const live = stages.filter(isLive)
  if (!live.length) return "placed"
  const open = live.filter((s) => s !== "canceled")
  if (!open.length) return "canceled"
  return open.reduce((slowest, s) => (STAGE_RANK[s] < STAGE_RANK[slowest] ? s : slowest))
}
