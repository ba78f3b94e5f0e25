import { z } from "@medusajs/framework/zod"

/** Upper-case letters, digits, "_" and "-": printed on the shelf and scanned at the bench. */
const CARTON_CODE = /^[A-Z0-9][A-Z0-9_-]{0,15}$/

const cartonFields = {
  name: z.string().min(1).max(100),
  inner_length_cm: z.number().positive(),
  inner_width_cm: z.number().positive(),
  inner_height_cm: z.number().positive(),
  tare_g: z.number().int().min(0),
  max_weight_g: z.number().int().positive(),
  cost: z.number().min(0),
  active: z.boolean(),
}

/** Body of POST /admin/oms/centers/:stock_location_id/cartons. */
export const CreateCartonBody = z
  .object({
    code: z.string().regex(CARTON_CODE, "code must be 1-16 upper-case letters, digits, _ or -"),
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
            inventory_item_id: z.string().min(1),
            quantity: z.number().int().positive().max(1000),
          })
          .strict()
      )
      .min(1)
      .max(200),
  })
  .strict()

export type RecommendCartonBodyType = z.infer<typeof RecommendCartonBody>
