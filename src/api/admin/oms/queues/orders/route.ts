import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { assertStockLocation } from "../../bins/helpers"
import { locationNamesOf } from "../../location-names"
import { loadQueueOrders } from "./load-queue-orders"
import type { QueueOrdersQueryType } from "./validators"

/**
 * GET /admin/oms/queues/orders?queue=&stock_location_id=&q=&sort=&order=&limit=&offset= — the
 * order parts in one work queue (see GET /admin/oms/queues), with the order number, customer and
 * centre; searchable by order number, email or name. Oldest placement first by default (at
 * risk: the soonest deadline first).
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, QueueOrdersQueryType>, res: MedusaResponse) {
  const q = req.validatedQuery as QueueOrdersQueryType
  if (q.stock_location_id) await assertStockLocation(req.scope, q.stock_location_id)
  const { rows, count } = await loadQueueOrders(req.scope, q)
  const names = await locationNamesOf(req.scope, rows.map((r) => r.stock_location_id))
  res.json({
    queue: q.queue,
    orders: rows.map((r) => ({ ...r, location_name: r.stock_location_id ? names.get(r.stock_location_id) ?? null : null })),
    count,
    limit: q.limit,
    offset: q.offset,
  })
}
