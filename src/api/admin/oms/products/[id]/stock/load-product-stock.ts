import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { STOCK_MODULE } from "../../../../../../modules/stock"
import type StockModuleService from "../../../../../../modules/stock/service"
import { locationNamesOf } from "../../../location-names"
import type { ProductStock, ProductStockCentre } from "./product-stock-types"

type VariantRow = { id: string; title: string | null; sku: string | null; inventory_items?: { inventory_item_id: string }[] | null }

/**
 * The product's variants, each inventory item behind them, and that item's stock-health row at
 * every centre (the snapshot the refresh job keeps); null when the product does not exist.
 */
export async function loadProductStock(scope: MedusaContainer, productId: string): Promise<ProductStock | null> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: products } = await query.graph({
    entity: "product",
    fields: ["id", "variants.id", "variants.title", "variants.sku", "variants.variant_rank", "variants.inventory_items.inventory_item_id"],
    filters: { id: productId },
  })
  if (!products.length) return null
  const variants = ((products[0].variants ?? []) as unknown as (VariantRow & { variant_rank?: number | null })[])
    .filter(Boolean)
    .sort((a, b) => (a.variant_rank ?? 0) - (b.variant_rank ?? 0))
  const cells = variants.flatMap((v) => (v.inventory_items ?? []).filter(Boolean).map((i) => ({ variant: v, inventory_item_id: i.inventory_item_id })))
  const itemIds = [...new Set(cells.map((c) => c.inventory_item_id))]
  if (!itemIds.length) return { product_id: productId, refreshed_at: null, variants: [] }

  const stock = scope.resolve<StockModuleService>(STOCK_MODULE)
  const rows = await stock.listStockHealths({ inventory_item_id: itemIds }, { take: null })
  const names = await locationNamesOf(scope, rows.map((r) => r.stock_location_id))
  const byItem = new Map<string, ProductStockCentre[]>()
  let refreshed: Date | null = null
  for (const r of rows) {
    const at = new Date(r.refreshed_at)
    if (!refreshed || at > refreshed) refreshed = at
    const list = byItem.get(r.inventory_item_id) ?? []
    list.push({
      stock_location_id: r.stock_location_id,
      location_name: names.get(r.stock_location_id) ?? null,
      on_hand: r.on_hand,
      available: r.available,
      velocity_28: r.velocity_28,
      days_of_supply: r.days_of_supply,
      reorder_point: r.reorder_point,
      suggested_order: r.suggested_order,
      condition: r.condition,
    })
    byItem.set(r.inventory_item_id, list)
  }
  const byName = (a: ProductStockCentre, b: ProductStockCentre) => (a.location_name ?? "").localeCompare(b.location_name ?? "")
  return {
    product_id: productId,
    refreshed_at: refreshed ? refreshed.toISOString() : null,
    variants: cells.map(({ variant, inventory_item_id }) => ({
      variant_id: variant.id,
      title: variant.title,
      sku: variant.sku,
      inventory_item_id,
      centres: (byItem.get(inventory_item_id) ?? []).sort(byName),
    })),
  }
}
