import type { TransferValue } from "./value-transfer"

/** A transfer suggestion as GET /admin/oms/transfers lists it (and the admin page shows it). */
export interface TransferRow {
  id: string
  run_id: string | null
  inventory_item_id: string
  sku: string | null
  title: string | null
  from: { id: string; name: string | null }
  to: { id: string; name: string | null }
  units: number
  status: "suggested" | "accepted" | "dismissed"
  score: number
  km_saved: number
  parcels_saved: number
  splits_saved: number
  backorders_saved: number
  /** Past orders holding the SKU that the valuation replayed. */
  orders_replayed: number
  value: TransferValue | null
  accepted_by: string | null
  accepted_at: string | null
  created_at: string
}

/** A valuation run as the routes answer it. */
export interface TransferRunView {
  id: string
  status: "running" | "done" | "failed"
  days: number
  /** Orders of the window the demand was counted on. */
  orders: number
  /** Suggestions to value, and how many are valued so far. */
  total: number
  done: number
  started_by: string | null
  started_at: string
  finished_at: string | null
  error: string | null
}

/** Columns of the CSV for the merchant's supplier or 3PL. */
export const TRANSFER_CSV_COLUMNS = [
  "sku", "title", "from_centre", "to_centre", "units", "status",
  "km_saved", "parcels_saved", "splits_saved", "backorders_saved", "orders_replayed", "suggested_at", "accepted_at",
] as const

export const transferCsvRecord = (t: TransferRow) => ({
  sku: t.sku ?? "",
  title: t.title ?? "",
  from_centre: t.from.name ?? "",
  to_centre: t.to.name ?? "",
  units: t.units,
  status: t.status,
  km_saved: Math.round(t.km_saved * 10) / 10,
  parcels_saved: t.parcels_saved,
  splits_saved: t.splits_saved,
  backorders_saved: t.backorders_saved,
  orders_replayed: t.orders_replayed,
  suggested_at: t.created_at,
  accepted_at: t.accepted_at ?? "",
})
