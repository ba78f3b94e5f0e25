import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { completePackSessionWorkflow, retrievePackSession } from "../../../../../../workflows/packing"
import { parcelsFor, sessionView } from "../../helpers"
import type { CompletePackSessionBodyType } from "../../validators"

/**
 * POST /admin/oms/pack-sessions/:id/complete — body { carton_code?, tracking_numbers? } → Medusa
 * fulfilment at the session's centre for the packed items, stage "packed"; with tracking numbers
 * also Medusa's shipment and stage "shipped". 400 until every expected unit is scanned, and on a
 * session that is not open (a concurrent second completion gets "session is completed").
 */
export async function POST(req: AuthenticatedMedusaRequest<CompletePackSessionBodyType>, res: MedusaResponse) {
  const session = await retrievePackSession(req.scope, req.params.id)
  const packing = await parcelsFor(req.scope, session, req.validatedBody.carton_code)
  await completePackSessionWorkflow(req.scope).run({
    input: {
      session_id: session.id,
      order_id: session.order_id,
      carton_code: packing.carton_code,
      parcels: packing.parcels as never,
      packed_details: {
        carton_code: packing.carton_code,
        parcels: packing.parcels.map((p) => ({ carton_code: p.carton_id, items: p.items, billable_weight_g: p.billable_weight_g, actual_weight_g: p.actual_weight_g })),
        billable_weight_g: packing.billable_weight_g,
        warnings: packing.warnings,
      },
      tracking_numbers: req.validatedBody.tracking_numbers,
      actor: req.auth_context?.actor_id,
    },
  })
  res.json({ pack_session: await sessionView(req.scope, await retrievePackSession(req.scope, session.id)) })
}
