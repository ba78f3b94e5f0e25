import { z } from "@medusajs/framework/zod"
import { ROUTING_STRATEGIES } from "../../../../../lib/routing/types"

export const SimulateRoutingBody = z
  .object({
    strategy: z.enum(ROUTING_STRATEGIES),
    /** How many of the most recent orders to replay. */
    limit: z.number().int().min(1).max(5000).default(200),
    max_shipments: z.number().int().min(1).max(10).optional(),
  })
  .strict()

export type SimulateRoutingBodyType = z.infer<typeof SimulateRoutingBody>
