import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ANY, dayBounds, emptyPartial, rollupCells } from "../../../lib/kpi"
import { OMS_MODULE } from "../../../modules/oms"
import type OmsModuleService from "../../../modules/oms/service"
import { loadCalendars, loadDayFacts } from "../load-kpi-facts"

export interface RewriteKpiDaysInput {
  /** Stop taking new days after this long; the rest wait for the next run. */
  budget_ms: number
}

const yieldToOthers = () => new Promise((resolve) => setImmediate(resolve))

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
  while (Date.now() - started < budget_ms) {
    const next = await knex("oms_kpi_rollup_day").select("day").whereNull("deleted_at").orderBy("day", "desc").first()
    if (!next) break
    const { facts, returns, rated } = await loadDayFacts(container, dayBounds(next.day, timeZone))
    const calendars = await loadCalendars(container, facts)
    const cells = rollupCells(facts, returns, rated, calendars)
    // the all-filters row says the day is rolled up, even a day whose orders are all gone
    if (!cells.some((c) => c.stock_location === ANY && c.sales_channel === ANY && c.region === ANY)) {
      cells.push({ stock_location: ANY, sales_channel: ANY, region: ANY, partial: emptyPartial() })
    }
    await knex.transaction(async (trx: any) => {
      await trx("oms_kpi_rollup").where({ day: next.day }).delete()
      const rows = cells.map((c, i) => ({
        id: `omskpi_${next.day}_${i}`,
        day: next.day,
        stock_location_key: c.stock_location,
        sales_channel_key: c.sales_channel,
        region_key: c.region,
        orders: c.partial.orders,
        partial: JSON.stringify(c.partial),
      }))
      for (let i = 0; i < rows.length; i += 500) await trx("oms_kpi_rollup").insert(rows.slice(i, i + 500))
      await trx("oms_kpi_rollup_day").where({ day: next.day }).delete()
    })
    rewritten++
    await yieldToOthers()
  }
  const [{ count }] = await knex("oms_kpi_rollup_day").whereNull("deleted_at").count({ count: "*" })
  return new StepResponse({ rewritten, left: Number(count) })
})
