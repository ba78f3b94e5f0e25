import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { stringify } from "csv-stringify/sync"
import { OMS_MODULE } from "../../../../modules/oms"
import type OmsModuleService from "../../../../modules/oms/service"
import { STOCK_MODULE } from "../../../../modules/stock"
import type StockModuleService from "../../../../modules/stock/service"
import { TRANSFER_CSV_COLUMNS, transferCsvRecord } from "../../../../lib/stock"
import { listTransfers } from "./list-transfers"
import type { ListTransfersQueryType } from "./validators"

/**
 * GET /admin/oms/transfers?status=&run_id=&limit=&offset=&format=json|csv — transfer
 * suggestions ranked by what replaying past orders showed, with the latest valuation run;
 * `format=csv` is every matching row as a file for the merchant's supplier or 3PL.
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, ListTransfersQueryType>, res: MedusaResponse) {
  const q = req.validatedQuery as ListTransfersQueryType
  const { count, transfers } = await listTransfers(req.scope, q)
  if (q.format === "csv") {
    res.setHeader("content-type", "text/csv; charset=utf-8")
    res.setHeader("content-disposition", `attachment; filename="stock-transfers-${new Date().toISOString().slice(0, 10)}.csv"`)
    res.send(stringify(transfers.map(transferCsvRecord), { header: true, columns: [...TRANSFER_CSV_COLUMNS] }))
    return
  }
  const stock: StockModuleService = req.scope.resolve(STOCK_MODULE)
  const [run] = await stock.listTransferRuns({}, { order: { started_at: "DESC" }, take: 1 })
  const oms: OmsModuleService = req.scope.resolve(OMS_MODULE)
  const cover_days = oms.getOptions().stock.transferCoverDays
  res.json({ transfers, count, limit: q.limit, offset: q.offset, run: run ?? null, cover_days })
}
