/**
 * Demo warehouse data: a layout per centre (Jakarta is the big one), the carton catalogue every
 * centre stocks, and which centre keeps a few units out of its bins so the reconciliation screen
 * has something "unassigned" to show. Plain data: only types are imported.
 */
import type { CartonFields } from "../../workflows/warehouse/steps/cartons"
import type { WarehouseLayoutFields } from "../../workflows/warehouse/layout-shape"
import type { CenterKey } from "./catalog"

/** The layout fields the layout workflow takes (types only: nothing from Medusa is loaded). */
export type DemoLayout = Omit<WarehouseLayoutFields, "metadata">

const layout = (aisles: number, bays_per_aisle: number, levels: number): DemoLayout => ({
  aisles,
  bays_per_aisle,
  levels,
  bay_width_m: 1.2,
  aisle_width_m: 3,
  cross_aisles: 2,
  cross_aisle_width_m: 2,
  zone_code: "A",
  depot_aisle: 1,
})

export const DEMO_LAYOUTS: Record<CenterKey, DemoLayout> = {
  "demo-jakarta": layout(12, 30, 4),
  "demo-surabaya": layout(8, 20, 3),
  "demo-medan": layout(5, 12, 3),
  "demo-makassar": layout(4, 10, 3),
}

/** A carton as the carton workflow takes it; `cost` in IDR. */
export type DemoCarton = Required<Omit<CartonFields, "active">>

export const DEMO_CARTONS: DemoCarton[] = [
  { code: "XS", name: "Extra small", inner_length_cm: 20, inner_width_cm: 15, inner_height_cm: 8, tare_g: 60, max_weight_g: 2000, cost: 1500 },
  { code: "S", name: "Small", inner_length_cm: 30, inner_width_cm: 20, inner_height_cm: 12, tare_g: 110, max_weight_g: 5000, cost: 2500 },
  { code: "M", name: "Medium", inner_length_cm: 40, inner_width_cm: 30, inner_height_cm: 20, tare_g: 200, max_weight_g: 10000, cost: 4000 },
  { code: "L", name: "Large", inner_length_cm: 50, inner_width_cm: 35, inner_height_cm: 30, tare_g: 320, max_weight_g: 15000, cost: 6000 },
  { code: "XL", name: "Extra large", inner_length_cm: 60, inner_width_cm: 40, inner_height_cm: 40, tare_g: 480, max_weight_g: 20000, cost: 8500 },
]

/** A SKU with more than this many units at a centre is spread over two bins. */
export const SPLIT_ABOVE_UNITS = 20

/** Centre that keeps units out of its bins, how many SKUs and how many units each. */
export const UNASSIGNED_AT: { center: CenterKey; skus: number; units: number } = {
  center: "demo-surabaya",
  skus: 3,
  units: 2,
}
