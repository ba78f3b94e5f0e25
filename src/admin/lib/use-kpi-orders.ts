import { keepPreviousData, useQuery } from "@tanstack/react-query"
import type { KpiFilters } from "./use-kpis"
import type { DrillKpi, KpiOrdersResponse } from "./measure-types"
import { setParams } from "./query-params"
import { sdk } from "./sdk"

export interface KpiOrdersFilters extends KpiFilters {
  kpi: DrillKpi | null
  outcome?: string | null
  limit: number
  offset: number
}

/** GET /admin/oms/kpis/orders: one page of the orders behind a tile; idle until a tile is opened. */
export function useKpiOrders(filters: KpiOrdersFilters) {
  const params = setParams(filters)
  return useQuery({
    queryKey: ["oms", "kpi-orders", params],
    queryFn: () => sdk.client.fetch<KpiOrdersResponse>("/admin/oms/kpis/orders", { query: params }),
    enabled: !!filters.kpi,
    placeholderData: keepPreviousData,
    retry: (count, error) => count < 2 && (error as { status?: number })?.status !== 400,
  })
}
