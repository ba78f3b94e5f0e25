import { z } from "@medusajs/framework/zod"
import { ROUTING_STRATEGIES } from "../../../../lib/routing/types"

export const RerouteOrderBody = z
  .object({
    stock_location_id: z.string().min(1).optional(),
    strategy: z.enum(ROUTING_STRATEGIES).optional(),
  })
  .strict()

export type RerouteOrderBodyType = z.infer<typeof RerouteOrderBody>
