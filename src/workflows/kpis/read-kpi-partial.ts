import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import {
  ANY, PARTIAL_VERSION, daysOfMonth, groupWholeMonths, KpiPartial, kpiPartial, mergeAllPartials, monthOfDay, Period, RollupKey, rollupKeyOf, uncoveredSpans, wholePastDays,
} from "../../lib/kpi"
import { KPI_LIVE_SHIPMENTS_MAX, KpiFacts, KpiFilters, loadCalendars, loadKpiFacts } from "./load-kpi-facts"

/** Orders worked out between two yields to the event loop. */
const ORDERS_PER_CHUNK = 500

export interface PeriodPartial {
  partial: KpiPartial
  /** Days read from the rollups, and the spans read from the fact rows. */
  rolled_days: number
  live_spans: Period[]
}

const yieldToOthers = () => new Promise((resolve) => setImmediate(resolve))

/**
 * The KPI partial of the orders placed in `period` that match `filters`: the rolled-up days'
 * rows added together, plus the rest (today, the ragged ends, days not rolled up yet) worked
 * out from the fact rows in chunks, so that a long range costs a few hundred rows and the event
 * loop is never held long.
 */
export async function readKpiPartial(scope: MedusaContainer, period: Period, filters: KpiFilters, now: Date, timeZone: string): Promise<PeriodPartial> {
  const knex = scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const days = wholePastDays(period, timeZone, now)
  const key = rollupKeyOf(filters)
  const grouped = groupWholeMonths(days)
  // a month with a day still waiting to be rewritten is read day by day (or from the facts)
  const waiting = grouped.months.length
    ? new Set((await knex("oms_kpi_rollup_day").select("day").whereNull("deleted_at").where("day", ">=", grouped.months[0])).map((r: { day: string }) => monthOfDay(r.day)))
    : new Set<string>()
  const months = grouped.months.filter((m) => !waiting.has(m))
  const singleDays = [...grouped.days, ...grouped.months.filter((m) => waiting.has(m)).flatMap(daysOfMonth)]
  const rows = await loadRollupRows(knex, key, months, singleDays)
  // a row written by another version of the plugin is left to the refresh, and its day read from the facts
  const isAll = (r: RollupRow) => r.stock_location_key === ANY && r.sales_channel_key === ANY && r.region_key === ANY && Number(r.version) === PARTIAL_VERSION
  const rolledMonths = new Set(rows.filter((r) => r.grain === "month" && isAll(r)).map((r) => r.day))
  const rolledDays = new Set(rows.filter((r) => r.grain === "day" && isAll(r)).map((r) => r.day))
  const rolled = [...[...rolledMonths].flatMap(daysOfMonth), ...rolledDays]
  const used = rows.filter((r) => r.partial && Number(r.version) === PARTIAL_VERSION && (r.grain === "month" ? rolledMonths.has(r.day) : rolledDays.has(r.day)))
  const spans = uncoveredSpans(period, rolled, timeZone)
  const live = await loadLiveFacts(scope, spans, filters)
  const partials = [...used.map((r) => r.partial!), await partialInChunks(scope, live)]
  return { partial: mergeAllPartials(partials), rolled_days: rolled.length, live_spans: spans }
}

interface RollupRow {
  grain: "day" | "month"
  day: string
  stock_location_key: string
  sales_channel_key: string
  region_key: string
  /** Only on the rows of the filter's cell; the all-filters rows are read to know a day is rolled up. */
  partial: KpiPartial | null
  version: number | string | null
}

/** The filter's cells and the all-filters cells of the given months and days. */
async function loadRollupRows(knex: any, key: RollupKey, months: string[], days: string[]): Promise<RollupRow[]> {
  if (!months.length && !days.length) return []
  const cells = (q: any) =>
    q
      .where({ stock_location_key: key.stock_location, sales_channel_key: key.sales_channel, region_key: key.region })
      .orWhere({ stock_location_key: ANY, sales_channel_key: ANY, region_key: ANY })
  const filterCellPartial = knex.raw("case when stock_location_key = ? and sales_channel_key = ? and region_key = ? then partial end as partial", [
    key.stock_location, key.sales_channel, key.region,
  ])
  return knex("oms_kpi_rollup")
    .select("grain", "day", "stock_location_key", "sales_channel_key", "region_key", filterCellPartial, knex.raw("partial->>'version' as version"))
    .whereNull("deleted_at")
    .where((q: any) => {
      if (months.length) q.orWhere((m: any) => m.where("grain", "month").whereIn("day", months))
      if (days.length) q.orWhere((d: any) => d.where("grain", "day").whereIn("day", days))
    })
    .where(cells)
}

const tooManyLive = () =>
  new MedusaError(
    MedusaError.Types.INVALID_DATA,
    `from: the period holds more than ${KPI_LIVE_SHIPMENTS_MAX} shipments not in the daily reports yet; choose a shorter period or try again in a few minutes`
  )

async function loadLiveFacts(scope: MedusaContainer, spans: Period[], filters: KpiFilters): Promise<KpiFacts> {
  const all: KpiFacts = { facts: [], returns: [], rated: [], ratings: [] }
  for (const span of spans) {
    const left = KPI_LIVE_SHIPMENTS_MAX - all.facts.length
    const part = await loadKpiFacts(scope, span, filters, left).catch((error) => {
      throw MedusaError.isMedusaError(error) && error.type === MedusaError.Types.INVALID_DATA ? tooManyLive() : error
    })
    all.facts.push(...part.facts)
    all.returns.push(...part.returns)
    all.rated.push(...part.rated)
    all.ratings.push(...part.ratings)
  }
  return all
}

/** The partial of some whole orders, worked out a chunk of orders at a time with yields between. */
export async function partialInChunks(scope: MedusaContainer, { facts, returns, rated }: KpiFacts): Promise<KpiPartial> {
  const calendars = await loadCalendars(scope, facts)
  const orderIds = [...new Set(facts.map((f) => f.order_id))]
  const partials: KpiPartial[] = []
  for (let i = 0; i < orderIds.length; i += ORDERS_PER_CHUNK) {
    const chunk = new Set(orderIds.slice(i, i + ORDERS_PER_CHUNK))
    partials.push(
      kpiPartial(
        facts.filter((f) => chunk.has(f.order_id)),
        returns.filter((r) => chunk.has(r.order_id)),
        calendars,
        rated.filter((r) => chunk.has(r.order_id)).map((r) => r.rating)
      )
    )
    if (i + ORDERS_PER_CHUNK < orderIds.length) await yieldToOthers()
  }
  return mergeAllPartials(partials)
}
