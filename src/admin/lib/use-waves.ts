import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "./sdk"

/** Shapes of /admin/oms/waves (see src/api/admin/oms/waves/helpers.ts). */
export type WaveStatus = "open" | "picking" | "picked" | "canceled"
export type WaveMode = "single" | "batch"

export interface WaveLine {
  id: string
  order_id: string
  line_item_id: string
  inventory_item_id: string
  sequence: number
  bin_code: string
  sku: string | null
  title: string | null
  quantity: number
  picked_quantity: number
  short_reason: string | null
  picked_at: string | null
  picked_by: string | null
}

export interface WaveOrder {
  order_id: string
  tote: number
  status: string
}

export interface WaveRoute {
  stops: Record<string, unknown>[]
  distance_m: number
  s_shape_distance_m: number
  method: string
}

export interface Wave {
  id: string
  stock_location_id: string
  status: WaveStatus
  mode: WaveMode
  created_by: string | null
  created_at: string
  picked_at: string | null
  orders: WaveOrder[]
  pick_lists: { tote: number; order_id: string; status: string; lines: WaveLine[] }[]
  lines: WaveLine[]
  route: WaveRoute | null
  progress: {
    orders_total: number
    orders_waiting: number
    orders_picked: number
    orders_short: number
    orders_canceled: number
    lines_total: number
    lines_picked: number
    units_total: number
    units_picked: number
  }
}

export interface WaveSummary {
  id: string
  stock_location_id: string
  status: WaveStatus
  mode: WaveMode
  order_count: number
  item_count: number
  created_at: string
  distance_m: number | null
}

export interface CreateWaveInput {
  stock_location_id: string
  mode: WaveMode
  max_orders?: number
  /** Only orders placed before the centre's cut-off today. */
  before_cutoff?: boolean
  /** Only orders with order metadata oms_priority >= this. */
  min_priority?: number
}

export const waveKeys = {
  list: (stockLocationId: string) => ["oms", "waves", "list", stockLocationId] as const,
  detail: (id: string) => ["oms", "waves", id] as const,
}

export function useWaves(stockLocationId: string) {
  return useQuery({
    queryKey: waveKeys.list(stockLocationId),
    queryFn: () =>
      sdk.client.fetch<{ waves: WaveSummary[]; count: number }>("/admin/oms/waves", {
        query: { stock_location_id: stockLocationId, limit: 50 },
      }),
    select: (data) => data.waves,
    enabled: !!stockLocationId,
  })
}

export function useWave(id: string | null) {
  return useQuery({
    queryKey: waveKeys.detail(id ?? ""),
    queryFn: () => sdk.client.fetch<{ wave: Wave }>(`/admin/oms/waves/${id}`),
    select: (data) => data.wave,
    enabled: !!id,
  })
}

export function useCreateWave() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: CreateWaveInput) =>
      sdk.client.fetch<{ wave: Wave; skipped: { order_id: string; reason: string }[] }>("/admin/oms/waves", {
        method: "POST",
        body,
      }),
    onSuccess: ({ wave }) => {
      queryClient.setQueryData(waveKeys.detail(wave.id), { wave })
      queryClient.invalidateQueries({ queryKey: waveKeys.list(wave.stock_location_id) })
    },
  })
}

export interface RecordPickInput {
  pick_line_id: string
  bin_code: string
  item_barcode: string
  quantity: number
}

export interface ShortPickInput {
  pick_line_id: string
  found_quantity: number
  reason: string
}

function useWaveAction<TBody>(waveId: string, path: "picks" | "short-picks") {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: TBody) =>
      sdk.client.fetch<{ wave: Wave }>(`/admin/oms/waves/${waveId}/${path}`, {
        method: "POST",
        body: body as Record<string, unknown>,
      }),
    onSuccess: ({ wave }) => {
      queryClient.setQueryData(waveKeys.detail(wave.id), { wave })
      queryClient.invalidateQueries({ queryKey: waveKeys.list(wave.stock_location_id) })
    },
  })
}

export const useRecordPick = (waveId: string) => useWaveAction<RecordPickInput>(waveId, "picks")
export const useShortPick = (waveId: string) => useWaveAction<ShortPickInput>(waveId, "short-picks")

/** Lines still to pick, in route order: order still waiting, not fully picked, not shorted. */
export function pendingLines(wave: Wave): WaveLine[] {
  const waiting = new Set(wave.orders.filter((o) => o.status === "waiting").map((o) => o.order_id))
  return wave.lines.filter((l) => waiting.has(l.order_id) && l.picked_quantity < l.quantity && !l.short_reason)
}

export function toteOf(wave: Wave, orderId: string): number | null {
  return wave.orders.find((o) => o.order_id === orderId)?.tote ?? null
}

/** How much shorter the planned route is than the S-shape walk, in percent (null without a route). */
export function routeSaving(route: WaveRoute | null): number | null {
  if (!route || !route.s_shape_distance_m) return null
  return ((route.s_shape_distance_m - route.distance_m) / route.s_shape_distance_m) * 100
}
