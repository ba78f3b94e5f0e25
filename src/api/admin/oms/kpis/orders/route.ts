import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { DRILL_SPECS, kpiOrders, type Period } from "../../../../../lib/kpi"
import { assertStockLocation } from "../../bins/helpers"
import { loadCalendars, loadKpiFacts } from "../helpers"
import { orderNumbersOf } from "./order-numbers"
import type { KpiOrdersQueryType } from "./validators"

const DAY_MS = 86_400_000

/**
 * GET /admin/oms/kpis/orders?kpi=&outcome=&from=&to=&stock_location_id=&sales_channel_id=&region_id=&limit=&offset=
 * — the orders (shipments, for on-time) behind one dashboard tile: the same facts, period
 * (default the last 30 days up to now) and filters as GET /admin/oms/kpis, through lib/kpi
 * kpiOrders, so the outcomes' counts are the tile's numerator and denominator. Newest first.
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, KpiOrdersQueryType>, res: MedusaResponse) {
  const q = req.validatedQuery as KpiOrdersQueryType
  if (q.stock_location_id) await assertStockLocation(req.scope, q.stock_location_id)
  const now = new Date()
  const to = q.to ? new Date(q.to) : now
  const period: Period = { from: q.from ? new Date(q.from) : new Date(to.getTime() - 30 * DAY_MS), to }
  const { facts, returns } = await loadKpiFacts(req.scope, period, { stock_location_id: q.stock_location_id, sales_channel_id: q.sales_channel_id, region_id: q.region_id })
  const rows = kpiOrders(q.kpi, facts, returns, await loadCalendars(req.scope, facts), now)
  const { counted, rest } = DRILL_SPECS[q.kpi]
  const selected = q.outcome ? rows.filter((r) => r.outcome === q.outcome) : rows
  const page = selected.slice(q.offset, q.offset + q.limit)
  const numbers = await orderNumbersOf(req.scope, page.map((r) => r.order_id))
  res.json({
    kpi: q.kpi,
    period,
    outcomes: { [counted]: rows.filter((r) => r.in_numerator).length, [rest]: rows.filter((r) => !r.in_numerator).length },
    kpi_orders: page.map((r) => ({ ...r, display_id: numbers.get(r.order_id) ?? null })),
    count: selected.length,
    limit: q.limit,
    offset: q.offset,
  })
}
