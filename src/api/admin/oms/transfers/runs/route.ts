import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { startTransferRunWorkflow, valueTransferRunWorkflow } from "../../../../../workflows/stock-transfers"
import type { CreateTransferRunBodyType } from "../validators"

/**
 * POST /admin/oms/transfers/runs { days?: 1..365 (90), limit?: 1..50 (20) } — starts valuing
 * transfer suggestions by replaying the last `days` of orders; answers 202 with the run at once
 * (poll GET /admin/oms/transfers/runs/:id), 409 while another run is going.
 */
export async function POST(req: AuthenticatedMedusaRequest<CreateTransferRunBodyType>, res: MedusaResponse) {
  const body = req.validatedBody as CreateTransferRunBodyType
  const { result: run } = await startTransferRunWorkflow(req.scope).run({
    input: { days: body.days, started_by: req.auth_context?.actor_id ?? null },
  })
  const logger = req.scope.resolve(ContainerRegistrationKeys.LOGGER)
  // not awaited: the run writes its progress and its outcome (failures included) to its row
  valueTransferRunWorkflow(req.scope)
    .run({ input: { run_id: run.id, limit: body.limit } })
    .catch((error: Error) => logger.warn(`medusa-oms: transfer valuation ${run.id} stopped: ${error.message}`))
  res.status(202).json({ run })
}
