import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { recordPickWorkflow } from "../../../../../../workflows/picking/record-pick"
import { loadWaveView } from "../../helpers"
import type { RecordPickBodyType } from "../../validators"

/** POST /admin/oms/waves/:id/picks — one scan-verified pick. */
export async function POST(req: AuthenticatedMedusaRequest<RecordPickBodyType>, res: MedusaResponse) {
  const { result } = await recordPickWorkflow(req.scope).run({
    input: { ...req.validatedBody, wave_id: req.params.id, actor: req.auth_context?.actor_id ?? null },
  })
  res.json({ pick: result, wave: await loadWaveView(req.scope, req.params.id) })
}
