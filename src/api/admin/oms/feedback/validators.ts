import { z } from "@medusajs/framework/zod"
import { boundedQueryInt, idText, isoDateTime } from "../../../validation"

/** Query of GET /admin/oms/feedback: the dashboard's period (default the last 30 days) and filters. */
export const FeedbackReportQuery = z
  .object({
    from: isoDateTime("from").optional(),
    to: isoDateTime("to").optional(),
    stock_location_id: idText("stock_location_id").optional(),
    sales_channel_id: idText("sales_channel_id").optional(),
    region_id: idText("region_id").optional(),
    /** How many of the latest comments to show. */
    comments: boundedQueryInt(0, 50).default(10),
  })
  .strict()
  .refine((q) => !q.from || !q.to || Date.parse(q.from) < Date.parse(q.to), { message: "from must be before to", path: ["from"] })

export type FeedbackReportQueryType = z.infer<typeof FeedbackReportQuery>
