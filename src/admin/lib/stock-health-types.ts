/**
 * GET /admin/oms/stock-health, /stock-health/items/:id, /stock-settings and /stock-alerts as the
 * admin receives them (JSON: dates are strings). Definitions of the figures: src/lib/stock.
 */
import type { StockCondition } from "../../lib/stock/velocity"

export type { StockCondition }

/** Most urgent first: the order of the filter chips and of the default sort. */
export const STOCK_CONDITIONS: readonly StockCondition[] = ["stock_out", "low", "dead", "overstock", "ok"]

export const STOCK_SORTS = ["sku", "title", "on_hand", "available", "velocity_28", "days_of_supply", "demand_missed", "reorder_point", "condition"] as const
export type StockSort = (typeof STOCK_SORTS)[number]

export interface StockHealthRow {
  inventory_item_id: string
  stock_location_id: string
  location_name: string | null
  sku: string | null
  title: string | null
  on_hand: number
  reserved: number
  available: number
  in_bins: number
  unassigned: number
  backordered: number
  velocity_7: number
  velocity_28: number
  velocity_90: number
  days_of_supply: number | null
  turnover_90: number | null
  stock_out_days: number
  demand_missed: number
  safety_stock: number
  reorder_point: number
  suggested_order: number
  reorder_now: boolean
  condition: StockCondition
  last_sale_day: string | null
}

export interface StockHealthList {
  rows: StockHealthRow[]
  count: number
  limit: number
  offset: number
  refreshed_at: string | null
  counts: Record<StockCondition, number>
  centres: { id: string; name: string }[]
}

export const STOCK_SETTING_FIELDS = ["service_level", "lead_time_days", "target_days_of_supply", "overstock_days"] as const
export type StockSettingField = (typeof STOCK_SETTING_FIELDS)[number]
export type StockSettingSource = "sku" | "centre" | "default"

export interface EffectiveStockSettings {
  service_level: number
  lead_time_days: number
  target_days_of_supply: number
  overstock_days: number
  source: Record<StockSettingField, StockSettingSource>
}

/** GET /admin/oms/stock-settings?stock_location_id=: the centre asked for, with its settings. */
export interface CentreSettingsList {
  centres: { id: string; name: string | null; settings: EffectiveStockSettings }[]
}

export interface StockDay {
  day: string
  units: number
  stock_out: boolean
}

export interface StockItemCentre extends StockHealthRow {
  settings: EffectiveStockSettings
  daily: StockDay[]
}

export interface StockItemDetail {
  item: { id: string; sku: string | null; title: string | null }
  centres: StockItemCentre[]
}

/** POST /admin/oms/stock-settings: null clears a field (it falls back to the next level). */
export type StockSettingsUpdate = { stock_location_id: string; inventory_item_id?: string } & Partial<Record<StockSettingField, number | null>>

export interface StockAlert {
  id: string
  kind: string
  stock_location_id: string | null
  location_name: string | null
  inventory_item_id: string | null
  sku: string | null
  title: string | null
  posted_at: string
  cleared_at: string | null
  in_feed: boolean
}

export interface StockAlertList {
  alerts: StockAlert[]
  count: number
  feed_available: boolean
}
