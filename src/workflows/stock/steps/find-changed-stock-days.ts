import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OMS_MODULE } from "../../../modules/oms"
import type OmsModuleService from "../../../modules/oms/service"
import { STOCK_STATE_ID, stockWindow } from "../stock-window"

/**
 * How far back each scan looks again before the last one: a transaction that stamped a shipment
 * before the last scan but committed after it is still found. A day cut twice comes out the same.
 */
const RESCAN_MS = 120_000

export interface ChangedStockDays {
  /** Local days of the window whose shipments changed since the last scan, newest first. */
  days: string[]
  /** When this scan started: the next watermark once the days are rewritten. */
  scanned_at: string
  today: string
  time_zone: string
  /** True when today's once-a-day sample of every shelf is still to be taken. */
  full_sample: boolean
}

/**
 * The local days (within the window) whose orders' shipments changed since the watermark, or
 * every day of the window on the first run or after the reporting time zone changed. Reads only;
 * the watermark moves in `advanceStockWatermarkStep` once the days are rewritten, so a run that
 * fails half-way is redone by the next.
 */
export const findChangedStockDaysStep = createStep("oms-find-changed-stock-days", async (_: void, { container }) => {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const timeZone = container.resolve<OmsModuleService>(OMS_MODULE).getOptions().reportingTimeZone
  const [{ now }] = (await knex.raw("select now() as now")).rows
  const window = stockWindow(timeZone, new Date(now))
  const state = await knex("oms_stock_refresh_state").where({ id: STOCK_STATE_ID }).first()
  let days: string[]
  if (!state?.watermark || state.time_zone !== timeZone) {
    days = [...window.days].reverse()
  } else {
    const since = new Date(new Date(state.watermark).getTime() - RESCAN_MS)
    const { rows } = await knex.raw(
      `select distinct to_char(placed_at at time zone ?, 'YYYY-MM-DD') as day from oms_shipment
        where updated_at > ? and placed_at >= ? and deleted_at is null order by day desc`,
      [timeZone, since, window.from]
    )
    days = rows.map((r: { day: string }) => r.day).filter((d: string) => d >= window.first && d <= window.today)
  }
  const result: ChangedStockDays = {
    days,
    scanned_at: new Date(now).toISOString(),
    today: window.today,
    time_zone: timeZone,
    full_sample: state?.full_sample_day !== window.today,
  }
  return new StepResponse(result)
})
