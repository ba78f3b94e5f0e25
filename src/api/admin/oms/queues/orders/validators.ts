import { z } from "@medusajs/framework/zod"
import { QUEUES } from "../../../../../lib/journey/queues"
import { LIST_MAX } from "../../../../../lib/limits"
import { boundedQueryInt, idText, safeText } from "../../../../validation"

export const QUEUE_SEARCH_MAX = 100

/** Query of GET /admin/oms/queues/orders. */
export const QueueOrdersQuery = z
  .object({
    queue: z.enum(QUEUES),
    stock_location_id: idText("stock_location_id").optional(),
    /** An order number, or the start of the customer's email or name. */
    q: safeText("q", QUEUE_SEARCH_MAX, { trim: true }).optional(),
    sort: z.enum(["placed_at", "display_id"]).default("placed_at"),
    order: z.enum(["asc", "desc"]).default("asc"),
    limit: boundedQueryInt(1, LIST_MAX.page).default(50),
    offset: boundedQueryInt(0, LIST_MAX.offset).default(0),
  })
  .strict()

export type QueueOrdersQueryType = z.infer<typeof QueueOrdersQuery>
