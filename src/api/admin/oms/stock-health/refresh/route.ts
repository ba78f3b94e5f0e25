import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { refreshStockHealthWorkflow } from "../../../../../workflows/stock/refresh-stock-health"

/**
 * POST /admin/oms/stock-health/refresh — runs the stock-health refresh now (waiting up to 30 s
 * for a scheduled run already going) and answers with what it did: days recounted, shelves
 * sampled, rows and SKUs written.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result } = await refreshStockHealthWorkflow(req.scope).run({ input: { lock_timeout: 30 } })
  res.json(result)
}
