import { z } from "@medusajs/framework/zod"
import { SIMULATION_MAX_ORDERS } from "../../../../../lib/limits"
import { ROUTING_STRATEGIES } from "../../../../../lib/routing/types"
import { boundedInt } from "../../../../validation"

export const SimulateRoutingBody = z
  .object({
    strategy: z.enum(ROUTING_STRATEGIES),
    /** How many of the most recent orders to replay. */
    limit: boundedInt(1, SIMULATION_MAX_ORDERS).default(200),
    max_shipments: boundedInt(1, 10).optional(),
  })
  .strict()

export type SimulateRoutingBodyType = z.infer<typeof SimulateRoutingBody>
