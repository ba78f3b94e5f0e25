import type { MedusaContainer } from "@medusajs/framework/types"
import { ensureCenter, ensureProducts, ensureStock, ensureStoreBasics } from "../../src/scripts/demo-store"
import { ensureWarehouse } from "../../src/scripts/demo-store/setup-warehouse"
import { DEMO_CARTONS, type DemoLayout } from "../../src/scripts/demo-data/warehouse"

const LAYOUT: DemoLayout = { aisles: 6, bays_per_aisle: 10, levels: 3, bay_width_m: 1.2, aisle_width_m: 3, cross_aisles: 2, cross_aisle_width_m: 2, zone_code: "A", depot_aisle: 1 }

/**
 * One centre (Jakarta) with a warehouse layout, `skus` items of 200 units each put away in its
 * bins, and the demo cartons: every order routes there and waves there.
 */
export async function seedScanBench(container: MedusaContainer, skus: number) {
  const basics = await ensureStoreBasics(container, {
    store_name: "Toko Bench",
    sales_channel: "Webshop",
    regions: [{ name: "Indonesia", currency_code: "idr", countries: ["id"] }],
  })
  const jakarta = await ensureCenter(container, basics, {
    name: "Jakarta FC", city: "Jakarta", province: "DKI Jakarta", country_code: "id", latitude: -6.2088, longitude: 106.8456, priority: 1,
  })
  const codes = Array.from({ length: skus }, (_, i) => `ITEM-${String(i + 1).padStart(3, "0")}`)
  const catalog = await ensureProducts(
    container,
    basics,
    codes.map((sku) => ({
      title: `Item ${sku.slice(5)}`,
      handle: sku.toLowerCase(),
      variants: [{ sku, title: sku, price: 50000, weight_g: 300, length_cm: 15, width_cm: 10, height_cm: 5 }],
    }))
  )
  await ensureStock(container, codes.map((sku) => ({ inventory_item_id: catalog[sku].inventory_item_id, location_id: jakarta, stocked_quantity: 200 })))
  await ensureWarehouse(container, {
    stock_location_id: jakarta,
    layout: LAYOUT,
    cartons: DEMO_CARTONS,
    items_by_rank: codes.map((sku) => ({ inventory_item_id: catalog[sku].inventory_item_id, sku })),
    split_above: 1000,
  })
  return { basics, jakarta, catalog, codes, regionId: basics.regions["Indonesia"].id }
}
