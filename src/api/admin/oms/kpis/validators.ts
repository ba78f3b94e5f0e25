import { z } from "@medusajs/framework/zod"
import { idText, isoDateTime } from "../../../validation"

/** Longest period the dashboard reads (about three years); its previous period is read too. */
export const KPI_PERIOD_MAX_DAYS = 1_100

const periodDays = (q: { from?: string; to?: string }) => {
  const to = q.to ? Date.parse(q.to) : Date.now()
  const from = q.from ? Date.parse(q.from) : to - 30 * 86_400_000
  return (to - from) / 86_400_000
}

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
  .refine((q) => periodDays(q) <= KPI_PERIOD_MAX_DAYS, { message: `from: a period may span at most ${KPI_PERIOD_MAX_DAYS} days`, path: ["from"] })

export type KpiQueryType = z.infer<typeof KpiQuery>
