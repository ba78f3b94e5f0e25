import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "./sdk"
import type { OmsOrder, RoutingStrategy } from "./types"

export const omsOrderKey = (orderId: string) => ["oms", "orders", orderId] as const

export function useOmsOrder(orderId: string) {
  return useQuery({
    queryKey: omsOrderKey(orderId),
    queryFn: () => sdk.client.fetch<{ order: OmsOrder }>(`/admin/oms/orders/${orderId}`),
    select: (data) => data.order,
    enabled: !!orderId,
  })
}

export interface RerouteInput {
  stock_location_id?: string
  strategy?: RoutingStrategy
}

export function useRerouteOrder(orderId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: RerouteInput) =>
      sdk.client.fetch<{ order: OmsOrder }>(`/admin/oms/orders/${orderId}/reroute`, {
        method: "POST",
        body,
      }),
    onSuccess: ({ order }) => {
      queryClient.setQueryData(omsOrderKey(orderId), { order })
      queryClient.invalidateQueries({ queryKey: omsOrderKey(orderId) })
      // Reservations moved: let Medusa's own order and reservation views refetch too.
      queryClient.invalidateQueries({ queryKey: ["orders"] })
      queryClient.invalidateQueries({ queryKey: ["reservation_items"] })
      queryClient.invalidateQueries({ queryKey: ["inventory_items"] })
      queryClient.invalidateQueries({ queryKey: ["oms", "centers"] })
    },
  })
}
