import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { upsertFulfillmentCenterWorkflow } from "../../../../../workflows/upsert-fulfillment-center"
import { listCenters } from "../helpers"
import type { UpsertCenterBodyType } from "../validators"

async function retrieveCenter(req: AuthenticatedMedusaRequest) {
  const [center] = await listCenters(req.scope, { id: req.params.stock_location_id })
  if (!center) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Stock location ${req.params.stock_location_id} was not found`
    )
  }
  return center
}

/** GET /admin/oms/centers/:stock_location_id */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ center: await retrieveCenter(req) })
}

/** POST /admin/oms/centers/:stock_location_id — create or update the centre's OMS profile. */
export async function POST(req: AuthenticatedMedusaRequest<UpsertCenterBodyType>, res: MedusaResponse) {
  await upsertFulfillmentCenterWorkflow(req.scope).run({
    input: { ...req.validatedBody, stock_location_id: req.params.stock_location_id } as never,
  })
  res.json({ center: await retrieveCenter(req) })
}
