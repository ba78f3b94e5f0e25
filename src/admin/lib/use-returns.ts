import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type { ReturnsResponse, RootCause } from "./kpi-types"
import { sdk } from "./sdk"

export interface ReturnFilters {
  from?: string | null
  to?: string | null
  stock_location_id?: string | null
  cause?: RootCause | null
  limit: number
  offset: number
}

const query = (filters: object) => Object.fromEntries(Object.entries(filters).filter(([, v]) => v != null && v !== ""))

/** GET /admin/oms/returns: one page of returned lines, with the counts per cause and per cause × centre. */
export function useReturnLines(filters: ReturnFilters) {
  const params = query(filters)
  return useQuery({
    queryKey: ["oms", "returns", params],
    queryFn: () => sdk.client.fetch<ReturnsResponse>("/admin/oms/returns", { query: params }),
    placeholderData: keepPreviousData,
  })
}

/** POST /admin/oms/return-reasons/seed in the admin's language. */
export function useSeedReturnReasons() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (locale: "en" | "id") =>
      sdk.client.fetch<{ return_reasons: { created: number; existing: number } }>("/admin/oms/return-reasons/seed", {
        method: "POST",
        body: { locale },
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["return_reasons"] }),
  })
}
