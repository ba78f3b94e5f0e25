import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { zodValidator } from "@medusajs/framework"
import { deleteCartonWorkflow, updateCartonWorkflow } from "../../../../../../../workflows/warehouse/cartons"
import { retrieveCarton } from "../../../../cartons/helpers"
import { UpdateCartonBody } from "../../../../cartons/validators"

/**
 * POST /admin/oms/centers/:stock_location_id/cartons/:code — update a carton. The body is
 * validated here, not in middlewares.ts: a `/cartons/:code` matcher would also match
 * `/cartons/recommend`.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const body = await zodValidator(UpdateCartonBody, req.body ?? {})
  await updateCartonWorkflow(req.scope).run({
    input: { ...body, stock_location_id: req.params.stock_location_id, code: req.params.code },
  })
  res.json({ carton: await retrieveCarton(req.scope, req.params.stock_location_id, req.params.code) })
}

/** DELETE /admin/oms/centers/:stock_location_id/cartons/:code */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result } = await deleteCartonWorkflow(req.scope).run({
    input: { stock_location_id: req.params.stock_location_id, code: req.params.code },
  })
  res.json({ id: result.id, code: req.params.code, object: "carton", deleted: true })
}
