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
  title: string | null
}

/** Medusa's inventory items matching a SKU or title, for the SKU picker. */
export function useInventoryItemSearch(q: string) {
  const text = q.trim()
  return useQuery({
    queryKey: ["oms", "geography", "items", text],
    queryFn: () =>
      sdk.client.fetch<{ inventory_items: InventoryItemHit[] }>("/admin/inventory-items", {
        query: { q: text, limit: 8, fields: "id,sku,title" },
      }),
    select: (data) => data.inventory_items,
    enabled: text.length > 0,
    placeholderData: keepPreviousData,
  })
}
