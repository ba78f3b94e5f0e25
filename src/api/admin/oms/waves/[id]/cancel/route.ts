import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { cancelWaveWorkflow } from "../../../../../../workflows/picking/cancel-wave"
import { loadWaveView } from "../../helpers"

/** POST /admin/oms/waves/:id/cancel — releases the wave's orders (back to "routed"). */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result } = await cancelWaveWorkflow(req.scope).run({
    input: { wave_id: req.params.id, actor: req.auth_context?.actor_id ?? null },
  })
  res.json({ wave: await loadWaveView(req.scope, req.params.id), released: result.order_ids })
}
