import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { acceptStockTransferWorkflow } from "../../../../../../workflows/stock-transfers"
import type { AcceptTransferBodyType } from "../../validators"

/**
 * POST /admin/oms/transfers/:id/accept { to_bin_code? } — makes the transfer's Medusa stock
 * moves and bin changes; 404 unknown, 409 (with the reason) when it is no longer open or the
 * units are no longer free, 400 for a bad bin code.
 */
export async function POST(req: AuthenticatedMedusaRequest<AcceptTransferBodyType>, res: MedusaResponse) {
  const body = req.validatedBody as AcceptTransferBodyType
  const { result } = await acceptStockTransferWorkflow(req.scope).run({
    input: { id: req.params.id, actor: req.auth_context?.actor_id ?? null, to_bin_code: body.to_bin_code ?? null },
  })
  res.json(result)
}
