import { z } from "@medusajs/framework/zod"

/** Query of GET /admin/oms/queues: nothing to choose, every centre's counts. */
export const QueuesQuery = z.object({}).strict()
export type QueuesQueryType = z.infer<typeof QueuesQuery>
