import { z } from "@medusajs/framework/zod"
import { idText, isoDateTime } from "../../../validation"

/** Query of GET /admin/oms/kpis: a period (default the last 30 days) and optional filters. */
export const KpiQuery = z
  .object({
    from: isoDateTime("from").optional(),
    to: isoDateTime("to").optional(),
    stock_location_id: idText("stock_location_id").optional(),
    sales_channel_id: idText("sales_channel_id").optional(),
    region_id: idText("region_id").optional(),
  })
  .strict()
  .refine((q) => !q.from || !q.to || Date.parse(q.from) < Date.parse(q.to), { message: "from must be before to", path: ["from"] })

export type KpiQueryType = z.infer<typeof KpiQuery>
