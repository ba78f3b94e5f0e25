import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ALERT_KINDS } from "../../../../lib/stock"
import { OMS_MODULE } from "../../../../modules/oms"
import type OmsModuleService from "../../../../modules/oms/service"
import { feedAvailable } from "../../../../workflows/stock-alerts/feed-available"
import { listStockAlerts } from "./list-stock-alerts"
import type { ListStockAlertsQueryType } from "./validators"

/**
 * GET /admin/oms/stock-alerts?status=open|cleared&kind=&stock_location_id=&inventory_item_id=&limit=&offset=
 * — the stock alerts the alert job posted (src/jobs/post-stock-alerts.ts), newest first, and
 * whether this store's notification feed can show them (`feed_available`).
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, ListStockAlertsQueryType>, res: MedusaResponse) {
  const query = req.validatedQuery as ListStockAlertsQueryType
  const switches = req.scope.resolve<OmsModuleService>(OMS_MODULE).getOptions().stock.alerts
  const [page, feed_available] = await Promise.all([
    listStockAlerts(req.scope, query, ALERT_KINDS.filter((k) => switches[k])),
    feedAvailable(req.scope),
  ])
  res.json({ ...page, feed_available })
}
