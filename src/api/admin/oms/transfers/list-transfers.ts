import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { TransferRow, TransferValue } from "../../../../lib/stock"
import type { ListTransfersQueryType } from "./validators"

/** Every row a CSV export may hold: far more than runs ever suggest (50 a run). */
const CSV_MAX_ROWS = 10_000

/**
 * Transfers in rank order (src/lib/stock compareTransferValues: km saved, then back-orders,
 * then parcels), with the SKU and the centres' names.
 */
export async function listTransfers(container: { resolve: (k: string) => any }, q: ListTransfersQueryType) {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const base = knex("oms_stock_transfer as t")
    .leftJoin("inventory_item as i", "i.id", "t.inventory_item_id")
    .leftJoin("stock_location as f", "f.id", "t.from_location_id")
    .leftJoin("stock_location as r", "r.id", "t.to_location_id")
    .whereNull("t.deleted_at")
  if (q.status) base.where("t.status", q.status)
  if (q.run_id) base.where("t.run_id", q.run_id)
  const [{ n }] = await base.clone().count("* as n")
  const csv = q.format === "csv"
  const rows = await base
    .clone()
    .select("t.*", "i.sku", "i.title", "f.name as from_name", "r.name as to_name")
    .orderByRaw(
      "t.score desc, coalesce((t.value->>'backorders_saved')::float, 0) desc, coalesce((t.value->>'parcels_saved')::float, 0) desc, t.created_at desc, t.id"
    )
    .limit(csv ? CSV_MAX_ROWS : q.limit)
    .offset(csv ? 0 : q.offset)
  return { count: Number(n), transfers: rows.map(toRow) }
}

function toRow(r: any): TransferRow {
  const value = (r.value ?? null) as TransferValue | null
  return {
    id: r.id,
    run_id: r.run_id,
    inventory_item_id: r.inventory_item_id,
    sku: r.sku ?? null,
    title: r.title ?? null,
    from: { id: r.from_location_id, name: r.from_name ?? null },
    to: { id: r.to_location_id, name: r.to_name ?? null },
    units: Number(r.units),
    status: r.status,
    score: Number(r.score),
    km_saved: value?.km_saved ?? 0,
    parcels_saved: value?.parcels_saved ?? 0,
    splits_saved: value?.splits_saved ?? 0,
    backorders_saved: value?.backorders_saved ?? 0,
    orders_replayed: value?.without?.orders ?? 0,
    value,
    accepted_by: r.accepted_by ?? null,
    accepted_at: r.accepted_at ? new Date(r.accepted_at).toISOString() : null,
    created_at: new Date(r.created_at).toISOString(),
  }
}
