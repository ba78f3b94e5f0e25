import { z } from "@medusajs/framework/zod"

/** GET /admin/oms/products/:id/stock takes no query parameters; an unknown one is a 400 naming it. */
export const ProductStockQuery = z.object({}).strict()

export type ProductStockQueryType = z.infer<typeof ProductStockQuery>
