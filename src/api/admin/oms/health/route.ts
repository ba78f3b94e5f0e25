import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loadHealthReportPage } from "../../../../workflows/health/health-report"
import { assertStockLocation } from "../bins/helpers"
import type { HealthReportQueryType } from "./validators"

/**
 * GET /admin/oms/health?stock_location_id=&limit=&offset= — the invariants report the scheduled
 * check posts to the notification feed: breaks among one page of inventory levels (at most 1000,
 * `levels.next_offset` for the next page) and, on the first page, among open wave claims and
 * open pack sessions (at most 5000 of each; `shipments.capped` says when more exist).
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, HealthReportQueryType>, res: MedusaResponse) {
  const { stock_location_id, limit, offset } = req.validatedQuery as HealthReportQueryType
  if (stock_location_id) await assertStockLocation(req.scope, stock_location_id)
  res.json({ report: await loadHealthReportPage(req.scope, { stock_location_id, limit, offset }) })
}
