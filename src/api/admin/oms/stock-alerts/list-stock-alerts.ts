import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AlertKind } from "../../../../lib/stock"
import type { ListStockAlertsQueryType } from "./validators"

type Knex = { raw: (sql: string, bindings?: unknown[]) => Promise<{ rows: Record<string, any>[] }> }

export interface StockAlertRow {
  id: string
  kind: AlertKind
  stock_location_id: string | null
  location_name: string | null
  inventory_item_id: string | null
  sku: string | null
  title: string | null
  posted_at: string
  cleared_at: string | null
  /** Whether the admin's notification feed got it (false when the store has no feed provider). */
  in_feed: boolean
  /** What the alert said when it was posted, for the page to word in the merchant's language. */
  figures: { available: number | null; on_hand: number | null; reorder_point: number | null; days_of_supply: number | null }
}

const numberOrNull = (v: unknown) => (typeof v === "number" ? v : null)

/**
 * One page of the stock alerts, newest first, with the centre's name and the item's SKU and title
 * as Medusa has them now. Open alerts of kinds turned off in the plugin options are left out (the
 * next alert run closes them).
 */
export async function listStockAlerts(container: { resolve: (key: string) => unknown }, q: ListStockAlertsQueryType, enabled: AlertKind[]) {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION) as Knex
  const where = [`a.deleted_at is null`, `(a.cleared_at is not null or a.kind = any(?))`]
  const params: unknown[] = [enabled]
  if (q.status === "open") where.push(`a.cleared_at is null`)
  if (q.status === "cleared") where.push(`a.cleared_at is not null`)
  if (q.kind) (where.push(`a.kind = any(?)`), params.push(q.kind))
  if (q.stock_location_id) (where.push(`a.stock_location_id = ?`), params.push(q.stock_location_id))
  if (q.inventory_item_id) (where.push(`a.inventory_item_id = ?`), params.push(q.inventory_item_id))
  const filter = where.join(" and ")

  const [{ rows }, { rows: counted }] = await Promise.all([
    knex.raw(
      `select a.id, a.kind, a.stock_location_id, sl.name as location_name, a.inventory_item_id,
              coalesce(ii.sku, a.message->>'sku') as sku, coalesce(ii.title, a.message->>'title') as title,
              a.posted_at, a.cleared_at, a.notification_id is not null as in_feed, a.message
         from oms_stock_alert a
         left join stock_location sl on sl.id = a.stock_location_id
         left join inventory_item ii on ii.id = a.inventory_item_id
        where ${filter}
        order by a.posted_at desc, a.id desc
        limit ? offset ?`,
      [...params, q.limit, q.offset]
    ),
    knex.raw(`select count(*)::int as count from oms_stock_alert a where ${filter}`, params),
  ])
  const alerts: StockAlertRow[] = rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    stock_location_id: r.stock_location_id,
    location_name: r.location_name ?? null,
    inventory_item_id: r.inventory_item_id,
    sku: r.sku ?? null,
    title: r.title ?? null,
    posted_at: new Date(r.posted_at).toISOString(),
    cleared_at: r.cleared_at ? new Date(r.cleared_at).toISOString() : null,
    in_feed: Boolean(r.in_feed),
    figures: {
      available: numberOrNull(r.message?.available),
      on_hand: numberOrNull(r.message?.on_hand),
      reorder_point: numberOrNull(r.message?.reorder_point),
      days_of_supply: numberOrNull(r.message?.days_of_supply),
    },
  }))
  return { alerts, count: counted[0].count as number }
}
