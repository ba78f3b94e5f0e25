/**
 * Catalogue for `npm run bench:checkout` (run by it with `medusa exec`): four centres, one hot
 * item stocked at all of them, and DISTINCT_ITEMS items of their own. Writes the ids the bench
 * needs to the JSON file named by OMS_BENCH_OUT.
 */
import fs from "fs"
import type { ExecArgs } from "@medusajs/framework/types"
import { ensureCenter, ensureProducts, ensureStock, ensureStoreBasics } from "../../src/scripts/demo-store"

export const DISTINCT_ITEMS = 50

const CENTERS = [
  { name: "Jakarta FC", city: "Jakarta", province: "DKI Jakarta", country_code: "id", latitude: -6.2088, longitude: 106.8456, priority: 1 },
  { name: "Surabaya FC", city: "Surabaya", province: "Jawa Timur", country_code: "id", latitude: -7.2575, longitude: 112.7521, priority: 2 },
  { name: "Medan FC", city: "Medan", province: "Sumatera Utara", country_code: "id", latitude: 3.5952, longitude: 98.6722, priority: 3 },
  { name: "Makassar FC", city: "Makassar", province: "Sulawesi Selatan", country_code: "id", latitude: -5.1477, longitude: 119.4327, priority: 4 },
]

const variant = (sku: string) => ({ sku, title: sku, price: 100000, weight_g: 500, length_cm: 20, width_cm: 15, height_cm: 10 })

export default async function seedCheckoutBench({ container }: ExecArgs) {
  const basics = await ensureStoreBasics(container, {
    store_name: "Toko Bench",
    sales_channel: "Webshop",
    regions: [{ name: "Indonesia", currency_code: "idr", countries: ["id"] }],
  })
  const centers: string[] = []
  for (const center of CENTERS) {
    centers.push(await ensureCenter(container, basics, center))
  }
  const distinct = Array.from({ length: DISTINCT_ITEMS }, (_, i) => `ITEM-${String(i).padStart(2, "0")}`)
  const catalog = await ensureProducts(container, basics, [
    { title: "Hot", handle: "hot", variants: [variant("HOT")] },
    ...distinct.map((sku) => ({ title: sku, handle: sku.toLowerCase(), variants: [variant(sku)] })),
  ])
  await ensureStock(
    container,
    [catalog.HOT, ...distinct.map((sku) => catalog[sku])].flatMap((item) =>
      centers.map((location_id) => ({ inventory_item_id: item.inventory_item_id, location_id, stocked_quantity: 0 }))
    )
  )
  const out = {
    publishable_key: basics.publishable_key,
    region_id: basics.regions["Indonesia"].id,
    centers,
    hot: catalog.HOT,
    distinct: distinct.map((sku) => catalog[sku]),
  }
  fs.writeFileSync(process.env.OMS_BENCH_OUT!, JSON.stringify(out, null, 1))
}
