import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { shortPickWorkflow } from "../../../../../../workflows/picking/short-pick"
import { shortReasonRecord } from "../../../../../../lib/picking/short-reason"
import { loadWaveView } from "../../helpers"
import type { ShortPickBodyType } from "../../validators"

/**
 * POST /admin/oms/waves/:id/short-picks — releases the order and re-routes it (see shortPickWorkflow).
 * The line keeps the listed reason as "code: note" (see `shortReasonRecord`).
 */
export async function POST(req: AuthenticatedMedusaRequest<ShortPickBodyType>, res: MedusaResponse) {
  const { pick_line_id, found_quantity, reason, note } = req.validatedBody
  const { result } = await shortPickWorkflow(req.scope).run({
    input: {
      pick_line_id,
      found_quantity,
      reason: shortReasonRecord(reason, note),
      wave_id: req.params.id,
      actor: req.auth_context?.actor_id ?? null,
    },
  })
  res.json({ short_pick: result, wave: await loadWaveView(req.scope, req.params.id) })
}
