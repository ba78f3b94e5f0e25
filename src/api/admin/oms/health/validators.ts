import { z } from "@medusajs/framework/zod"
import { LIST_MAX } from "../../../../lib/limits"
import { boundedQueryInt, idText } from "../../../validation"

/** Query of GET /admin/oms/health: one page of inventory levels (centre × item), optionally one centre. */
export const HealthReportQuery = z
  .object({
    stock_location_id: idText("stock_location_id").optional(),
    limit: boundedQueryInt(1, 1000).default(500),
    offset: boundedQueryInt(0, LIST_MAX.offset).default(0),
  })
  .strict()

export type HealthReportQueryType = z.infer<typeof HealthReportQuery>
