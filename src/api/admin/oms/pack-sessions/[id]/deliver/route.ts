import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deliverPackSessionWorkflow, retrievePackSession } from "../../../../../../workflows/packing"
import { sessionView } from "../../helpers"

/** POST /admin/oms/pack-sessions/:id/deliver → Medusa marks the fulfilment delivered, stage "delivered". */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const session = await retrievePackSession(req.scope, req.params.id)
  await deliverPackSessionWorkflow(req.scope).run({
    input: { session_id: session.id, order_id: session.order_id, actor: req.auth_context?.actor_id },
  })
  res.json({ pack_session: await sessionView(req.scope, session) })
}
