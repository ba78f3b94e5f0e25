import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { openPackSessionWorkflow } from "../../../../workflows/packing"
import { sessionView } from "./helpers"
import type { OpenPackSessionBodyType } from "./validators"

/**
 * POST /admin/oms/pack-sessions — body { order_id, stock_location_id? } → opens a scan-verified
 * pack session for the order's lines allocated to that centre (default: its only centre).
 * 400 when another session is open on the order ("already being packed by …").
 */
export async function POST(req: AuthenticatedMedusaRequest<OpenPackSessionBodyType>, res: MedusaResponse) {
  const { order_id, stock_location_id } = req.validatedBody
  const { result } = await openPackSessionWorkflow(req.scope).run({
    input: { order_id, stock_location_id: stock_location_id ?? null, packed_by: req.auth_context?.actor_id ?? null },
  })
  res.status(201).json({ pack_session: await sessionView(req.scope, result) })
}
