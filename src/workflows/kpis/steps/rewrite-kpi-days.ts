import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  ANY, CentreCalendars, dayBounds, emptyPartial, KpiPartial, mergeAllPartials, mergeCells, monthOfDay, RollupCell, rollupCells,
} from "../../../lib/kpi"
import { OMS_MODULE } from "../../../modules/oms"
import type OmsModuleService from "../../../modules/oms/service"
import { KpiFacts, loadCalendars, loadDayFacts, withDefaultCalendars } from "../load-kpi-facts"

export interface RewriteKpiDaysInput {
  /** Stop taking new days after this long; the rest wait for the next run. */
  budget_ms: number
}

const yieldToOthers = () => new Promise((resolve) => setImmediate(resolve))

/** Orders worked out between two yields to the event loop (a busy day holds thousands). */
const ORDERS_PER_CHUNK = 300

/** A day's cells, a chunk of orders at a time with yields between: the same cells as all at once. */
async function cellsInChunks({ facts, returns, rated }: KpiFacts, calendars: CentreCalendars): Promise<RollupCell[]> {
  const orderIds = [...new Set(facts.map((f) => f.order_id))]
  const chunkOf = new Map(orderIds.map((id, i) => [id, Math.floor(i / ORDERS_PER_CHUNK)]))
  const chunks = Math.ceil(orderIds.length / ORDERS_PER_CHUNK)
  const lists: RollupCell[][] = []
  for (let c = 0; c < chunks; c++) {
    const mine = (r: { order_id: string }) => chunkOf.get(r.order_id) === c
    lists.push(rollupCells(facts.filter(mine), returns.filter(mine), rated.filter(mine), calendars))
    await yieldToOthers()
  }
  return mergeCells(lists)
}

/** Days worked out per round of the loop. */
const DAYS_PER_ROUND = 7


/**
 * Works out the rollup rows of the days on the to-do list, the most recent first (what the
 * dashboard shows most), each day in one short transaction that replaces its rows and takes it
 * off the list. A fact changed while a day is being worked out is found by the next scan, which
 * looks back past this run's start. Returns the days rewritten and the days left.
 */
export const rewriteKpiDaysStep = createStep("oms-rewrite-kpi-days", async ({ budget_ms }: RewriteKpiDaysInput, { container }) => {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const timeZone = container.resolve<OmsModuleService>(OMS_MODULE).getOptions().reportingTimeZone
  const started = Date.now()
  let rewritten = 0
  const months = new Set<string>()
  const calendars = await loadCalendars(container)
  while (Date.now() - started < budget_ms) {
    // a few days per round: their reads run side by side and their rows go in one transaction
    const batch: string[] = (await knex("oms_kpi_rollup_day").select("day").whereNull("deleted_at").orderBy("day", "desc").limit(DAYS_PER_ROUND)).map((r: { day: string }) => r.day)
    if (!batch.length) break
    const read = await Promise.all(batch.map((day) => loadDayFacts(container, dayBounds(day, timeZone))))
    const rows: Record<string, unknown>[] = []
    for (const [d, day] of batch.entries()) {
      const cells = await cellsInChunks(read[d], withDefaultCalendars(calendars, read[d].facts))
      // the all-filters row says the day is rolled up, even a day whose orders are all gone
      if (!cells.some((c) => c.stock_location === ANY && c.sales_channel === ANY && c.region === ANY)) {
        cells.push({ stock_location: ANY, sales_channel: ANY, region: ANY, partial: emptyPartial() })
      }
      cells.forEach((c, i) =>
        rows.push({
          id: `omskpi_${day}_${i}`,
          grain: "day",
          day,
          stock_location_key: c.stock_location,
          sales_channel_key: c.sales_channel,
          region_key: c.region,
          orders: c.partial.orders,
          partial: JSON.stringify(c.partial),
        })
      )
    }
    await knex.transaction(async (trx: any) => {
      await trx("oms_kpi_rollup").where({ grain: "day" }).whereIn("day", batch).delete()
      for (let i = 0; i < rows.length; i += 500) await trx("oms_kpi_rollup").insert(rows.slice(i, i + 500))
      await trx("oms_kpi_rollup_day").whereIn("day", batch).delete()
    })
    rewritten += batch.length
    for (const day of batch) months.add(monthOfDay(day))
    await yieldToOthers()
  }
  // a month is added up again once none of its days waits on the list
  for (const month of months) {
    const waiting = await knex("oms_kpi_rollup_day").whereNull("deleted_at").where("day", "like", `${month}-%`).first()
    if (!waiting) await rewriteMonth(knex, month)
  }
  const [{ count }] = await knex("oms_kpi_rollup_day").whereNull("deleted_at").count({ count: "*" })
  return new StepResponse({ rewritten, left: Number(count) })
})

/** The month's rows: each cell the sum of that cell's day rows. */
async function rewriteMonth(knex: any, month: string) {
  const days: { stock_location_key: string; sales_channel_key: string; region_key: string; partial: KpiPartial }[] = await knex("oms_kpi_rollup")
    .select("stock_location_key", "sales_channel_key", "region_key", "partial")
    .where({ grain: "day" })
    .where("day", "like", `${month}-%`)
  const byCell = new Map<string, typeof days>()
  for (const row of days) {
    const key = `${row.stock_location_key}\u0000${row.sales_channel_key}\u0000${row.region_key}`
    const cell = byCell.get(key) ?? []
    cell.push(row)
    byCell.set(key, cell)
  }
  const rows: Record<string, unknown>[] = []
  for (const cell of byCell.values()) {
    const partial = mergeAllPartials(cell.map((r) => r.partial))
    const { stock_location_key, sales_channel_key, region_key } = cell[0]
    rows.push({ id: `omskpi_${month}_${rows.length}`, grain: "month", day: month, stock_location_key, sales_channel_key, region_key, orders: partial.orders, partial: JSON.stringify(partial) })
    if (rows.length % 10 === 0) await yieldToOthers()
  }
  await knex.transaction(async (trx: any) => {
    await trx("oms_kpi_rollup").where({ grain: "month", day: month }).delete()
    for (let i = 0; i < rows.length; i += 200) await trx("oms_kpi_rollup").insert(rows.slice(i, i + 200))
  })
}
