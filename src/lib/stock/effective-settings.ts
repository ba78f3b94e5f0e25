import type { ResolvedStockOptions } from "./stock-options"

export const SETTING_FIELDS = ["service_level", "lead_time_days", "target_days_of_supply", "overstock_days"] as const
export type SettingField = (typeof SETTING_FIELDS)[number]
export type SettingSource = "sku" | "centre" | "default"

/** A stored override row (a centre's, or one SKU's at a centre): null fields fall through. */
export type SettingOverride = Partial<Record<SettingField, number | null>>

export interface EffectiveSettings extends Record<SettingField, number> {
  /** Where each figure came from: the SKU's override at the centre, the centre's, or the plugin option. */
  source: Record<SettingField, SettingSource>
}

const OPTION_OF: Record<SettingField, "serviceLevel" | "leadTimeDays" | "targetDaysOfSupply" | "overstockDays"> = {
  service_level: "serviceLevel",
  lead_time_days: "leadTimeDays",
  target_days_of_supply: "targetDaysOfSupply",
  overstock_days: "overstockDays",
}

/** Each setting from the first level that sets it: the SKU at the centre, then the centre, then the plugin option. */
export function effectiveSettings(defaults: ResolvedStockOptions, centre?: SettingOverride | null, sku?: SettingOverride | null): EffectiveSettings {
  const out = { source: {} } as EffectiveSettings
  for (const field of SETTING_FIELDS) {
    const own = sku?.[field]
    const shared = centre?.[field]
    if (own !== null && own !== undefined) [out[field], out.source[field]] = [Number(own), "sku"]
    else if (shared !== null && shared !== undefined) [out[field], out.source[field]] = [Number(shared), "centre"]
    else [out[field], out.source[field]] = [defaults[OPTION_OF[field]], "default"]
  }
  return out
}
