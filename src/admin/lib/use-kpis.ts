import { keepPreviousData, useQuery } from "@tanstack/react-query"
import type { KpiResponse } from "./kpi-types"
import { sdk } from "./sdk"

export interface KpiFilters {
  from: string
  to: string
  stock_location_id?: string | null
  sales_channel_id?: string | null
  region_id?: string | null
}

/** Only the filters that are set, as query parameters. */
const query = (filters: object) => Object.fromEntries(Object.entries(filters).filter(([, v]) => v != null && v !== ""))

/** GET /admin/oms/kpis for a period and the one before it. */
export function useKpis(filters: KpiFilters) {
  const params = query(filters)
  return useQuery({
    queryKey: ["oms", "kpis", params],
    queryFn: () => sdk.client.fetch<KpiResponse>("/admin/oms/kpis", { query: params }),
    placeholderData: keepPreviousData,
    retry: (count, error) => count < 2 && (error as { status?: number })?.status !== 400,
  })
}
