import { z } from "@medusajs/framework/zod"

/** Body of POST /admin/oms/waves. */
export const CreateWaveBody = z
  .object({
    stock_location_id: z.string().min(1),
    mode: z.enum(["single", "batch"]).default("batch"),
    max_orders: z.number().int().min(1).optional(),
    max_items: z.number().int().min(1).optional(),
    cart_totes: z.number().int().min(1).optional(),
    placed_before: z
      .string()
      .refine((v) => Number.isFinite(Date.parse(v)), { message: "placed_before must be an ISO date-time" })
      .optional(),
    /** Only orders placed before the centre's cut-off today (its profile's cutoff_time, in its time zone). */
    before_cutoff: z.boolean().optional(),
    /** Only orders shipping with one of these shipping options (e.g. express first). */
    shipping_option_ids: z.array(z.string().min(1)).min(1).optional(),
    /** Only orders whose priority (order metadata `oms_priority`, default 0) is at least this. */
    min_priority: z.number().int().optional(),
    order_ids: z.array(z.string().min(1)).min(1).optional(),
  })
  .strict()
  .refine((body) => !(body.before_cutoff && body.placed_before), {
    message: "give placed_before or before_cutoff, not both",
  })

export type CreateWaveBodyType = z.infer<typeof CreateWaveBody>

/** Query of GET /admin/oms/waves. */
export const ListWavesQuery = z
  .object({
    stock_location_id: z.string().min(1).optional(),
    status: z.enum(["open", "picking", "picked", "canceled"]).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()

export type ListWavesQueryType = z.infer<typeof ListWavesQuery>

/** Body of POST /admin/oms/waves/:id/picks: the bin label and item scanned, units taken. */
export const RecordPickBody = z
  .object({
    pick_line_id: z.string().min(1),
    bin_code: z.string().min(1),
    item_barcode: z.string().min(1),
    quantity: z.number().int().min(1).default(1),
  })
  .strict()

export type RecordPickBodyType = z.infer<typeof RecordPickBody>

/** Body of POST /admin/oms/waves/:id/short-picks. */
export const ShortPickBody = z
  .object({
    pick_line_id: z.string().min(1),
    found_quantity: z.number().int().min(0),
    reason: z.string().trim().min(1).max(500),
  })
  .strict()

export type ShortPickBodyType = z.infer<typeof ShortPickBody>
