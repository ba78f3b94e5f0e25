import { z } from "@medusajs/framework/zod"
import { INT4_MAX, INT4_MIN, REAL_MAX } from "../../../../lib/limits"
import { boundedInt, boundedReal, metadataObject } from "../../../validation"

// Storable numbers only: the ranges (and their merchant-facing messages) are validateLayout's.
const whole = () => boundedInt(INT4_MIN, INT4_MAX)
const length = (field: string) => boundedReal(field, -REAL_MAX, REAL_MAX)

/**
 * Body of PUT /admin/oms/centers/:stock_location_id/layout. Shapes and storable numbers: the
 * workflow runs `validateLayout` from `src/lib/warehouse` for the ranges (bin count limit included).
 */
export const UpsertLayoutBody = z
  .object({
    zone_code: z
      .string()
      .regex(/^[A-Z][A-Z0-9]{0,3}$/, "zone_code must be 1-4 upper-case letters/digits starting with a letter")
      .optional(),
    aisles: whole(),
    bays_per_aisle: whole(),
    levels: whole(),
    bay_width_m: length("bay_width_m"),
    aisle_width_m: length("aisle_width_m"),
    cross_aisles: whole().optional(),
    cross_aisle_width_m: length("cross_aisle_width_m"),
    depot_aisle: whole().optional(),
    metadata: metadataObject().nullable().optional(),
  })
  .strict()

export type UpsertLayoutBodyType = z.infer<typeof UpsertLayoutBody>
