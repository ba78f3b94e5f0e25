import { DEFAULT_SHIPPING_COSTS } from "./routing/shipping-cost"
import type { CostZone, ShippingCosts } from "./routing/types"

/** One line of a centre's zone table, as the host writes it in the plugin options. */
export interface CostZoneOption {
  /** Destination provinces ("JT", "ID-JT" or the name); omit for every province. */
  provinces?: string[]
  /** Destinations up to this many km from the centre; omit for any distance. */
  maxKm?: number
  perParcel: number
  perKg: number
}

/** Prices for the `cost` strategy, in the store's currency. */
export interface ShippingCostOptions {
  /** Price of one parcel. Default 9000. */
  perParcel?: number
  /** Price per kg of parcel weight per km of distance. Default 20. */
  perKgKm?: number
  /** Per stock location id: zones tried in order; the first that matches the destination prices the parcel. */
  zones?: Record<string, CostZoneOption[]>
}

const fail = (path: string, rule: string, value: unknown): never => {
  throw new Error(`medusa-oms: ${path} must be ${rule}, got ${JSON.stringify(value)}`)
}

function amount(path: string, value: unknown, fallback?: number): number {
  if (value === undefined && fallback !== undefined) return fallback
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0) return fail(path, "a number >= 0", value)
  return value
}

function zone(path: string, raw: CostZoneOption): CostZone {
  if (!raw || typeof raw !== "object") return fail(path, "an object { perParcel, perKg, provinces?, maxKm? }", raw)
  const provinces = raw.provinces
  if (provinces !== undefined && (!Array.isArray(provinces) || provinces.some((p) => typeof p !== "string" || !p.trim()))) {
    fail(`${path}.provinces`, "a list of province codes or names", provinces)
  }
  const maxKm = raw.maxKm
  if (maxKm !== undefined && (typeof maxKm !== "number" || !Number.isFinite(maxKm) || maxKm <= 0)) {
    fail(`${path}.maxKm`, "a number > 0", maxKm)
  }
  return {
    provinces: provinces ?? null,
    max_km: maxKm ?? null,
    per_parcel: amount(`${path}.perParcel`, raw.perParcel),
    per_kg: amount(`${path}.perKg`, raw.perKg),
  }
}

/**
 * Validates the cost prices (plugin options, or later a settings override in the same shape) and
 * converts them to what the router reads. Throws naming the bad field.
 */
export function resolveShippingCosts(raw: ShippingCostOptions | undefined): ShippingCosts {
  if (raw === undefined) return DEFAULT_SHIPPING_COSTS
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) return fail("shippingCosts", "an object", raw)
  const zones = raw.zones
  if (zones !== undefined && (!zones || typeof zones !== "object" || Array.isArray(zones))) {
    fail("shippingCosts.zones", "an object keyed by stock location id", zones)
  }
  const table: Record<string, CostZone[]> = {}
  for (const [locationId, list] of Object.entries(zones ?? {})) {
    const path = `shippingCosts.zones.${locationId}`
    if (!Array.isArray(list)) fail(path, "a list of zones", list)
    table[locationId] = list.map((z, i) => zone(`${path}[${i}]`, z))
  }
  return {
    per_parcel: amount("shippingCosts.perParcel", raw.perParcel, DEFAULT_SHIPPING_COSTS.per_parcel),
    per_kg_km: amount("shippingCosts.perKgKm", raw.perKgKm, DEFAULT_SHIPPING_COSTS.per_kg_km),
    ...(Object.keys(table).length ? { zones: table } : {}),
  }
}
