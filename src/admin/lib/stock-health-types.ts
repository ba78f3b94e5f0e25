/**
 * GET /admin/oms/stock-health, /stock-health/items/:id, /stock-settings and /stock-alerts as the
 * admin receives them (JSON: dates are strings). Definitions of the figures: src/lib/stock.
 */
import { CONDITION_SEVERITY } from "../../lib/stock/condition-order"
import { SETTING_FIELDS, type EffectiveSettings, type SettingField, type SettingSource } from "../../lib/stock/effective-settings"
import type { StockAlertRow } from "../../api/admin/oms/stock-alerts/list-stock-alerts"
import type { StockCondition, StockHealthRowOut, StockHealthSort } from "../../workflows/stock/stock-health-query"

export type { StockCondition }

/** Most urgent first: the order of the filter chips and of the default sort. */
export const STOCK_CONDITIONS: readonly StockCondition[] = CONDITION_SEVERITY

/** The columns GET /admin/oms/stock-health sorts by (STOCK_HEALTH_SORTS on the server, whose file the admin bundle cannot load). */
export const STOCK_SORTS = ["sku", "title", "on_hand", "available", "velocity_28", "days_of_supply", "demand_missed", "reorder_point", "condition"] as const satisfies readonly StockHealthSort[]
export type StockSort = StockHealthSort

export type StockHealthRow = StockHealthRowOut

export interface StockHealthList {
  rows: StockHealthRow[]
  count: number
  limit: number
  offset: number
  refreshed_at: string | null
  counts: Record<StockCondition, number>
  centres: { id: string; name: string }[]
}

export const STOCK_SETTING_FIELDS = SETTING_FIELDS
export type StockSettingField = SettingField
export type StockSettingSource = SettingSource
export type EffectiveStockSettings = EffectiveSettings

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

export type StockAlert = StockAlertRow

export interface StockAlertList {
  alerts: StockAlert[]
  count: number
  feed_available: boolean
}
