import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { dismissStockTransferWorkflow } from "../../../../../../workflows/stock-transfers"

/** POST /admin/oms/transfers/:id/dismiss — sets the suggestion aside; 404 unknown, 409 once accepted or dismissed. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result } = await dismissStockTransferWorkflow(req.scope).run({
    input: { id: req.params.id, actor: req.auth_context?.actor_id ?? null },
  })
  res.json({ transfer: result })
}
