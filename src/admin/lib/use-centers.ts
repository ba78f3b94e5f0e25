import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "./sdk"
import type { Center, CenterUpdate } from "./types"

export const centerKeys = {
  all: ["oms", "centers"] as const,
  detail: (id: string) => ["oms", "centers", id] as const,
}

export function useCenters() {
  return useQuery({
    queryKey: centerKeys.all,
    queryFn: () => sdk.client.fetch<{ centers: Center[] }>("/admin/oms/centers"),
    select: (data) => data.centers,
  })
}

/** stock_location_id → centre name, for screens that only get ids. */
export function useCenterNames(): (id: string) => string {
  const { data } = useCenters()
  const names = new Map((data ?? []).map((c) => [c.stock_location_id, c.name]))
  // never the id: a centre not (yet) loaded is a dash
  return (id) => names.get(id) ?? "—"
}

export function useCenter(stockLocationId: string) {
  return useQuery({
    queryKey: centerKeys.detail(stockLocationId),
    queryFn: () => sdk.client.fetch<{ center: Center }>(`/admin/oms/centers/${stockLocationId}`),
    select: (data) => data.center,
    enabled: !!stockLocationId,
  })
}

export function useUpdateCenter(stockLocationId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: CenterUpdate) =>
      sdk.client.fetch<{ center: Center }>(`/admin/oms/centers/${stockLocationId}`, {
        method: "POST",
        body,
      }),
    onSuccess: ({ center }) => {
      queryClient.setQueryData(centerKeys.detail(stockLocationId), { center })
      queryClient.invalidateQueries({ queryKey: centerKeys.all })
    },
  })
}
