import { z } from "@medusajs/framework/zod"
import { PRODUCT_RETURN_DAYS } from "../../../../../../lib/returns"
import { boundedQueryInt } from "../../../../../validation"

/** Query of GET /admin/oms/products/:id/returns: how many days back (orders placed since then). */
export const ProductReturnsQuery = z
  .object({
    days: boundedQueryInt(1, 365).default(PRODUCT_RETURN_DAYS),
  })
  .strict()

export type ProductReturnsQueryType = z.infer<typeof ProductReturnsQuery>
