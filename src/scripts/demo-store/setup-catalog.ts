import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createInventoryLevelsWorkflow, createProductsWorkflow } from "@medusajs/medusa/core-flows"
import type { StoreBasics } from "./setup-store"
import { priceIn } from "./setup-centers"

export interface VariantSpec {
  sku: string
  title: string
  price: number
  weight_g: number
  length_cm: number
  width_cm: number
  height_cm: number
  allow_backorder?: boolean
}

export interface ProductSpec {
  title: string
  handle: string
  variants: VariantSpec[]
}

export interface CatalogVariant {
  variant_id: string
  sku: string
  inventory_item_id: string
}

/** Creates the products that do not exist yet (by handle); returns every variant by SKU. */
export async function ensureProducts(
  container: MedusaContainer,
  basics: StoreBasics,
  products: ProductSpec[]
): Promise<Record<string, CatalogVariant>> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: existing } = await query.graph({
    entity: "product",
    fields: ["handle"],
    filters: { handle: products.map((p) => p.handle) },
  })
  const have = new Set(existing.map((p) => p.handle))
  const missing = products.filter((p) => !have.has(p.handle))
  const regions = Object.values(basics.regions)

  if (missing.length) {
    await createProductsWorkflow(container).run({
      input: {
        products: missing.map((p) => ({
          title: p.title,
          handle: p.handle,
          status: "published" as const,
          shipping_profile_id: basics.shipping_profile_id,
          sales_channels: [{ id: basics.sales_channel_id }],
          options: [{ title: "Variant", values: p.variants.map((v) => v.title) }],
          variants: p.variants.map((v) => ({
            title: v.title,
            sku: v.sku,
            manage_inventory: true,
            allow_backorder: v.allow_backorder ?? false,
            weight: v.weight_g,
            length: v.length_cm,
            width: v.width_cm,
            height: v.height_cm,
            options: { Variant: v.title },
            prices: [...new Set(regions.map((r) => r.currency_code))].map((currency_code) => ({
              currency_code,
              amount: priceIn(currency_code, v.price),
            })),
          })),
        })),
      },
    })
    await copyDimensionsToInventory(container, missing)
  }

  const skus = products.flatMap((p) => p.variants.map((v) => v.sku))
  const { data: variants } = await query.graph({
    entity: "variant",
    fields: ["id", "sku", "inventory_items.inventory_item_id"],
    filters: { sku: skus },
  })
  const bySku: Record<string, CatalogVariant> = {}
  for (const v of variants) {
    bySku[v.sku!] = {
      variant_id: v.id,
      sku: v.sku!,
      inventory_item_id: v.inventory_items?.[0]?.inventory_item_id as string,
    }
  }
  return bySku
}

/** Inventory items carry the weight and size the warehouse needs (cartons, later). */
async function copyDimensionsToInventory(container: MedusaContainer, products: ProductSpec[]) {
  const inventory = container.resolve(Modules.INVENTORY)
  const specs = new Map(products.flatMap((p) => p.variants.map((v) => [v.sku, v] as const)))
  const items = await inventory.listInventoryItems({ sku: [...specs.keys()] })
  await inventory.updateInventoryItems(
    items.map((item) => {
      const spec = specs.get(item.sku!)!
      return {
        id: item.id,
        weight: spec.weight_g,
        length: spec.length_cm,
        width: spec.width_cm,
        height: spec.height_cm,
      }
    })
  )
}

/** Sets stocked quantities; creates the inventory level when the item is new at the location. */
export async function ensureStock(
  container: MedusaContainer,
  levels: { inventory_item_id: string; location_id: string; stocked_quantity: number }[]
) {
  const inventory = container.resolve(Modules.INVENTORY)
  const existing = await inventory.listInventoryLevels({
    inventory_item_id: [...new Set(levels.map((l) => l.inventory_item_id))],
  })
  const have = new Set(existing.map((l) => `${l.inventory_item_id}|${l.location_id}`))
  const missing = levels.filter((l) => !have.has(`${l.inventory_item_id}|${l.location_id}`))
  if (missing.length) {
    await createInventoryLevelsWorkflow(container).run({ input: { inventory_levels: missing } })
  }
}
