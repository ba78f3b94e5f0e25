import { z } from "@medusajs/framework/zod"
import { CENTER_MAX, LIST_MAX, TEXT_MAX_LENGTH } from "../../../../lib/limits"
import { isValidTimeZone } from "../../../../lib/time/local-day"
import { boundedInt, boundedReal, metadataObject, safeText } from "../../../validation"

const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/

export const UpsertCenterBody = z
  .object({
    latitude: boundedReal("latitude", -90, 90).nullable().optional(),
    longitude: boundedReal("longitude", -180, 180).nullable().optional(),
    priority: boundedInt(0, CENTER_MAX.priority).optional(),
    active: z.boolean().optional(),
    daily_order_capacity: boundedInt(0, CENTER_MAX.daily_order_capacity).nullable().optional(),
    cutoff_time: z.string().regex(HH_MM, "cutoff_time must be HH:MM (24h)").nullable().optional(),
    time_zone: z
      .string()
      .max(TEXT_MAX_LENGTH.time_zone)
      .refine(isValidTimeZone, "time_zone must be an IANA time zone such as Asia/Jakarta")
      .optional(),
    serves_countries: z
      .array(z.string().regex(/^[A-Za-z]{2}$/, "serves_countries: country codes are 2 letters").toLowerCase())
      .max(LIST_MAX.serves_countries)
      .optional(),
    serves_provinces: z.array(safeText("serves_provinces", TEXT_MAX_LENGTH.province)).max(LIST_MAX.serves_provinces).optional(),
    metadata: metadataObject().nullable().optional(),
  })
  .strict()
  .refine(
    (body) => (body.latitude == null) === (body.longitude == null),
    { message: "latitude and longitude must be given together", path: ["latitude"] }
  )

export type UpsertCenterBodyType = z.infer<typeof UpsertCenterBody>
