import { ROUTING_STRATEGIES, type RoutingStrategy, type ShippingCosts } from "../routing/types"

/**
 * Routing settings a merchant saves in the admin, over the plugin options (the defaults). A
 * field left empty (null) falls back to the option. Zone price tables stay in the options.
 */
export interface StoredRoutingSettings {
  strategy: RoutingStrategy | null
  max_shipments: number | null
  per_parcel: number | null
  per_kg_km: number | null
}

export interface RoutingDefaults {
  strategy: RoutingStrategy
  maxShipments: number
  shippingCosts: ShippingCosts
}

export interface EffectiveRoutingSettings {
  strategy: RoutingStrategy
  max_shipments: number
  costs: ShippingCosts
  /** Where each value comes from: the admin ("saved") or the plugin options ("default"). */
  source: Record<"strategy" | "max_shipments" | "per_parcel" | "per_kg_km", "saved" | "default">
}

/** Bounds of each field, shared by the admin route's validator and the merge. */
export const ROUTING_SETTING_BOUNDS = {
  max_shipments: { min: 1, max: 20 },
  // a real column keeps whole numbers exactly up to 16,777,216
  per_parcel: { min: 0, max: 10_000_000 },
  per_kg_km: { min: 0, max: 100_000 },
} as const

export const EMPTY_ROUTING_SETTINGS: StoredRoutingSettings = { strategy: null, max_shipments: null, per_parcel: null, per_kg_km: null }

export function effectiveRoutingSettings(defaults: RoutingDefaults, stored: StoredRoutingSettings | null): EffectiveRoutingSettings {
  const s = stored ?? EMPTY_ROUTING_SETTINGS
  const strategy = s.strategy && (ROUTING_STRATEGIES as readonly string[]).includes(s.strategy) ? s.strategy : null
  const from = (v: unknown) => (v === null || v === undefined ? "default" : "saved") as "saved" | "default"
  return {
    strategy: strategy ?? defaults.strategy,
    max_shipments: s.max_shipments ?? defaults.maxShipments,
    costs: {
      ...defaults.shippingCosts,
      per_parcel: s.per_parcel ?? defaults.shippingCosts.per_parcel,
      per_kg_km: s.per_kg_km ?? defaults.shippingCosts.per_kg_km,
    },
    source: { strategy: from(strategy), max_shipments: from(s.max_shipments), per_parcel: from(s.per_parcel), per_kg_km: from(s.per_kg_km) },
  }
}

/** The fields a save changes, before and after (what the change history shows); empty when nothing changed. */
export function routingSettingsChange(before: StoredRoutingSettings, after: StoredRoutingSettings): { before: Partial<StoredRoutingSettings>; after: Partial<StoredRoutingSettings> } {
  const out = { before: {} as Partial<StoredRoutingSettings>, after: {} as Partial<StoredRoutingSettings> }
  for (const key of Object.keys(EMPTY_ROUTING_SETTINGS) as (keyof StoredRoutingSettings)[]) {
    if (before[key] !== after[key]) {
      ;(out.before as Record<string, unknown>)[key] = before[key]
      ;(out.after as Record<string, unknown>)[key] = after[key]
    }
  }
  return out
}
