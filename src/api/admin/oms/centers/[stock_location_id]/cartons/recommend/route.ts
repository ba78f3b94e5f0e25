import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { recommendForItems } from "../../../../cartons/helpers"
import type { RecommendCartonBodyType } from "../../../../cartons/validators"

/**
 * POST /admin/oms/centers/:stock_location_id/cartons/recommend — body { items: [{ inventory_item_id,
 * quantity }] } → the recommendation of `recommendCartons` (divisor 6000) over the centre's active cartons.
 */
export async function POST(req: AuthenticatedMedusaRequest<RecommendCartonBodyType>, res: MedusaResponse) {
  res.json(await recommendForItems(req.scope, req.params.stock_location_id, req.validatedBody.items))
}
