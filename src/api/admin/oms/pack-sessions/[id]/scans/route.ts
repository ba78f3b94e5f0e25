import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { retrievePackSession, scanPackItemWorkflow } from "../../../../../../workflows/packing"
import type { ScanBodyType } from "../../validators"

/**
 * POST /admin/oms/pack-sessions/:id/scans — body { barcode } → 200 { outcome: "accepted", progress }.
 * A refused scan is first persisted (scans + refused_count, committed by the workflow) and then
 * answered with 400 "scan refused: <reason>", so the tablet shows the reason and the KPI keeps it.
 * 400 "session is completed" on a closed session.
 */
export async function POST(req: AuthenticatedMedusaRequest<ScanBodyType>, res: MedusaResponse) {
  const session = await retrievePackSession(req.scope, req.params.id)
  const { result } = await scanPackItemWorkflow(req.scope).run({
    input: { session_id: session.id, order_id: session.order_id, barcode: req.validatedBody.barcode },
  })
  if (result.outcome === "refused") {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `scan refused: ${result.reason}`)
  }
  res.json({ scan: result })
}
