import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { upsertWarehouseLayoutWorkflow } from "../../../../../../workflows/warehouse/upsert-warehouse-layout"
import { LAYOUT_DEFAULTS } from "../../../../../../workflows/warehouse/layout-shape"
import { retrieveLayout } from "../../../layouts/helpers"
import type { UpsertLayoutBodyType } from "../../../layouts/validators"

/** GET /admin/oms/centers/:stock_location_id/layout → { layout, bins_count } */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json(await retrieveLayout(req.scope, req.params.stock_location_id))
}

/** PUT /admin/oms/centers/:stock_location_id/layout — save the layout and (re)generate its bins. */
export async function PUT(req: AuthenticatedMedusaRequest<UpsertLayoutBodyType>, res: MedusaResponse) {
  const { result } = await upsertWarehouseLayoutWorkflow(req.scope).run({
    input: { ...LAYOUT_DEFAULTS, ...req.validatedBody, stock_location_id: req.params.stock_location_id },
  })
  const { layout, bins_count } = await retrieveLayout(req.scope, req.params.stock_location_id)
  const { created, updated, removed } = result.bins
  res.json({ layout, bins_count, changes: { created, updated, removed } })
}
