import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { simulateRouting } from "./simulate-routing"
import type { SimulateRoutingBodyType } from "./validators"

/**
 * POST /admin/oms/routing/simulate — replay the last N orders through a strategy without
 * changing anything; compare with what happened and with Medusa's default.
 */
export async function POST(req: AuthenticatedMedusaRequest<SimulateRoutingBodyType>, res: MedusaResponse) {
  res.json({ simulation: await simulateRouting(req.scope, req.validatedBody) })
}
