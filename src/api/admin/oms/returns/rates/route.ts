import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { rateOf, returnRatesByGroup, topOffenders, wilsonLowerBound, type Period, type ReturnRatesReport } from "../../../../../lib/kpi"
import { assertStockLocation } from "../../bins/helpers"
import { shippingOptionNames } from "../../feedback/helpers"
import type { ReturnRatesQueryType } from "../validators"
import { assertDatabaseTimeZone, latestWords, returnRateCells, weeklyCells } from "./helpers"

const DAY_MS = 86_400_000
const OFFENDERS = 5

/**
 * GET /admin/oms/returns/rates?from=&to=&stock_location_id=&cause=&by=&limit=&time_zone= — the
 * return rate of the orders placed in the period (default the last 90 days) broken down by
 * product, reason, cause, centre, picker, packer, carton, carrier, sales channel or region:
 * per group the units shipped and back, the rate, the value of the returned units and its
 * Wilson bound (lib/kpi); the top offenders with the customers' latest words; and per week the
 * rate overall and of those offenders. Counted in SQL over the indexed fact tables.
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, ReturnRatesQueryType>, res: MedusaResponse) {
  const q = req.validatedQuery as ReturnRatesQueryType
  if (q.stock_location_id) await assertStockLocation(req.scope, q.stock_location_id)
  if (q.time_zone !== "UTC") await assertDatabaseTimeZone(req.scope, q.time_zone)
  res.json(await returnRatesReport(req.scope, q))
}

async function returnRatesReport(scope: MedusaContainer, q: ReturnRatesQueryType): Promise<ReturnRatesReport> {
  const to = q.to ? new Date(q.to) : new Date()
  const period: Period = { from: q.from ? new Date(q.from) : new Date(to.getTime() - 90 * DAY_MS), to }
  const filters = { stock_location_id: q.stock_location_id, cause: q.cause }
  const cells = await returnRateCells(scope, period, filters, q.by, q.time_zone)
  const groups = returnRatesByGroup(cells.cells)
  const offenders = topOffenders(groups, OFFENDERS)
  const offenderKeys = offenders.map((g) => g.key as string)
  const [weekly, words, names] = await Promise.all([
    weeklyCells(scope, period, filters, q.by, q.time_zone, offenderKeys),
    latestWords(scope, period, filters, q.by, q.time_zone, offenderKeys),
    q.by === "carrier" ? shippingOptionNames(scope, groups.map((g) => g.key)) : Promise.resolve(new Map<string, string>()),
  ])
  const label = (key: string | null) => (key === null ? null : q.by === "carrier" ? names.get(key) ?? null : cells.labels.get(key) ?? null)
  const view = (g: (typeof groups)[number]) => ({ ...g, label: label(g.key), refund: cells.mixed_currencies ? null : g.refund })
  const returnedUnits = groups.reduce((n, g) => n + g.returned_units, 0)
  const returnedLines = groups.reduce((n, g) => n + g.returned_lines, 0)
  return {
    period,
    by: q.by,
    time_zone: q.time_zone,
    totals: {
      shipped_units: cells.total_shipped,
      returned_units: returnedUnits,
      returned_lines: returnedLines,
      rate: rateOf(returnedUnits, cells.total_shipped),
      lower_bound: wilsonLowerBound(returnedUnits, cells.total_shipped),
      currency_code: cells.currency_code,
      refund_by_currency: cells.refund_by_currency,
    },
    group_count: groups.length,
    groups: groups.slice(0, q.limit).map(view),
    offenders: offenders.map((g) => ({ ...view(g), words: words.get(g.key as string) ?? [] })),
    over_time: overTime(weekly, offenderKeys),
  }
}

/** Per week (Monday in the admin's time zone), the rate overall and of each offender. */
function overTime(weekly: Awaited<ReturnType<typeof weeklyCells>>, keys: string[]) {
  const weeks = [...new Set([...weekly.shipped, ...weekly.returned].map((r) => r.week))].sort()
  return weeks.map((week) => {
    const shipped = weekly.shipped.filter((r) => r.week === week)
    const returned = weekly.returned.filter((r) => r.week === week)
    const sum = (rows: { units: number }[]) => rows.reduce((n, r) => n + r.units, 0)
    const all = sum(shipped)
    const groups = Object.fromEntries(
      keys.map((key) => {
        const out = sum(returned.filter((r) => r.key === key))
        const sent = weekly.shipped_is_total ? all : sum(shipped.filter((r) => r.key === key))
        return [key, { shipped_units: sent, returned_units: out, rate: rateOf(out, sent).rate }]
      })
    )
    return { week, shipped_units: all, returned_units: sum(returned), rate: rateOf(sum(returned), all).rate, groups }
  })
}
