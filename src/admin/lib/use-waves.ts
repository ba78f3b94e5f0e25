import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "./sdk"
import type { PickChange } from "./picking-scan"
import type { ShortPickReason } from "../../lib/picking/short-reason"

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

/** What a tote label prints about the order in it. */
export interface OrderLabel {
  display_id: number | null
  customer: string | null
  placed_at: string | null
  shipping_method: string | null
  tracking_numbers: string[]
}

export interface WaveOrder {
  order_id: string
  tote: number
  status: string
  label?: OrderLabel | null
}

export interface WaveRoute {
  stops: Record<string, unknown>[]
  distance_m: number
  s_shape_distance_m: number
  method: string
}

export interface Wave {
  id: string
  /** How staff name it: "JKT-0112-3" (centre code, local day, number that day). */
  name: string | null
  stock_location_id: string
  store_name?: string | null
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
  name: string | null
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
  /** Exactly these orders (chosen from the preview). */
  order_ids?: string[]
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

/** Waves that are done: picked or canceled, newest first. */
export function useWaveHistory(stockLocationId: string, status: "picked" | "canceled") {
  return useQuery({
    queryKey: [...waveKeys.list(stockLocationId), status] as const,
    queryFn: () =>
      sdk.client.fetch<{ waves: WaveSummary[]; count: number }>("/admin/oms/waves", {
        query: { stock_location_id: stockLocationId, status, limit: 20 },
      }),
    select: (data) => data.waves,
    enabled: !!stockLocationId,
  })
}

/** Cancel a wave: its orders go back to waiting, picked units back to their bins. */
export function useCancelWave(waveId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: () => sdk.client.fetch<{ wave: Wave; released: string[] }>(`/admin/oms/waves/${waveId}/cancel`, { method: "POST" }),
    onSuccess: ({ wave }) => {
      queryClient.setQueryData(waveKeys.detail(wave.id), { wave })
      queryClient.invalidateQueries({ queryKey: waveKeys.list(wave.stock_location_id) })
    },
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
  reason: ShortPickReason
  note?: string
}

/** A short pick answers with the whole wave (rare: the order leaves the wave and is re-routed). */
export function useShortPick(waveId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: ShortPickInput) =>
      sdk.client.fetch<{ wave: Wave }>(`/admin/oms/waves/${waveId}/short-picks`, {
        method: "POST",
        body: body as unknown as Record<string, unknown>,
      }),
    onSuccess: ({ wave }) => {
      queryClient.setQueryData(waveKeys.detail(wave.id), { wave })
      queryClient.invalidateQueries({ queryKey: waveKeys.list(wave.stock_location_id) })
    },
  })
}

/** One pick; the caller applies the answer (see `applyPickChange`), the scan loop needs it in order. */
export const recordPick = (waveId: string, body: RecordPickInput) =>
  sdk.client.fetch<PickChange>(`/admin/oms/waves/${waveId}/picks`, {
    method: "POST",
    body: body as unknown as Record<string, unknown>,
  })

export { pendingLines, toteOf } from "./picking-scan"

/** How much shorter the planned route is than the S-shape walk, in percent (null without a route). */
export function routeSaving(route: WaveRoute | null): number | null {
  if (!route || !route.s_shape_distance_m) return null
  return ((route.s_shape_distance_m - route.distance_m) / route.s_shape_distance_m) * 100
}

/** GET /admin/oms/waves/preview: what "Create wave" would take now (nothing is claimed). */
export interface WavePreviewOrder {
  order_id: string
  display_id: number | null
  customer: string | null
  placed_at: string | null
  shipping_method: string | null
  units: number
  priority: number
  in_next_wave: boolean
}

export interface WavePreview {
  problem: "no_layout" | "no_cutoff" | null
  waiting: WavePreviewOrder[]
  waiting_count: number
  waiting_units: number
  next_wave: { order_ids: string[]; units: number; bins: number; distance_m: number; s_shape_distance_m: number } | null
  skipped_count: number
}

export function useWavePreview(filters: CreateWaveInput) {
  const query: Record<string, string | number> = { stock_location_id: filters.stock_location_id, mode: filters.mode }
  if (filters.max_orders) query.max_orders = filters.max_orders
  if (filters.before_cutoff) query.before_cutoff = "true"
  if (filters.min_priority != null) query.min_priority = filters.min_priority
  return useQuery({
    queryKey: [...waveKeys.list(filters.stock_location_id), "preview", query] as const,
    queryFn: () => sdk.client.fetch<WavePreview>("/admin/oms/waves/preview", { query }),
    enabled: !!filters.stock_location_id,
  })
}
