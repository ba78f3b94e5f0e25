import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STOCK_WINDOW_DAYS } from "../stock-window"
import { windowDays } from "../../../lib/stock/day-series"

export interface SampleShelvesInput {
  today: string
  /** Also sample every level whose on-hand differs from its last sample (once a day). */
  full_sample: boolean
}

/**
 * Writes today's shelf sample from Medusa's inventory levels (on hand = stocked; out when
 * stocked − reserved ≤ 0, which stays true for the rest of the day). Kept sparse: each run only
 * touches levels that are out now or already have a row today; once a day also every level whose
 * on-hand differs from its last sample in the window (a shelf that did not move needs no new
 * row: the average on hand carries the last sample forward). One statement in the database.
 * No compensation: samples of the day only ever add what was seen.
 */
export const sampleShelvesStep = createStep("oms-sample-shelves", async ({ today, full_sample }: SampleShelvesInput, { container }) => {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const first = windowDays(today, STOCK_WINDOW_DAYS)[0]
  const { rowCount } = await knex.raw(
    `insert into oms_stock_day (id, inventory_item_id, stock_location_id, day, units, backordered, on_hand, stock_out)
     select 'stkday_' || md5(il.inventory_item_id || '|' || il.location_id || '|' || ?), il.inventory_item_id, il.location_id, ?, 0, 0,
            round(il.stocked_quantity)::int, (il.stocked_quantity - il.reserved_quantity) <= 0
       from inventory_level il
       left join oms_stock_day t on t.inventory_item_id = il.inventory_item_id and t.stock_location_id = il.location_id and t.day = ? and t.deleted_at is null
      where il.deleted_at is null
        and ((il.stocked_quantity - il.reserved_quantity) <= 0
          or t.id is not null
          or (?::boolean and round(il.stocked_quantity)::int is distinct from (
                select d.on_hand from oms_stock_day d
                 where d.inventory_item_id = il.inventory_item_id and d.stock_location_id = il.location_id
                   and d.day >= ? and d.day < ? and d.on_hand is not null and d.deleted_at is null
                 order by d.day desc limit 1)))
     on conflict (inventory_item_id, stock_location_id, day) where deleted_at is null
     do update set on_hand = excluded.on_hand, stock_out = oms_stock_day.stock_out or excluded.stock_out, updated_at = now()`,
    [today, today, today, full_sample, first, today]
  )
  return new StepResponse({ sampled: Number(rowCount ?? 0) })
})
