import { z } from "@medusajs/framework/zod"
import { DRILL_KPIS, DRILL_OUTCOMES, DRILL_SPECS, isDrillOutcomeOf } from "../../../../../lib/kpi"
import { LIST_MAX } from "../../../../../lib/limits"
import { boundedQueryInt } from "../../../../validation"
import { KpiQuery } from "../validators"

/**
 * Query of GET /admin/oms/kpis/orders: the KPIs route's period and filters (its own fields, so
 * both stay the same), which tile, which of its two outcomes, and a page.
 */
export const KpiOrdersQuery = z
  .object({
    ...KpiQuery.shape,
    kpi: z.enum(DRILL_KPIS),
    outcome: z.enum(DRILL_OUTCOMES as [string, ...string[]]).optional(),
    limit: boundedQueryInt(1, LIST_MAX.page).default(50),
    offset: boundedQueryInt(0, LIST_MAX.offset).default(0),
  })
  .strict()
  .refine((q) => !q.from || !q.to || Date.parse(q.from) < Date.parse(q.to), { message: "from must be before to", path: ["from"] })
  .superRefine((q, ctx) => {
    if (q.outcome && DRILL_SPECS[q.kpi] && !isDrillOutcomeOf(q.kpi, q.outcome)) {
      const { counted, rest } = DRILL_SPECS[q.kpi]
      ctx.addIssue({ code: "custom", path: ["outcome"], message: `outcome must be ${counted} or ${rest} for ${q.kpi}` })
    }
  })

export type KpiOrdersQueryType = z.infer<typeof KpiOrdersQuery>
