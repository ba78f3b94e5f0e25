import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { shortPickWorkflow } from "../../../../../../workflows/picking/short-pick"
import { loadWaveView } from "../../helpers"
import type { ShortPickBodyType } from "../../validators"

/** POST /admin/oms/waves/:id/short-picks — releases the order and re-routes it (see shortPickWorkflow). */
export async function POST(req: AuthenticatedMedusaRequest<ShortPickBodyType>, res: MedusaResponse) {
  const { result } = await shortPickWorkflow(req.scope).run({
    input: { ...req.validatedBody, wave_id: req.params.id, actor: req.auth_context?.actor_id ?? null },
  })
  res.json({ short_pick: result, wave: await loadWaveView(req.scope, req.params.id) })
}
