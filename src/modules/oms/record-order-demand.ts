import type { Context } from "@medusajs/framework/types"
import type { OrderDemandFacts } from "../../lib/stock/order-demand"
import type OmsModuleService from "./service"

export interface OrderDemandUndo {
  /** The row written; deleted on undo when there was none before. */
  id: string
  before: Record<string, unknown> | null
}

const FIELDS = ["placed_at", "sales_channel_id", "country_code", "province", "latitude", "longitude", "distance_km", "units", "lines", "items"] as const

/**
 * Keeps the order's one demand row in step with its latest routing (an edit re-routes with the
 * new lines). Runs inside the decision's transaction, so a rolled-back decision leaves the row
 * as it was.
 */
export async function recordOrderDemand(
  svc: OmsModuleService,
  row: OrderDemandFacts & { order_id: string; placed_at: Date; sales_channel_id: string | null; lines: unknown[] },
  ctx: Context
): Promise<OrderDemandUndo> {
  const [existing] = await svc.listOrderDemands({ order_id: row.order_id }, { take: 1 }, ctx)
  const data = { ...row, lines: row.lines as never, items: row.items as never }
  if (!existing) {
    const created = await svc.createOrderDemands(data, ctx)
    return { id: created.id, before: null }
  }
  const before: Record<string, unknown> = {}
  for (const f of FIELDS) before[f] = (existing as Record<string, unknown>)[f]
  await svc.updateOrderDemands({ id: existing.id, ...data }, ctx)
  return { id: existing.id, before }
}

export async function undoOrderDemand(svc: OmsModuleService, undo: OrderDemandUndo, ctx: Context) {
  if (undo.before) await svc.updateOrderDemands({ id: undo.id, ...undo.before } as never, ctx)
  else await svc.deleteOrderDemands(undo.id, ctx)
}
