import { z } from "@medusajs/framework/zod"
import { ROUTING_STRATEGIES } from "../../../../lib/routing/types"
import { idText } from "../../../validation"

export const RerouteOrderBody = z
  .object({
    stock_location_id: idText("stock_location_id").optional(),
    strategy: z.enum(ROUTING_STRATEGIES).optional(),
    /** Take parts that sit in a pick wave out of it (picked units back to their bins) and re-route them. */
    release_from_wave: z.boolean().optional(),
  })
  .strict()

export type RerouteOrderBodyType = z.infer<typeof RerouteOrderBody>
