import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { dayBounds } from "../../../lib/kpi/rollup-plan"
import { STOCK_DAY_UNITS_SQL } from "../stock-day-units-sql"

/** Days cut per statement: a week of a busy store is a few tens of thousands of shipments. */
const DAYS_PER_CHUNK = 7

const yieldToOthers = () => new Promise((resolve) => setImmediate(resolve))

/**
 * Replaces the units and back-ordered units of the day rows of `days`, a week at a time, each
 * week in one transaction worked out by the database (no shipment is loaded into the process).
 * The shelf samples on the rows (on_hand, stock_out) are kept; a row left with nothing is
 * removed. No compensation: the rows are derived, and the next run cuts the same days again
 * (the watermark only moves after this step).
 */
export const rewriteStockDaysStep = createStep(
  "oms-rewrite-stock-days",
  async ({ days, time_zone }: { days: string[]; time_zone: string }, { container }) => {
    const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
    const sorted = [...days].sort().reverse()
    for (let i = 0; i < sorted.length; i += DAYS_PER_CHUNK) {
      const chunk = sorted.slice(i, i + DAYS_PER_CHUNK)
      await rewriteDays(knex, chunk, time_zone)
      await yieldToOthers()
    }
    return new StepResponse({ days_rewritten: sorted.length })
  }
)

/** One chunk of days (any order) in one transaction. */
export async function rewriteDays(knex: any, days: string[], timeZone: string) {
  if (!days.length) return
  const sorted = [...days].sort()
  const from = dayBounds(sorted[0], timeZone).from
  const to = dayBounds(sorted[sorted.length - 1], timeZone).to
  await knex.transaction(async (trx: any) => {
    await trx("oms_stock_day").whereNull("deleted_at").whereIn("day", sorted).where((q: any) => q.where("units", "<>", 0).orWhere("backordered", "<>", 0)).update({ units: 0, backordered: 0, updated_at: trx.fn.now() })
    await trx.raw(
      `insert into oms_stock_day (id, inventory_item_id, stock_location_id, day, units, backordered, stock_out)
       select 'stkday_' || md5(f.inventory_item_id || '|' || f.stock_location_id || '|' || f.day), f.inventory_item_id, f.stock_location_id, f.day, f.units, f.backordered, false
         from (${STOCK_DAY_UNITS_SQL}) f
        where f.day = any(?) and (f.units <> 0 or f.backordered <> 0)
       on conflict (inventory_item_id, stock_location_id, day) where deleted_at is null
       do update set units = excluded.units, backordered = excluded.backordered, updated_at = now()`,
      [timeZone, from, to, sorted]
    )
    await trx("oms_stock_day").whereNull("deleted_at").whereIn("day", sorted).where({ units: 0, backordered: 0, stock_out: false }).whereNull("on_hand").delete()
  })
}
