import { z } from "@medusajs/framework/zod"
import { ROUTING_STRATEGIES } from "../../../../../lib/routing/types"
import { ROUTING_SETTING_BOUNDS } from "../../../../../lib/settings"
import { boundedInt, boundedReal } from "../../../../validation"

const { max_shipments, per_parcel, per_kg_km } = ROUTING_SETTING_BOUNDS

/** Body of POST /admin/oms/settings/routing: each field optional; null puts the plugin option back. */
export const UpdateRoutingSettingsBody = z
  .object({
    strategy: z.enum(ROUTING_STRATEGIES).nullable().optional(),
    max_shipments: boundedInt(max_shipments.min, max_shipments.max).nullable().optional(),
    per_parcel: boundedReal("per_parcel", per_parcel.min, per_parcel.max).nullable().optional(),
    per_kg_km: boundedReal("per_kg_km", per_kg_km.min, per_kg_km.max).nullable().optional(),
  })
  .strict()

export type UpdateRoutingSettingsBodyType = z.infer<typeof UpdateRoutingSettingsBody>

export const RoutingSettingsQuery = z.object({}).strict()
