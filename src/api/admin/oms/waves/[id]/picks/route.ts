import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { recordPickWorkflow } from "../../../../../../workflows/picking/record-pick"
import { loadPickChange } from "../../helpers"
import type { RecordPickBodyType } from "../../validators"

/**
 * POST /admin/oms/waves/:id/picks — one scan-verified pick. Answers with what changed (the line,
 * its order's claim, the wave's status and progress), not the whole wave: a scanner sends one
 * of these per unit, and the screen already holds the wave (GET /admin/oms/waves/:id).
 */
export async function POST(req: AuthenticatedMedusaRequest<RecordPickBodyType>, res: MedusaResponse) {
  const { result } = await recordPickWorkflow(req.scope).run({
    input: { ...req.validatedBody, wave_id: req.params.id, actor: req.auth_context?.actor_id ?? null },
  })
  res.json({ pick: result, ...(await loadPickChange(req.scope, req.params.id, req.validatedBody.pick_line_id)) })
}
