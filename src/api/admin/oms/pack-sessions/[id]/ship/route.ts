import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { retrievePackSession, shipPackSessionWorkflow } from "../../../../../../workflows/packing"
import { sessionView } from "../../helpers"
import type { ShipPackSessionBodyType } from "../../validators"

/** POST /admin/oms/pack-sessions/:id/ship — body { tracking_numbers } → Medusa shipment, stage "shipped". */
export async function POST(req: AuthenticatedMedusaRequest<ShipPackSessionBodyType>, res: MedusaResponse) {
  const session = await retrievePackSession(req.scope, req.params.id)
  await shipPackSessionWorkflow(req.scope).run({
    input: { session_id: session.id, order_id: session.order_id, tracking_numbers: req.validatedBody.tracking_numbers, actor: req.auth_context?.actor_id },
  })
  res.json({ pack_session: await sessionView(req.scope, session) })
}
