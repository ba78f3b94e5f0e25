import { z } from "@medusajs/framework/zod"
import { LIST_MAX, QUANTITY_MAX, TEXT_MAX_LENGTH, WAVE_MAX } from "../../../../lib/limits"
import { SHORT_PICK_REASONS } from "../../../../lib/picking/short-reason"
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

/** Query of GET /admin/oms/waves/preview: the create form's filters and limit. */
export const PreviewWaveQuery = z
  .object({
    stock_location_id: idText("stock_location_id"),
    mode: z.enum(["single", "batch"]).default("batch"),
    max_orders: boundedQueryInt(1, WAVE_MAX.orders).optional(),
    before_cutoff: z.enum(["true", "false"]).transform((v) => v === "true").optional(),
    min_priority: boundedQueryInt(-WAVE_MAX.priority, WAVE_MAX.priority).optional(),
  })
  .strict()

export type PreviewWaveQueryType = z.infer<typeof PreviewWaveQuery>

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

/** The note leaves room in the stored reason for its code and the counts the workflow adds. */
const NOTE_MAX_LENGTH = TEXT_MAX_LENGTH.reason - 40

/** Body of POST /admin/oms/waves/:id/short-picks: a reason from the list, "other" with a note. */
export const ShortPickBody = z
  .object({
    pick_line_id: idText("pick_line_id"),
    found_quantity: boundedInt(0, QUANTITY_MAX.move),
    reason: z.enum(SHORT_PICK_REASONS),
    /** What the picker adds; required with "other". */
    note: safeText("note", NOTE_MAX_LENGTH, { min: 0, trim: true }).optional(),
  })
  .strict()
  .refine((body) => body.reason !== "other" || !!body.note, { message: "note is required when reason is other", path: ["note"] })

export type ShortPickBodyType = z.infer<typeof ShortPickBody>
