import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Period } from "../../../../../../lib/kpi"
import { isRootCause, ROOT_CAUSES, type ProductReturnCounts } from "../../../../../../lib/returns"

const WORDS_READ = 10

/**
 * The orders placed in the period whose parts holding the product have left a centre, as SQL
 * over the shipments of the period only (index on placed_at): each shipment's `lines` joined to
 * Medusa's order line items by id for the product. The line item carries the product itself,
 * so Medusa's versioned order_item rows (and the edits they record) are not needed here: the
 * shipment's own line quantities are what left.
 */
const SHIPPED = `
  select s.order_id, sum((l.value->>'quantity')::numeric) as units
  from oms_shipment s
  cross join lateral jsonb_array_elements(s.lines) as l(value)
  join order_line_item li on li.id = l.value->>'line_item_id' and li.deleted_at is null
  where s.deleted_at is null and s.placed_at >= :from and s.placed_at < :to
    and s.stage not in ('rerouted', 'canceled')
    and (s.shipped_at is not null or s.delivered_at is not null)
    and li.product_id = :product_id
  group by s.order_id`

/** Units shipped, units returned per cause (returns of those orders) and the customers' last words, in one statement. */
export async function countProductReturns(scope: MedusaContainer, productId: string, period: Period): Promise<ProductReturnCounts> {
  const knex = scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows } = await knex.raw(
    `with shipped as (${SHIPPED}),
    returned as (
      select r.* from oms_return_line r
      where r.deleted_at is null and r.product_id = :product_id and r.cause = any(:causes)
        and r.order_id in (select order_id from shipped)
    )
    select
      (select coalesce(sum(units), 0) from shipped) as shipped_units,
      (select coalesce(json_agg(c), '[]') from (select cause, sum(quantity) as units, count(*) as lines from returned group by cause) c) as by_cause,
      -- a group partly damaged is two rows with the same words: one per returned item
      (select coalesce(json_agg(w), '[]') from (
        select * from (
          select distinct on (source_item_id) note, cause, requested_at from returned
          where note is not null and btrim(note) <> '' order by source_item_id, requested_at desc
        ) d order by requested_at desc nulls last limit ${WORDS_READ}
      ) w) as words`,
    { from: period.from, to: period.to, product_id: productId, causes: [...ROOT_CAUSES] }
  )
  const [row] = rows
  return {
    shipped_units: Number(row.shipped_units),
    by_cause: row.by_cause.filter((c: { cause: string }) => isRootCause(c.cause)).map((c: Record<string, any>) => ({ cause: c.cause, units: Number(c.units), lines: Number(c.lines) })),
    words: row.words.map((w: Record<string, any>) => ({ note: String(w.note), cause: w.cause, requested_at: w.requested_at ? new Date(w.requested_at) : null })),
  }
}
