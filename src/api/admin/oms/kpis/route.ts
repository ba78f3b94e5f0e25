import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { atRisk, previousPeriod, summaryOfPartial, type Period } from "../../../../lib/kpi"
import { OMS_MODULE } from "../../../../modules/oms"
import type OmsModuleService from "../../../../modules/oms/service"
import { readKpiPartial } from "../../../../workflows/kpis/read-kpi-partial"
import { assertStockLocation } from "../bins/helpers"
import { loadCalendars, loadOpenFacts } from "./helpers"
import type { KpiQueryType } from "./validators"

const DAY_MS = 86_400_000
const AT_RISK_SHOWN = 50

/**
 * GET /admin/oms/kpis?from=&to=&stock_location_id=&sales_channel_id=&region_id= — the
 * fulfilment KPIs of the orders placed in the period (default: the last 30 days up to now) and
 * of the period of the same length before it, side by side. Whole past days come from the
 * per-day rollups (kept by the refresh-kpi-rollups job, up to a minute behind); today and any
 * part of a day are worked out from the fact rows (read-kpi-partial).
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, KpiQueryType>, res: MedusaResponse) {
  const q = req.validatedQuery as KpiQueryType
  if (q.stock_location_id) await assertStockLocation(req.scope, q.stock_location_id)
  const timeZone = req.scope.resolve<OmsModuleService>(OMS_MODULE).getOptions().reportingTimeZone
  const now = new Date()
  const to = q.to ? new Date(q.to) : now
  const period: Period = { from: q.from ? new Date(q.from) : new Date(to.getTime() - 30 * DAY_MS), to }
  const before = previousPeriod(period)
  const filters = { stock_location_id: q.stock_location_id, sales_channel_id: q.sales_channel_id, region_id: q.region_id }
  const [current, previous, open] = await Promise.all([
    readKpiPartial(req.scope, period, filters, now, timeZone),
    readKpiPartial(req.scope, before, filters, now, timeZone),
    loadOpenFacts(req.scope, filters),
  ])
  const risky = atRisk(open, await loadCalendars(req.scope, open), now, {})
  res.json({
    period,
    previous_period: before,
    kpis: summaryOfPartial(current.partial, now),
    previous: summaryOfPartial(previous.partial, now),
    // orders that need a look now, the soonest deadline first
    at_risk: { count: risky.length, shipments: risky.slice(0, AT_RISK_SHOWN) },
    // how much came from the daily reports, for a merchant wondering why a change is not there yet
    sources: { rolled_days: current.rolled_days + previous.rolled_days, reporting_time_zone: timeZone },
  })
}
