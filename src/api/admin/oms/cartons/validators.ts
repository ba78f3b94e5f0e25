import { z } from "@medusajs/framework/zod"
import { CARTON_MAX, QUANTITY_MAX, TEXT_MAX_LENGTH } from "../../../../lib/limits"
import { boundedInt, boundedReal, idText, positiveReal, safeText } from "../../../validation"

/** Upper-case letters, digits, "_" and "-": printed on the shelf and scanned at the bench. */
export const CartonCode = z.string().regex(/^[A-Z0-9][A-Z0-9_-]{0,15}$/, "code must be 1-16 upper-case letters, digits, _ or -")

const cartonFields = {
  name: safeText("name", TEXT_MAX_LENGTH.name),
  inner_length_cm: positiveReal("inner_length_cm", CARTON_MAX.side_cm),
  inner_width_cm: positiveReal("inner_width_cm", CARTON_MAX.side_cm),
  inner_height_cm: positiveReal("inner_height_cm", CARTON_MAX.side_cm),
  tare_g: boundedInt(0, CARTON_MAX.weight_g),
  max_weight_g: boundedInt(1, CARTON_MAX.weight_g),
  cost: boundedReal("cost", 0, CARTON_MAX.cost),
  active: z.boolean(),
}

/** Body of POST /admin/oms/centers/:stock_location_id/cartons. */
export const CreateCartonBody = z
  .object({
    code: CartonCode,
    ...cartonFields,
    cost: cartonFields.cost.optional(),
    active: cartonFields.active.optional(),
  })
  .strict()

export type CreateCartonBodyType = z.infer<typeof CreateCartonBody>

/** Body of POST /admin/oms/centers/:stock_location_id/cartons/:code (partial update). */
export const UpdateCartonBody = z.object(cartonFields).partial().strict()

export type UpdateCartonBodyType = z.infer<typeof UpdateCartonBody>

/** Body of POST /admin/oms/centers/:stock_location_id/cartons/recommend. */
export const RecommendCartonBody = z
  .object({
    items: z
      .array(
        z
          .object({
            inventory_item_id: idText("inventory_item_id"),
            quantity: boundedInt(1, QUANTITY_MAX.recommend_line),
          })
          .strict()
      )
      .min(1)
      .max(QUANTITY_MAX.recommend_lines)
      .refine((items) => items.reduce((sum, item) => sum + item.quantity, 0) <= QUANTITY_MAX.recommend_total, {
        message: `items: at most ${QUANTITY_MAX.recommend_total} units in total can be recommended at once`,
      }),
  })
  .strict()

export type RecommendCartonBodyType = z.infer<typeof RecommendCartonBody>
