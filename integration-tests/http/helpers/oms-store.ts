import type { MedusaContainer } from "@medusajs/framework/types"
import { ensureCenter, ensureProducts, ensureStock, ensureStoreBasics } from "../../../src/scripts/demo-store"

/** Centres with real coordinates; Medan is first in link order on purpose (Medusa's default pick). */
export const TEST_CENTERS = {
  medan: { name: "Medan FC", city: "Medan", province: "Sumatera Utara", country_code: "id", latitude: 3.5952, longitude: 98.6722, priority: 3 },
  jakarta: { name: "Jakarta FC", city: "Jakarta", province: "DKI Jakarta", country_code: "id", latitude: -6.2088, longitude: 106.8456, priority: 1 },
  surabaya: { name: "Surabaya FC", city: "Surabaya", province: "Jawa Timur", country_code: "id", latitude: -7.2575, longitude: 112.7521, priority: 2 },
}

const variant = (sku: string, extra: Record<string, unknown> = {}) => ({
  sku,
  title: sku,
  price: 100000,
  weight_g: 500,
  length_cm: 20,
  width_cm: 15,
  height_cm: 10,
  ...extra,
})

/**
 * Stock (medan / jakarta / surabaya):
 *   TEE   10 / 10 / 10  — everyone has it
 *   MUG    3 /  0 /  3  — no single centre has 5 (back-orderable: Medusa refuses such a
 *                          checkout otherwise, see README "What Medusa decides at checkout")
 *   BATIK  0 /  5 /  0  — only Jakarta
 *   SAMBAL 5 /  0 /  0  — only Medan
 *   KOPI   1 /  0 /  0  — back-orderable, mostly missing
 *   LAST   0 /  2 /  2  — last units, for the race
 */
export async function buildOmsStore(container: MedusaContainer) {
  const basics = await ensureStoreBasics(container, {
    store_name: "Toko Test",
    sales_channel: "Webshop",
    regions: [{ name: "Indonesia", currency_code: "idr", countries: ["id"] }],
  })
  const centers: Record<keyof typeof TEST_CENTERS, string> = {} as never
  for (const key of Object.keys(TEST_CENTERS) as (keyof typeof TEST_CENTERS)[]) {
    centers[key] = await ensureCenter(container, basics, TEST_CENTERS[key])
  }
  const catalog = await ensureProducts(container, basics, [
    { title: "Tee", handle: "tee", variants: [variant("TEE")] },
    { title: "Mug", handle: "mug", variants: [variant("MUG", { allow_backorder: true })] },
    { title: "Batik", handle: "batik", variants: [variant("BATIK")] },
    { title: "Sambal", handle: "sambal", variants: [variant("SAMBAL")] },
    { title: "Kopi", handle: "kopi", variants: [variant("KOPI", { allow_backorder: true })] },
    { title: "Last", handle: "last", variants: [variant("LAST")] },
  ])
  const stock: [string, keyof typeof centers, number][] = [
    ["TEE", "medan", 10], ["TEE", "jakarta", 10], ["TEE", "surabaya", 10],
    ["MUG", "medan", 3], ["MUG", "surabaya", 3],
    ["KOPI", "medan", 1],
    ["BATIK", "jakarta", 5],
    ["SAMBAL", "medan", 5],
    ["LAST", "jakarta", 2], ["LAST", "surabaya", 2],
  ]
  await ensureStock(
    container,
    stock.map(([sku, center, qty]) => ({
      inventory_item_id: catalog[sku].inventory_item_id,
      location_id: centers[center],
      stocked_quantity: qty,
    }))
  )
  return { basics, centers, catalog, regionId: basics.regions["Indonesia"].id }
}
