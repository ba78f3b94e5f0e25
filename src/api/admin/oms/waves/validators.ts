import { z } from "@medusajs/framework/zod"
import { LIST_MAX, QUANTITY_MAX, TEXT_MAX_LENGTH, WAVE_MAX } from "../../../../lib/limits"
import { boundedInt, boundedQueryInt, idText, isoDateTime, safeText } from "../../../validation"

/** Body of POST /admin/oms/waves. */
export const CreateWaveBody = z
  .object({
    stock_location_id: idText("stock_location_id"),
    mode: z.enum(["single", "batch"]).default("batch"),
    max_orders: boundedInt(1, WAVE_MAX.orders).optional(),
    max_items: boundedInt(1, WAVE_MAX.items).optional(),
    cart_totes: boundedInt(1, WAVE_MAX.cart_totes).optional(),
    placed_before: isoDateTime("placed_before").optional(),
    /** Only orders placed before the centre's cut-off today (its profile's cutoff_time, in its time zone). */
    before_cutoff: z.boolean().optional(),
    /** Only orders shipping with one of these shipping options (e.g. express first). */
    shipping_option_ids: z.array(idText("shipping_option_ids")).min(1).max(LIST_MAX.shipping_option_ids).optional(),
    /** Only orders whose priority (order metadata `oms_priority`, default 0) is at least this. */
    min_priority: boundedInt(-WAVE_MAX.priority, WAVE_MAX.priority).optional(),
    order_ids: z.array(idText("order_ids")).min(1).max(LIST_MAX.order_ids).optional(),
  })
  .strict()
  .refine((body) => !(body.before_cutoff && body.placed_before), {
    message: "give placed_before or before_cutoff, not both",
  })

export type CreateWaveBodyType = z.infer<typeof CreateWaveBody>

/** Query of GET /admin/oms/waves. */
export const ListWavesQuery = z
  .object({
    stock_location_id: idText("stock_location_id").optional(),
    status: z.enum(["open", "picking", "picked", "canceled"]).optional(),
    limit: boundedQueryInt(1, LIST_MAX.page).default(50),
    offset: boundedQueryInt(0, LIST_MAX.offset).default(0),
  })
  .strict()

export type ListWavesQueryType = z.infer<typeof ListWavesQuery>

/** Body of POST /admin/oms/waves/:id/picks: the bin label and item scanned, units taken. */
export const RecordPickBody = z
  .object({
    pick_line_id: idText("pick_line_id"),
    bin_code: safeText("bin_code", TEXT_MAX_LENGTH.barcode),
    item_barcode: safeText("item_barcode", TEXT_MAX_LENGTH.barcode),
    quantity: boundedInt(1, QUANTITY_MAX.move).default(1),
  })
  .strict()

export type RecordPickBodyType = z.infer<typeof RecordPickBody>

/** Body of POST /admin/oms/waves/:id/short-picks. */
export const ShortPickBody = z
  .object({
    pick_line_id: idText("pick_line_id"),
    found_quantity: boundedInt(0, QUANTITY_MAX.move),
    reason: safeText("reason", TEXT_MAX_LENGTH.reason, { trim: true }),
  })
  .strict()

export type ShortPickBodyType = z.infer<typeof ShortPickBody>
