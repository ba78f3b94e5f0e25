import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { STOCK_MODULE } from "../../../../../../modules/stock"
import type StockModuleService from "../../../../../../modules/stock/service"

/** GET /admin/oms/transfers/runs/:id — a valuation run's status and progress (`done` of `total`); 404 unknown. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const stock: StockModuleService = req.scope.resolve(STOCK_MODULE)
  const [run] = await stock.listTransferRuns({ id: req.params.id })
  if (!run) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Transfer valuation run ${req.params.id} was not found`)
  res.json({ run })
}
