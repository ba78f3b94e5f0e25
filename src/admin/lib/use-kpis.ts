import { keepPreviousData, useQuery } from "@tanstack/react-query"
import type { KpiResponse } from "./kpi-types"
import { setParams } from "./query-params"
import { sdk } from "./sdk"

export interface KpiFilters {
  from: string
  to: string
  stock_location_id?: string | null
  sales_channel_id?: string | null
  region_id?: string | null
}

/** GET /admin/oms/kpis for a period and the one before it. */
export function useKpis(filters: KpiFilters) {
  const params = setParams(filters)
  return useQuery({
    queryKey: ["oms", "kpis", params],
    queryFn: () => sdk.client.fetch<KpiResponse>("/admin/oms/kpis", { query: params }),
    placeholderData: keepPreviousData,
    retry: (count, error) => count < 2 && (error as { status?: number })?.status !== 400,
  })
}
