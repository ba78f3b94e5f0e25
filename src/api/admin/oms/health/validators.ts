import { z } from "@medusajs/framework/zod"

/** Query of GET /admin/oms/health: one page of inventory levels (centre × item), optionally one centre. */
export const HealthReportQuery = z
  .object({
    stock_location_id: z.string().min(1).max(200).optional(),
    limit: z.coerce.number().int().min(1).max(1000).default(500),
    offset: z.coerce.number().int().min(0).max(2_147_483_647).default(0),
  })
  .strict()

export type HealthReportQueryType = z.infer<typeof HealthReportQuery>
