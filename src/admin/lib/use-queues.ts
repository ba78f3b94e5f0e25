import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type { Queue, QueueOrdersResponse, QueuesResponse } from "./queue-types"
import { setParams } from "./query-params"
import { sdk } from "./sdk"

/** Live: the counts change as staff work, so they are read again every half minute. */
const LIVE_MS = 30_000

export function useQueues() {
  return useQuery({
    queryKey: ["oms", "queues"],
    queryFn: () => sdk.client.fetch<QueuesResponse>("/admin/oms/queues"),
    refetchInterval: LIVE_MS,
  })
}

export interface QueueOrdersFilters {
  queue: Queue
  stock_location_id?: string | null
  q?: string | null
  sort?: "placed_at" | "display_id"
  order?: "asc" | "desc"
  limit: number
  offset: number
}

export function useQueueOrders(filters: QueueOrdersFilters) {
  const params = setParams(filters)
  return useQuery({
    queryKey: ["oms", "queue-orders", params],
    queryFn: () => sdk.client.fetch<QueueOrdersResponse>("/admin/oms/queues/orders", { query: params }),
    placeholderData: keepPreviousData,
    refetchInterval: LIVE_MS,
  })
}

/** Invalidates everything a queue action changes: the counts, the lists, the waves. */
function useRefreshQueues() {
  const client = useQueryClient()
  return () => Promise.all([client.invalidateQueries({ queryKey: ["oms", "queues"] }), client.invalidateQueries({ queryKey: ["oms", "queue-orders"] }), client.invalidateQueries({ queryKey: ["oms", "waves"] })])
}

/** A pick list (wave) of the chosen orders at one centre. */
export function useWaveSelected() {
  const refresh = useRefreshQueues()
  return useMutation({
    mutationFn: (input: { stock_location_id: string; order_ids: string[] }) =>
      sdk.client.fetch<{ wave: { id: string } }>("/admin/oms/waves", { method: "POST", body: input }),
    onSuccess: refresh,
  })
}

/** Routes each chosen order again (one request an order; each its own outcome). */
export function useRerouteSelected() {
  const refresh = useRefreshQueues()
  return useMutation({
    mutationFn: async (orderIds: string[]) => {
      const outcomes = await Promise.allSettled(orderIds.map((id) => sdk.client.fetch(`/admin/oms/orders/${id}/reroute`, { method: "POST", body: {} })))
      return { moved: outcomes.filter((o) => o.status === "fulfilled").length, failed: outcomes.flatMap((o) => (o.status === "rejected" ? [o.reason] : [])) }
    },
    onSettled: refresh,
  })
}
