/**
 * The reorder settings form: what the merchant types (service level in %, the rest in days)
 * against what the API stores (service level as a share), checked with the same bounds as the
 * server (STOCK_SETTING_BOUNDS) so a mistake is named next to its field before it is sent.
 */
import { STOCK_SETTING_BOUNDS } from "../../lib/stock/stock-options"
import { STOCK_SETTING_FIELDS, type StockSettingField } from "./stock-health-types"

const BOUND_OF: Record<StockSettingField, keyof typeof STOCK_SETTING_BOUNDS> = {
  service_level: "serviceLevel",
  lead_time_days: "leadTimeDays",
  target_days_of_supply: "targetDaysOfSupply",
  overstock_days: "overstockDays",
}

/** The field's bounds in what the merchant types (service level as a percentage). */
export function fieldBounds(field: StockSettingField): { min: number; max: number } {
  const { min, max } = STOCK_SETTING_BOUNDS[BOUND_OF[field]]
  return field === "service_level" ? { min: toPercent(min), max: toPercent(max) } : { min, max }
}

const toPercent = (share: number) => Math.round(share * 1000) / 10

/** A stored value as the form shows it: 0.95 → "95", 7 → "7". */
export function toInput(field: StockSettingField, value: number | null | undefined): string {
  if (value == null || !Number.isFinite(value)) return ""
  return String(field === "service_level" ? toPercent(value) : value)
}

export type FieldProblem = "notNumber" | "outOfRange"

/**
 * What the typed text means: empty → null (use the next level's value), a number in range →
 * the stored value, else the problem. A comma is read as the decimal mark ("97,5").
 */
export function fromInput(field: StockSettingField, text: string): { value: number | null } | { problem: FieldProblem } {
  const trimmed = text.trim().replace(",", ".")
  if (trimmed === "") return { value: null }
  const n = Number(trimmed)
  if (!/^-?\d+(\.\d+)?$/.test(trimmed) || !Number.isFinite(n)) return { problem: "notNumber" }
  const { min, max } = fieldBounds(field)
  if (n < min || n > max) return { problem: "outOfRange" }
  return { value: field === "service_level" ? Math.round(n * 10) / 1000 : n }
}

/** The setting a 400 from the settings route is about (its message names the field), if any. */
export function fieldOfError(message: string): StockSettingField | null {
  return STOCK_SETTING_FIELDS.find((f) => new RegExp(`\\b${f}\\b`).test(message)) ?? null
}
