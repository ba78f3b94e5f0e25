import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type { ReturnRateDimension, ReturnRatesResponse, ReturnsResponse, RootCause } from "./kpi-types"
import { setParams } from "./query-params"
import { sdk } from "./sdk"

export interface ReturnFilters {
  from?: string | null
  to?: string | null
  stock_location_id?: string | null
  cause?: RootCause | null
  limit: number
  offset: number
}

/** GET /admin/oms/returns: one page of returned lines, with the counts per cause and per cause × centre. */
export function useReturnLines(filters: ReturnFilters) {
  const params = setParams(filters)
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

export interface ReturnRateFilters {
  from?: string | null
  to?: string | null
  stock_location_id?: string | null
  cause?: RootCause | null
  by: ReturnRateDimension
}

/** GET /admin/oms/returns/rates: the return rate by one breakdown, in the admin's time zone. */
export function useReturnRates(filters: ReturnRateFilters) {
  const params = setParams({ ...filters, time_zone: browserTimeZone() })
  return useQuery({
    queryKey: ["oms", "return-rates", params],
    queryFn: () => sdk.client.fetch<ReturnRatesResponse>("/admin/oms/returns/rates", { query: params }),
    placeholderData: keepPreviousData,
  })
}

/** The admin's time zone (weeks start on its Mondays), UTC when the browser does not say. */
function browserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC"
  } catch {
    return "UTC"
  }
}

export type ExportFilters = Pick<ReturnFilters, "from" | "to" | "stock_location_id" | "cause"> & { lang: "en" | "id" }

/** The streamed CSV download of GET /admin/oms/returns/export (the admin's session cookie authenticates it). */
export function returnsExportUrl(filters: ExportFilters): string {
  const base = String(import.meta.env.VITE_BACKEND_URL || "").replace(/\/$/, "")
  return `${base}/admin/oms/returns/export?${new URLSearchParams(setParams(filters) as Record<string, string>)}`
}

/** POST /admin/oms/returns/export: the same CSV made in the background, announced in the notifications. */
export function useStartReturnsExport() {
  return useMutation({
    mutationFn: (filters: ExportFilters) =>
      sdk.client.fetch<{ transaction_id: string }>("/admin/oms/returns/export", { method: "POST", body: setParams(filters) }),
  })
}
