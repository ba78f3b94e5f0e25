/**
 * The store `npm run test:scale` buys from: four fulfilment centres, thirty everyday items with
 * room to spare, one scarce item (a few units per centre, so racing orders compete for the
 * nearest centre's last units) and one back-orderable item stocked far below demand.
 *
 *   OMS_SCALE_SEED_OUT=/tmp/x.json npx medusa exec ./scripts/scale/seed-store.ts
 *
 * Writes what the storefront driver needs (publishable key, region, variants) to that file.
 */
import fs from "node:fs"
import type { ExecArgs } from "@medusajs/framework/types"
import { ensureCenter, ensureProducts, ensureStock, ensureStoreBasics } from "../../src/scripts/demo-store"

const CENTERS = [
  { key: "jakarta", name: "Jakarta FC", city: "Jakarta", province: "DKI Jakarta", country_code: "id", latitude: -6.2088, longitude: 106.8456, priority: 1 },
  { key: "surabaya", name: "Surabaya FC", city: "Surabaya", province: "Jawa Timur", country_code: "id", latitude: -7.2575, longitude: 112.7521, priority: 2 },
  { key: "medan", name: "Medan FC", city: "Medan", province: "Sumatera Utara", country_code: "id", latitude: 3.5952, longitude: 98.6722, priority: 3 },
  { key: "makassar", name: "Makassar FC", city: "Makassar", province: "Sulawesi Selatan", country_code: "id", latitude: -5.1477, longitude: 119.4327, priority: 4 },
]

export const EVERYDAY_SKUS = Array.from({ length: 30 }, (_, i) => `SCALE-${String(i + 1).padStart(2, "0")}`)
export const SCARCE_SKU = "SCALE-SCARCE"
export const BACKORDER_SKU = "SCALE-PREORDER"
/** Units per centre. Demand for the scarce item stays below its total, so no checkout is refused. */
const STOCK_PER_CENTER: Record<string, number> = { [SCARCE_SKU]: 20, [BACKORDER_SKU]: 3 }
const EVERYDAY_STOCK_PER_CENTER = 60

const variant = (sku: string, extra: Record<string, unknown> = {}) => ({
  sku,
  title: sku,
  price: 50000,
  weight_g: 400,
  length_cm: 20,
  width_cm: 15,
  height_cm: 5,
  ...extra,
})

export default async function seedScaleStore({ container }: ExecArgs) {
  const basics = await ensureStoreBasics(container, {
    store_name: "Toko Scale",
    sales_channel: "Webshop",
    regions: [{ name: "Indonesia", currency_code: "idr", countries: ["id"] }],
  })
  const centers: Record<string, string> = {}
  for (const { key, ...spec } of CENTERS) {
    centers[key] = await ensureCenter(container, basics, spec)
  }
  const skus = [...EVERYDAY_SKUS, SCARCE_SKU, BACKORDER_SKU]
  const catalog = await ensureProducts(
    container,
    basics,
    skus.map((sku) => ({
      title: sku,
      handle: sku.toLowerCase(),
      variants: [variant(sku, sku === BACKORDER_SKU ? { allow_backorder: true } : {})],
    }))
  )
  await ensureStock(
    container,
    skus.flatMap((sku) =>
      Object.values(centers).map((location_id) => ({
        inventory_item_id: catalog[sku].inventory_item_id,
        location_id,
        stocked_quantity: STOCK_PER_CENTER[sku] ?? EVERYDAY_STOCK_PER_CENTER,
      }))
    )
  )
  const out = process.env.OMS_SCALE_SEED_OUT
  if (!out) throw new Error("OMS_SCALE_SEED_OUT is not set")
  fs.writeFileSync(
    out,
    JSON.stringify({
      publishable_key: basics.publishable_key,
      region_id: basics.regions["Indonesia"].id,
      variants: Object.fromEntries(skus.map((sku) => [sku, catalog[sku].variant_id])),
      everyday: EVERYDAY_SKUS,
      scarce: SCARCE_SKU,
      backorder: BACKORDER_SKU,
    })
  )
}
