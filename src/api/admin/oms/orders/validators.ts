import { z } from "@medusajs/framework/zod"
import { ROUTING_STRATEGIES } from "../../../../lib/routing/types"
import { idText } from "../../../validation"

export const RerouteOrderBody = z
  .object({
    stock_location_id: idText("stock_location_id").optional(),
    strategy: z.enum(ROUTING_STRATEGIES).optional(),
  })
  .strict()

export type RerouteOrderBodyType = z.infer<typeof RerouteOrderBody>
