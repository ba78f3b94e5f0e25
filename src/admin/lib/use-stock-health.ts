import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { setParams } from "./query-params"
import { sdk } from "./sdk"
import type { CentreSettingsList, EffectiveStockSettings, StockAlertList, StockCondition, StockHealthList, StockItemDetail, StockSettingsUpdate, StockSort } from "./stock-health-types"

export interface StockHealthFilters {
  stock_location_id?: string | null
  condition?: StockCondition[]
  q?: string | null
  sort?: StockSort | null
  order?: "asc" | "desc" | null
  limit?: number
  offset?: number
}

const asQuery = ({ condition, ...rest }: StockHealthFilters) => setParams({ ...rest, condition: condition?.length ? condition.join(",") : null })

/** GET /admin/oms/stock-health: one page of SKU × centre rows, the counts per condition and the centres. */
export function useStockHealth(filters: StockHealthFilters) {
  const query = asQuery(filters)
  return useQuery({
    queryKey: ["oms", "stock-health", query],
    queryFn: () => sdk.client.fetch<StockHealthList>("/admin/oms/stock-health", { query }),
    placeholderData: keepPreviousData,
  })
}

/** The same filter as a CSV download (every matching row, not just the page). */
export function stockHealthCsvUrl(filters: StockHealthFilters): string {
  const base = String(import.meta.env.VITE_BACKEND_URL || "").replace(/\/$/, "")
  const { limit: _limit, offset: _offset, ...rest } = filters
  return `${base}/admin/oms/stock-health?${new URLSearchParams({ ...(asQuery(rest) as Record<string, string>), format: "csv" })}`
}

/** POST /admin/oms/stock-health/refresh, then every stock-health read again. */
export function useRefreshStockHealth() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: () => sdk.client.fetch<Record<string, unknown>>("/admin/oms/stock-health/refresh", { method: "POST", body: {} }),
    onSuccess: () => client.invalidateQueries({ queryKey: ["oms"] }),
  })
}

/** GET /admin/oms/stock-health/items/:id: the SKU at every centre, its settings and 90 days of sales. */
export function useStockItem(inventoryItemId: string | null) {
  return useQuery({
    queryKey: ["oms", "stock-item", inventoryItemId],
    queryFn: () => sdk.client.fetch<StockItemDetail>(`/admin/oms/stock-health/items/${inventoryItemId}`),
    enabled: !!inventoryItemId,
  })
}

/** POST /admin/oms/stock-settings for a centre or one SKU at a centre (the server works the rows out again before it answers). */
export function useSaveStockSettings() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (body: StockSettingsUpdate) => sdk.client.fetch<unknown>("/admin/oms/stock-settings", { method: "POST", body }),
    onSuccess: () => client.invalidateQueries({ queryKey: ["oms"] }),
  })
}

/** GET /admin/oms/stock-alerts?status=open: what the alert job announced and has not cleared yet. */
export function useOpenStockAlerts(limit = 20) {
  return useQuery({
    queryKey: ["oms", "stock-alerts", "open", limit],
    queryFn: () => sdk.client.fetch<StockAlertList>("/admin/oms/stock-alerts", { query: { status: "open", limit } }),
    retry: false,
  })
}

/** GET /admin/oms/stock-settings?stock_location_id=: the centre's settings and where each comes from. */
export function useCentreStockSettings(stockLocationId: string | null) {
  return useQuery({
    queryKey: ["oms", "stock-settings", stockLocationId],
    queryFn: () => sdk.client.fetch<CentreSettingsList>("/admin/oms/stock-settings", { query: { stock_location_id: stockLocationId } }),
    select: (data): EffectiveStockSettings | null => data.centres[0]?.settings ?? null,
    enabled: !!stockLocationId,
  })
}
