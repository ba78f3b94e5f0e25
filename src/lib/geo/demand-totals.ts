import { roundKm } from "./haversine"

/** One group of the geography query: orders of one country and province (null when unknown). */
export interface DemandGroupRow {
  country_code: string | null
  province: string | null
  orders: number
  units: number
  /** Sum and count of the orders' distances that are known (an order may have none). */
  distance_km_sum: number
  distance_count: number
}

export interface DemandTotals {
  orders: number
  units: number
  /** Over the orders whose distance is known; null when none is. */
  average_distance_km: number | null
}

/** Running sums: averages are only taken at the end, so merged groups weigh by order. */
export interface DemandSums {
  orders: number
  units: number
  distance_km_sum: number
  distance_count: number
}

export const emptySums = (): DemandSums => ({ orders: 0, units: 0, distance_km_sum: 0, distance_count: 0 })

export function addSums(into: DemandSums, row: DemandSums): DemandSums {
  into.orders += row.orders
  into.units += row.units
  into.distance_km_sum += row.distance_km_sum
  into.distance_count += row.distance_count
  return into
}

export function totalsOf(sums: DemandSums): DemandTotals {
  return {
    orders: sums.orders,
    units: sums.units,
    average_distance_km: sums.distance_count > 0 ? roundKm(sums.distance_km_sum / sums.distance_count) : null,
  }
}

export interface DemandByRegion {
  total: DemandTotals
  /** Every country with orders, most orders first; null = the address had no country. */
  countries: Array<DemandTotals & { country_code: string | null }>
  /** Each province of `country` with orders, most orders first. */
  provinces: Array<DemandTotals & { code: string }>
  /** Orders of `country` whose province is not one of `provinceCodes`. */
  unknown_province: DemandTotals
  /** Provinces merged into the shapes that draw them (drawnOf), most orders first. */
  shapes: Array<DemandTotals & { code: string; provinces: string[] }>
}

const byOrdersDesc = <T extends { orders: number; units: number }>(a: T, b: T) => b.orders - a.orders || b.units - a.units

/**
 * The map's numbers from the grouped rows: per country, per province of `country` (codes outside
 * `provinceCodes` count as unknown), and per drawn shape, with averages weighted by order.
 */
export function demandByRegion(
  rows: DemandGroupRow[],
  country: string,
  provinceCodes: ReadonlySet<string>,
  drawnOf: (code: string) => string | null
): DemandByRegion {
  const total = emptySums()
  const countries = new Map<string | null, DemandSums>()
  const provinces = new Map<string, DemandSums>()
  const unknown = emptySums()
  for (const row of rows) {
    addSums(total, row)
    const code = row.country_code ? row.country_code.toUpperCase() : null
    if (!countries.has(code)) countries.set(code, emptySums())
    addSums(countries.get(code)!, row)
    if (code !== country) continue
    if (!row.province || !provinceCodes.has(row.province)) {
      addSums(unknown, row)
      continue
    }
    if (!provinces.has(row.province)) provinces.set(row.province, emptySums())
    addSums(provinces.get(row.province)!, row)
  }
  const shapes = new Map<string, { sums: DemandSums; provinces: string[] }>()
  for (const [province, sums] of provinces) {
    const shape = drawnOf(province)
    if (!shape) continue
    if (!shapes.has(shape)) shapes.set(shape, { sums: emptySums(), provinces: [] })
    const entry = shapes.get(shape)!
    addSums(entry.sums, sums)
    entry.provinces.push(province)
  }
  return {
    total: totalsOf(total),
    countries: [...countries].map(([country_code, sums]) => ({ country_code, ...totalsOf(sums) })).sort(byOrdersDesc),
    provinces: [...provinces].map(([code, sums]) => ({ code, ...totalsOf(sums) })).sort(byOrdersDesc),
    unknown_province: totalsOf(unknown),
    shapes: [...shapes]
      .map(([code, { sums, provinces }]) => ({ code, provinces: provinces.sort(), ...totalsOf(sums) }))
      .sort(byOrdersDesc),
  }
}

export interface GeographyCentre {
  stock_location_id: string
  name: string
  /** Null when the centre has no coordinates yet: listed, not drawn. */
  latitude: number | null
  longitude: number | null
  active: boolean
  /** The SKU's stock there (Medusa's inventory level); null without a SKU or a level. */
  stock: { on_hand: number; reserved: number; available: number } | null
}

/** GET /admin/oms/geography. */
export interface GeographyReport extends DemandByRegion {
  period: { from: string; to: string }
  /** The country drawn province by province. */
  country_code: string
  /** With product_title the name of the product of its (first) variant. */
  item: { id: string; sku: string | null; title: string | null; product_title: string | null } | null
  /** Name of every province of the country, by code. */
  province_names: Record<string, string>
  centres: GeographyCentre[]
}
