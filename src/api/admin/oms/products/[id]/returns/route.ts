import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { summariseProductReturns } from "../../../../../../lib/returns"
import { loadProductReturns } from "./load-product-returns"
import type { ProductReturnsQueryType } from "./validators"

const DAY_MS = 86_400_000

/**
 * GET /admin/oms/products/:id/returns?days=90 — the product's return rate over the orders placed
 * in the last `days` days (units of it returned from them / units of it that left a centre, as
 * GET /admin/oms/returns/rates?by=product counts it), its top causes and the customers' last
 * words (lib/returns summariseProductReturns).
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, ProductReturnsQueryType>, res: MedusaResponse) {
  const q = req.validatedQuery as ProductReturnsQueryType
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product", fields: ["id"], filters: { id: req.params.id } })
  if (!data.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${req.params.id} was not found`)
  const to = new Date()
  const period = { from: new Date(to.getTime() - q.days * DAY_MS), to }
  const summary = summariseProductReturns(await loadProductReturns(req.scope, req.params.id, period))
  res.json({ product_returns: { product_id: req.params.id, period, days: q.days, ...summary } })
}
