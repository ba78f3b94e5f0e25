import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { routeOrderWorkflow } from "../../../../../../workflows/route-order"
import { loadOrderView } from "../../helpers"
import type { RerouteOrderBodyType } from "../../validators"

/**
 * POST /admin/oms/orders/:order_id/reroute — decide again (optionally forcing one centre) and
 * move the reservations. Parts already packed or shipped stay where they are; a part in a pick
 * wave is refused (naming the wave) unless `release_from_wave` is true. Refused for canceled orders.
 */
export async function POST(req: AuthenticatedMedusaRequest<RerouteOrderBodyType>, res: MedusaResponse) {
  await routeOrderWorkflow(req.scope).run({
    input: {
      order_id: req.params.order_id,
      trigger: "reroute",
      actor: req.auth_context?.actor_id ?? "admin",
      target_location_id: req.validatedBody.stock_location_id ?? null,
      strategy: req.validatedBody.strategy,
      release_from_wave: req.validatedBody.release_from_wave ?? false,
    },
  })
  res.json({ order: await loadOrderView(req.scope, req.params.order_id) })
}
