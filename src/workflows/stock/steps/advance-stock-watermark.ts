import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STOCK_STATE_ID } from "../stock-window"
import type { ChangedStockDays } from "./find-changed-stock-days"

/**
 * Moves the watermark to the scan's start and records today's full shelf sample, once the
 * changed days are rewritten. Compensation puts the previous state back.
 */
export const advanceStockWatermarkStep = createStep(
  "oms-advance-stock-watermark",
  async (scan: ChangedStockDays, { container }) => {
    const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
    const previous = (await knex("oms_stock_refresh_state").where({ id: STOCK_STATE_ID }).first()) ?? null
    const next = { watermark: scan.scanned_at, time_zone: scan.time_zone, full_sample_day: scan.full_sample ? scan.today : previous?.full_sample_day ?? null }
    await knex("oms_stock_refresh_state").insert({ id: STOCK_STATE_ID, ...next }).onConflict("id").merge({ ...next, updated_at: knex.fn.now() })
    return new StepResponse(next, previous)
  },
  async (previous, { container }) => {
    const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
    if (!previous) return void (await knex("oms_stock_refresh_state").where({ id: STOCK_STATE_ID }).delete())
    const { watermark, time_zone, full_sample_day } = previous as any
    await knex("oms_stock_refresh_state").where({ id: STOCK_STATE_ID }).update({ watermark, time_zone, full_sample_day })
  }
)
