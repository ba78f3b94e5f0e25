import { z } from "@medusajs/framework/zod"
import { isValidTimeZone } from "../../../../lib/time/local-day"

const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/

export const UpsertCenterBody = z
  .object({
    latitude: z.number().min(-90).max(90).nullable().optional(),
    longitude: z.number().min(-180).max(180).nullable().optional(),
    priority: z.number().int().min(0).max(10000).optional(),
    active: z.boolean().optional(),
    daily_order_capacity: z.number().int().min(0).nullable().optional(),
    cutoff_time: z.string().regex(HH_MM, "cutoff_time must be HH:MM (24h)").nullable().optional(),
    time_zone: z
      .string()
      .refine(isValidTimeZone, "time_zone must be an IANA time zone such as Asia/Jakarta")
      .optional(),
    serves_countries: z.array(z.string().length(2, "country codes are 2 letters").toLowerCase()).optional(),
    serves_provinces: z.array(z.string().min(1)).optional(),
    metadata: z.record(z.string(), z.unknown()).nullable().optional(),
  })
  .strict()
  .refine(
    (body) => (body.latitude == null) === (body.longitude == null),
    { message: "latitude and longitude must be given together", path: ["latitude"] }
  )

export type UpsertCenterBodyType = z.infer<typeof UpsertCenterBody>
