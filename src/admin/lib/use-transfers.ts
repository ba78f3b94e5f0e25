import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type { TransferRow, TransferRunView } from "../../lib/stock/transfer-view"
import { setParams } from "./query-params"
import { sdk } from "./sdk"

export type { TransferRow, TransferRunView }
export type TransferStatus = TransferRow["status"]

export interface TransferList {
  transfers: TransferRow[]
  count: number
  limit: number
  offset: number
  run: TransferRunView | null
  /** Days of nearby demand a centre keeps before it gives stock away (the plugin's option). */
  cover_days: number
}

/** GET /admin/oms/transfers: one page of suggestions in rank order, with the latest valuation run. */
export function useTransfers(filters: { status: TransferStatus; limit: number; offset: number }) {
  const query = setParams(filters)
  return useQuery({
    queryKey: ["oms", "transfers", query],
    queryFn: () => sdk.client.fetch<TransferList>("/admin/oms/transfers", { query }),
    placeholderData: keepPreviousData,
  })
}

/** GET /admin/oms/transfers/runs/:id, asked every second while the run is going. */
export function useTransferRun(id: string | null) {
  return useQuery({
    queryKey: ["oms", "transfer-run", id],
    queryFn: () => sdk.client.fetch<{ run: TransferRunView }>(`/admin/oms/transfers/runs/${id}`),
    enabled: !!id,
    refetchInterval: (q) => (q.state.data?.run.status === "running" ? 1000 : false),
  })
}

/** The CSV of the listed status, downloaded by the browser with the admin's session. */
export const transfersCsvUrl = (status: TransferStatus) =>
  `${(import.meta.env.VITE_BACKEND_URL || "").replace(/\/$/, "")}/admin/oms/transfers?${new URLSearchParams({ status, format: "csv" })}`

export function useStartTransferRun() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: { days: number }) => sdk.client.fetch<{ run: TransferRunView }>("/admin/oms/transfers/runs", { method: "POST", body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["oms", "transfers"] }),
  })
}

/** Accept (the stock moves) or dismiss one suggestion. */
export function useDecideTransfer() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ id, action }: { id: string; action: "accept" | "dismiss" }) =>
      sdk.client.fetch<{ transfer: unknown; bins_out?: { from_unassigned: number; from_bins: { code: string; quantity: number }[] } }>(
        `/admin/oms/transfers/${id}/${action}`,
        { method: "POST", body: {} }
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ["oms", "transfers"] }),
  })
}
