import { createHash } from "crypto"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PARTIAL_VERSION } from "../../../lib/kpi"
import { OMS_MODULE } from "../../../modules/oms"
import type OmsModuleService from "../../../modules/oms/service"
import { loadAllPromisedDays, loadCalendars } from "../load-kpi-facts"

/** Bumped when what the rollup cells mean changes (the partials carry their own version too), so every day is worked out again after an upgrade. */
export const KPI_ROLLUP_VERSION = 2

/**
 * How far back each scan looks again before its last one: a transaction that stamped a row
 * before the last scan but committed after it is still found. Looking again is harmless: a day
 * worked out twice comes out the same.
 */
const RESCAN_MS = 120_000

const STATE_ID = "omskpis_default"

/** What the rollups are worked out with, besides the facts: when it changes, every day is stale. */
async function fingerprintOf(container: MedusaContainer, timeZone: string): Promise<string> {
  const calendars = await loadCalendars(container)
  const promised = [...(await loadAllPromisedDays(container))].sort(([a], [b]) => (a < b ? -1 : 1))
  return createHash("sha1").update(JSON.stringify({ version: KPI_ROLLUP_VERSION, partial: PARTIAL_VERSION, timeZone, calendars, promised })).digest("hex")
}

/**
 * Puts on the to-do list every local day with an order whose facts, returns or rating changed
 * since the last scan (or every day, when the calendars, promised days, time zone or rollup
 * version changed), then moves the watermark to this scan's start. Returns how many days are
 * on the list.
 */
export const markChangedKpiDaysStep = createStep("oms-mark-changed-kpi-days", async (_: void, { container }) => {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const timeZone = container.resolve<OmsModuleService>(OMS_MODULE).getOptions().reportingTimeZone
  const fingerprint = await fingerprintOf(container, timeZone)
  const dayOf = `to_char(s.placed_at at time zone ?, 'YYYY-MM-DD')`
  const insertDays = (trx: any, select: string, params: unknown[]) =>
    trx.raw(
      `insert into oms_kpi_rollup_day (id, day) select 'omskpid_' || md5(d.day), d.day from (${select}) d
       on conflict (day) where deleted_at is null do nothing`,
      params
    )
  await knex.transaction(async (trx: any) => {
    const [{ now }] = (await trx.raw("select now() as now")).rows
    const state = await trx("oms_kpi_rollup_state").where({ id: STATE_ID }).forUpdate().first()
    if (!state || state.fingerprint !== fingerprint || !state.watermark) {
      await insertDays(trx, `select distinct ${dayOf} as day from oms_shipment s where s.deleted_at is null and s.placed_at is not null`, [timeZone])
    } else {
      const since = new Date(new Date(state.watermark).getTime() - RESCAN_MS)
      // three indexed reads (shipments by updated_at; orders of changed returns and ratings by order id), not one OR
      const ofOrders = (table: string) =>
        `select ${dayOf} as day from oms_shipment s
          where s.deleted_at is null and s.placed_at is not null and s.stage <> 'rerouted'
            and s.order_id in (select order_id from ${table} where updated_at > ?)`
      await insertDays(
        trx,
        `select ${dayOf} as day from oms_shipment s where s.deleted_at is null and s.placed_at is not null and s.updated_at > ?
         union ${ofOrders("oms_return_line")} union ${ofOrders("oms_feedback")}`,
        [timeZone, since, timeZone, since, timeZone, since]
      )
    }
    await trx("oms_kpi_rollup_state")
      .insert({ id: STATE_ID, watermark: now, fingerprint })
      .onConflict("id")
      .merge({ watermark: now, fingerprint, updated_at: now })
  })
  const [{ count }] = await knex("oms_kpi_rollup_day").whereNull("deleted_at").count({ count: "*" })
  return new StepResponse({ days: Number(count) })
})
