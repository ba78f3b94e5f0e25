import { keepPreviousData, useQuery } from "@tanstack/react-query"
import type { FeedbackResponse } from "./kpi-types"
import { setParams } from "./query-params"
import { sdk } from "./sdk"
import type { KpiFilters } from "./use-kpis"

/** GET /admin/oms/feedback: CSAT by centre, carrier and region, repeat purchases and the latest words, for the dashboard's filters. */
export function useFeedbackReport(filters: KpiFilters) {
  const params = setParams(filters)
  return useQuery({
    queryKey: ["oms", "feedback", params],
    queryFn: () => sdk.client.fetch<FeedbackResponse>("/admin/oms/feedback", { query: params }),
    placeholderData: keepPreviousData,
  })
}
