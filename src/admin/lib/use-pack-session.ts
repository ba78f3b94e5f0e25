import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "./sdk"
import { parseToteLabel } from "./tote-label"
import type { Parcel } from "../../lib/packing/types"

/** Shapes of /admin/oms/pack-sessions (see src/api/admin/oms/pack-sessions/helpers.ts). */
export interface PackExpectedItem {
  line_item_id: string
  title: string | null
  sku: string | null
  barcode: string | null
  quantity: number
  packed: number
}

/** A parcel as the recommendation returns it (the pure packing library's type, placements left out). */
export type PackParcel = Omit<Parcel, "placements">

export interface PackRecommendation {
  mode: "single" | "split" | "none"
  parcels: PackParcel[]
  unpackable: { item_id: string; reason: string }[]
  total_billable_weight_g: number
  total_cost: number
  warnings: string[]
  alternatives: { carton_id: string; fits: boolean; billable_weight_g?: number; reason?: string }[]
}

export interface PackSession {
  id: string
  order_id: string
  display_id: number | null
  ship_to: { name: string | null; company: string | null; lines: string[] } | null
  /** What the packing slip prints about the order. */
  order?: { placed_at: string | null; shipping_method: string | null; store_name: string | null; email: string | null }
  stock_location_id: string
  status: "open" | "completed" | "canceled"
  packed_by: string | null
  fulfillment_id: string | null
  carton_code: string | null
  parcels: Record<string, unknown>[]
  completed_at: string | null
  /** The shipment's real state, from Medusa's fulfilment: what a reload shows. */
  shipment: PackShipmentState
  expected_items: PackExpectedItem[]
  progress: { packed_units: number; expected_units: number; remaining_units: number; complete: boolean }
  accepted_count: number
  refused_count: number
  scans: Record<string, unknown>[]
  recommendation: PackRecommendation | null
}

export interface PackShipmentState {
  stage: "packing" | "packed" | "shipped" | "delivered" | "canceled"
  next_action: "scan" | "complete" | "ship" | "deliver" | null
  tracking_numbers: string[]
  shipped_at: string | null
  delivered_at: string | null
}

/** What an accepted scan answers (POST /admin/oms/pack-sessions/:id/scans). */
export interface PackScanChange {
  scan: { outcome: "accepted"; line_item_id: string | null; progress: PackSession["progress"] }
  line: PackExpectedItem | null
  accepted_count: number
  refused_count: number
}

export interface Carton {
  id: string
  code: string
  name?: string | null
  active: boolean
}

export const packKeys = {
  detail: (id: string) => ["oms", "pack-sessions", id] as const,
  cartons: (stockLocationId: string) => ["oms", "centers", stockLocationId, "cartons"] as const,
}

/** The session as the server has it (the scan loop reads it with `ensureQueryData`). */
export const packSessionQuery = (id: string) => ({
  queryKey: packKeys.detail(id),
  queryFn: () => sdk.client.fetch<{ pack_session: PackSession }>(`/admin/oms/pack-sessions/${id}`),
})

export function usePackSession(id: string | null) {
  return useQuery({
    ...packSessionQuery(id ?? ""),
    select: (data) => data.pack_session,
    enabled: !!id,
  })
}

export function useCartons(stockLocationId: string | null | undefined) {
  return useQuery({
    queryKey: packKeys.cartons(stockLocationId ?? ""),
    queryFn: () => sdk.client.fetch<{ cartons: Carton[] }>(`/admin/oms/centers/${stockLocationId}/cartons`),
    select: (data) => data.cartons.filter((c) => c.active),
    enabled: !!stockLocationId,
  })
}

/** One scan: resolves with what changed when accepted; rejects with "scan refused: …" otherwise. */
export const packScan = (sessionId: string, barcode: string) =>
  sdk.client.fetch<PackScanChange>(`/admin/oms/pack-sessions/${sessionId}/scans`, { method: "POST", body: { barcode } })

export const openPackSession = (body: { order_id: string; stock_location_id?: string }) =>
  sdk.client.fetch<{ pack_session: PackSession }>("/admin/oms/pack-sessions", { method: "POST", body })

function usePackAction<TBody extends Record<string, unknown>>(sessionId: string, path: "complete" | "ship" | "deliver") {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: TBody) =>
      sdk.client.fetch<{ pack_session: PackSession }>(`/admin/oms/pack-sessions/${sessionId}/${path}`, {
        method: "POST",
        body,
      }),
    onSuccess: ({ pack_session }) => {
      queryClient.setQueryData(packKeys.detail(pack_session.id), { pack_session })
      queryClient.invalidateQueries({ queryKey: packKeys.detail(pack_session.id) })
    },
  })
}

export const useCompletePack = (sessionId: string) =>
  usePackAction<{ carton_code?: string; tracking_numbers?: string[] }>(sessionId, "complete")
export const useShipPack = (sessionId: string) => usePackAction<{ tracking_numbers: string[] }>(sessionId, "ship")
export const useDeliverPack = (sessionId: string) => usePackAction<Record<string, never>>(sessionId, "deliver")

/**
 * Resolves what the packer typed: an order id as is, or a display id (digits, optional "#")
 * through Medusa's admin order list. Null when no order has that display id.
 */
export async function resolveOrderId(input: string): Promise<string | null> {
  const value = input.trim()
  const tote = parseToteLabel(value)
  if (tote) {
    const { wave } = await sdk.client.fetch<{ wave: { orders: { order_id: string; tote: number; status: string }[] } }>(
      `/admin/oms/waves/${tote.wave_id}`
    )
    return wave.orders.find((o) => o.tote === tote.tote && o.status === "picked")?.order_id ?? null
  }
  const digits = value.replace(/^#/, "")
  if (!/^\d+$/.test(digits)) return value
  const { orders } = await sdk.client.fetch<{ orders: { id: string; display_id: number }[] }>("/admin/orders", {
    query: { q: digits, fields: "id,display_id", limit: 20 },
  })
  return orders.find((o) => String(o.display_id) === digits)?.id ?? null
}
