import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { loadProductStock } from "./load-product-stock"

/**
 * GET /admin/oms/products/:id/stock — the product page's stock by centre: for each variant's
 * inventory item, its stock-health row at every centre (available, days of supply, reorder
 * point, condition) as the last refresh worked it out.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const stock = await loadProductStock(req.scope, req.params.id)
  if (!stock) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${req.params.id} was not found`)
  res.json({ product_stock: stock })
}
