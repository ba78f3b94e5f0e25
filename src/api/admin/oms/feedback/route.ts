import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { compareKeys, csatByGroup, type Csat, csatOfDistribution, repeatRateOf, type FeedbackReport, type GroupCsat, type Period } from "../../../../lib/kpi"
import { assertStockLocation } from "../bins/helpers"
import { latestComments, ratingCounts, repeatCounts, shippingOptionNames, type RepeatCounts } from "./helpers"
import type { FeedbackReportQueryType } from "./validators"

const DAY_MS = 86_400_000

const overallOf = (groups: GroupCsat[]) => {
  const sum: Csat["distribution"] = [0, 0, 0, 0, 0]
  for (const g of groups) g.csat.distribution.forEach((n, i) => (sum[i] += n))
  return csatOfDistribution(sum)
}

const repeatRows = (rows: RepeatCounts[]) =>
  rows
    .map((r) => ({ key: r.key, repeat: repeatRateOf(r.customers, r.repeated, r.still_open) }))
    .sort((a, b) => b.repeat.customers - a.repeat.customers || compareKeys(a.key, b.key))

/**
 * GET /admin/oms/feedback?from=&to=&stock_location_id=&sales_channel_id=&region_id=&comments=
 * — what customers said about the orders placed in the period (default the last 30 days, the
 * dashboard's cohort): CSAT per centre, carrier and region, the repeat-purchase rate per centre
 * and region (lib/kpi), and the latest ratings with words. Counted in SQL on indexed columns.
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, FeedbackReportQueryType>, res: MedusaResponse) {
  const q = req.validatedQuery as FeedbackReportQueryType
  if (q.stock_location_id) await assertStockLocation(req.scope, q.stock_location_id)
  res.json(await feedbackReport(req.scope, q))
}

async function feedbackReport(scope: MedusaContainer, q: FeedbackReportQueryType): Promise<FeedbackReport> {
  const now = new Date()
  const to = q.to ? new Date(q.to) : now
  const period: Period = { from: q.from ? new Date(q.from) : new Date(to.getTime() - 30 * DAY_MS), to }
  const filters = { stock_location_id: q.stock_location_id, sales_channel_id: q.sales_channel_id, region_id: q.region_id }
  const [counts, repeat, comments] = await Promise.all([
    ratingCounts(scope, period, filters),
    repeatCounts(scope, period, filters, now),
    latestComments(scope, period, filters, q.comments),
  ])
  const byCentre = csatByGroup(counts.centre)
  const byCarrier = csatByGroup(counts.carrier)
  const names = await shippingOptionNames(scope, byCarrier.map((g) => g.key))
  return {
    period,
    csat: overallOf(byCentre),
    by_centre: byCentre.map((g) => ({ stock_location_id: g.key, csat: g.csat })),
    by_carrier: byCarrier.map((g) => ({ shipping_option_id: g.key, name: g.key ? names.get(g.key) ?? null : null, csat: g.csat })),
    by_region: csatByGroup(counts.region).map((g) => ({ region_id: g.key, csat: g.csat })),
    repeat_purchase: {
      window_days: repeat.window_days,
      overall: repeatRateOf(repeat.overall.customers, repeat.overall.repeated, repeat.overall.still_open),
      by_centre: repeatRows(repeat.by_centre).map((g) => ({ stock_location_id: g.key, ...g.repeat })),
      by_region: repeatRows(repeat.by_region).map((g) => ({ region_id: g.key, ...g.repeat })),
    },
    comments,
  }
}
