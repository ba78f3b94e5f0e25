import { keepPreviousData, useQuery } from "@tanstack/react-query"
import type { GeographyReport } from "../../lib/geo"
import { setParams } from "./query-params"
import { sdk } from "./sdk"

export interface GeographyFilters {
  from: string
  to: string
  sales_channel_id?: string | null
  inventory_item_id?: string | null
}

/** GET /admin/oms/geography: orders per province and country, centres, a SKU's stock. */
export function useGeography(filters: GeographyFilters) {
  const params = setParams(filters)
  return useQuery({
    queryKey: ["oms", "geography", params],
    queryFn: () => sdk.client.fetch<GeographyReport>("/admin/oms/geography", { query: params }),
    placeholderData: keepPreviousData,
    retry: (count, error) => count < 2 && ![400, 404].includes((error as { status?: number })?.status ?? 0),
  })
}

export interface InventoryItemHit {
  id: string
  sku: string | null
  /** Product and variant, as the merchant named them ("Kemeja Batik Parang — M"). */
  name: string | null
}

type VariantNames = { title?: string | null; product?: { title?: string | null } | null }

/** "Product — variant", or whichever of them is known. */
export function productName(variant: VariantNames | null | undefined, fallback: string | null = null): string | null {
  const parts = [variant?.product?.title, variant?.title].filter((p): p is string => !!p && p !== "Default variant")
  return parts.length ? parts.join(" — ") : fallback
}

const SEARCH_LIMIT = 8

/**
 * Inventory items whose SKU matches (Medusa's inventory search) and those of products whose name
 * matches (its product search), for the SKU picker; at most eight, SKU matches first.
 */
export function useInventoryItemSearch(q: string) {
  const text = q.trim()
  return useQuery({
    queryKey: ["oms", "geography", "items", text],
    queryFn: async (): Promise<InventoryItemHit[]> => {
      const [bySku, byProduct] = await Promise.all([
        sdk.client.fetch<{ inventory_items: { id: string; sku: string | null; title: string | null; variants?: VariantNames[] }[] }>(
          "/admin/inventory-items",
          { query: { q: text, limit: SEARCH_LIMIT, fields: "id,sku,title,variants.title,variants.product.title" } }
        ),
        sdk.client.fetch<{ products: { title: string; variants?: { sku: string | null; title: string | null; inventory_items?: { inventory_item_id: string }[] }[] }[] }>(
          "/admin/products",
          { query: { q: text, limit: SEARCH_LIMIT, fields: "id,title,variants.sku,variants.title,variants.inventory_items.inventory_item_id" } }
        ),
      ])
      const hits = new Map<string, InventoryItemHit>()
      for (const item of bySku.inventory_items) hits.set(item.id, { id: item.id, sku: item.sku, name: productName(item.variants?.[0], item.title) })
      for (const product of byProduct.products) {
        for (const variant of product.variants ?? []) {
          for (const link of variant.inventory_items ?? []) {
            if (!hits.has(link.inventory_item_id)) {
              hits.set(link.inventory_item_id, { id: link.inventory_item_id, sku: variant.sku, name: productName({ ...variant, product }) })
            }
          }
        }
      }
      return [...hits.values()].slice(0, SEARCH_LIMIT)
    },
    enabled: text.length > 0,
    placeholderData: keepPreviousData,
  })
}
