import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { retrievePackSession, scanPackItemWorkflow } from "../../../../../../workflows/packing"
import { packScanChange } from "../../scan-change"
import type { ScanBodyType } from "../../validators"

/**
 * POST /admin/oms/pack-sessions/:id/scans — body { barcode } → 200 { scan: { outcome: "accepted",
 * progress }, line, accepted_count, refused_count }: what the scan changed, so the bench need not
 * reload the session. A refused scan is first persisted (scans + refused_count, committed by the
 * workflow) and then answered with 400 "scan refused: <reason>", so the tablet shows the reason
 * and the KPI keeps it. 400 "session is completed" on a closed session.
 */
export async function POST(req: AuthenticatedMedusaRequest<ScanBodyType>, res: MedusaResponse) {
  const session = await retrievePackSession(req.scope, req.params.id)
  const { result } = await scanPackItemWorkflow(req.scope).run({
    input: { session_id: session.id, order_id: session.order_id, barcode: req.validatedBody.barcode },
  })
  if (result.outcome === "refused") {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `scan refused: ${result.reason}`)
  }
  const after = await retrievePackSession(req.scope, session.id)
  res.json({ scan: result, ...packScanChange(after, result.line_item_id) })
}
