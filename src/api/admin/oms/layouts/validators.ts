import { z } from "@medusajs/framework/zod"

/**
 * Body of PUT /admin/oms/centers/:stock_location_id/layout. Shapes only: the workflow also runs
 * `validateLayout` from `src/lib/warehouse` (ranges that depend on each other, bin count limit).
 */
export const UpsertLayoutBody = z
  .object({
    zone_code: z
      .string()
      .regex(/^[A-Z][A-Z0-9]{0,3}$/, "zone_code must be 1-4 upper-case letters/digits starting with a letter")
      .optional(),
    aisles: z.number().int(),
    bays_per_aisle: z.number().int(),
    levels: z.number().int(),
    bay_width_m: z.number(),
    aisle_width_m: z.number(),
    cross_aisles: z.number().int().optional(),
    cross_aisle_width_m: z.number(),
    depot_aisle: z.number().int().optional(),
    metadata: z.record(z.string(), z.unknown()).nullable().optional(),
  })
  .strict()

export type UpsertLayoutBodyType = z.infer<typeof UpsertLayoutBody>
