import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createCartonWorkflow } from "../../../../../../workflows/warehouse/cartons"
import { listCartons } from "../../../cartons/helpers"
import type { CreateCartonBodyType } from "../../../cartons/validators"

/** GET /admin/oms/centers/:stock_location_id/cartons → { cartons } */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ cartons: await listCartons(req.scope, req.params.stock_location_id) })
}

/** POST /admin/oms/centers/:stock_location_id/cartons — add a carton size. */
export async function POST(req: AuthenticatedMedusaRequest<CreateCartonBodyType>, res: MedusaResponse) {
  const { result } = await createCartonWorkflow(req.scope).run({
    input: { ...req.validatedBody, stock_location_id: req.params.stock_location_id },
  })
  res.status(201).json({ carton: result })
}
