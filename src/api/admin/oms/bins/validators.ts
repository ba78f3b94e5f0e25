import { z } from "@medusajs/framework/zod"

/** Query of GET /admin/oms/centers/:stock_location_id/bins. */
export const ListBinsQuery = z
  .object({
    q: z.string().max(100).optional(),
    limit: z.coerce.number().int().min(1).max(1000).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()

export type ListBinsQueryType = z.infer<typeof ListBinsQuery>

/** Body of POST /admin/oms/centers/:stock_location_id/bin-stock/moves. */
export const MoveBinStockBody = z
  .object({
    inventory_item_id: z.string().min(1),
    from_bin_code: z.string().min(1).nullable().optional(),
    to_bin_code: z.string().min(1).nullable().optional(),
    quantity: z.number().int().positive(),
    reason: z.enum(["putaway", "move", "adjust"]),
  })
  .strict()

export type MoveBinStockBodyType = z.infer<typeof MoveBinStockBody>
