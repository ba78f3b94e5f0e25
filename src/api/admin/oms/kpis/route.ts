import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { atRisk, kpiSummary, previousPeriod, type Period } from "../../../../lib/kpi"
import { assertStockLocation } from "../bins/helpers"
import { loadCalendars, loadKpiFacts, loadOpenFacts } from "./helpers"
import type { KpiQueryType } from "./validators"

const DAY_MS = 86_400_000
const AT_RISK_SHOWN = 50

/**
 * GET /admin/oms/kpis?from=&to=&stock_location_id=&sales_channel_id=&region_id= — the
 * fulfilment KPIs (lib/kpi kpiSummary) of the orders placed in the period (default: the last
 * 30 days up to now) and of the period of the same length before it, side by side.
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, KpiQueryType>, res: MedusaResponse) {
  const q = req.validatedQuery as KpiQueryType
  if (q.stock_location_id) await assertStockLocation(req.scope, q.stock_location_id)
  const now = new Date()
  const to = q.to ? new Date(q.to) : now
  const period: Period = { from: q.from ? new Date(q.from) : new Date(to.getTime() - 30 * DAY_MS), to }
  const before = previousPeriod(period)
  const filters = { stock_location_id: q.stock_location_id, sales_channel_id: q.sales_channel_id, region_id: q.region_id }
  const [current, previous, open] = await Promise.all([
    loadKpiFacts(req.scope, period, filters),
    loadKpiFacts(req.scope, before, filters),
    loadOpenFacts(req.scope, filters),
  ])
  const calendars = await loadCalendars(req.scope, [...current.facts, ...previous.facts, ...open])
  // each part is bounded work; between them other requests are answered
  const yieldToOthers = () => new Promise((resolve) => setImmediate(resolve))
  const kpis = kpiSummary(current.facts, current.returns, calendars, now, current.ratings)
  await yieldToOthers()
  const previousKpis = kpiSummary(previous.facts, previous.returns, calendars, now, previous.ratings)
  await yieldToOthers()
  const risky = atRisk(open, calendars, now, {})
  res.json({
    period,
    previous_period: before,
    kpis,
    previous: previousKpis,
    // orders that need a look now, the soonest deadline first
    at_risk: { count: risky.length, shipments: risky.slice(0, AT_RISK_SHOWN) },
  })
}
