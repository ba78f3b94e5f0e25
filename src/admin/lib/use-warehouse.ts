import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "./sdk"
import type { WarehouseLayoutFields } from "../../workflows/warehouse/layout-shape"

/** Shapes of /admin/oms/centers/:id/{layout,bins,bin-stock/*} (see src/api/admin/oms/bins, layouts). */
/** The stored layout as GET …/layout returns it (type-only import: nothing server-side is bundled). */
export type WarehouseLayout = WarehouseLayoutFields & { version: number }

export interface BinRow {
  id: string
  code: string
  aisle: number
  bay: number
  level: number
  side: string
  active: boolean
  stock: { inventory_item_id: string; sku: string | null; quantity: number }[]
}

export interface ReconciliationRow {
  inventory_item_id: string
  sku: string | null
  stocked: number
  in_bins: number
  in_totes: number
  unassigned: number
  problem: string | null
}

export interface Reconciliation {
  items: ReconciliationRow[]
  totals: { stocked: number; in_bins: number; in_totes: number; unassigned: number }
  problems: number
}

const base = (centre: string) => `/admin/oms/centers/${centre}`

export const warehouseKeys = {
  all: (centre: string) => ["oms", "warehouse", centre] as const,
  layout: (centre: string) => ["oms", "warehouse", centre, "layout"] as const,
  reconciliation: (centre: string) => ["oms", "warehouse", centre, "reconciliation"] as const,
  bins: (centre: string, q: string, offset: number, limit: number) => ["oms", "warehouse", centre, "bins", q, offset, limit] as const,
}

export const useLayout = (centre: string) =>
  useQuery({
    queryKey: warehouseKeys.layout(centre),
    queryFn: () => sdk.client.fetch<{ layout: WarehouseLayout | null; bins_count: number }>(`${base(centre)}/layout`),
    enabled: !!centre,
  })

export const useReconciliation = (centre: string) =>
  useQuery({
    queryKey: warehouseKeys.reconciliation(centre),
    queryFn: () => sdk.client.fetch<Reconciliation>(`${base(centre)}/bin-stock/reconciliation`),
    enabled: !!centre,
  })

export const useBins = (centre: string, q: string, offset: number, limit = 50) =>
  useQuery({
    queryKey: warehouseKeys.bins(centre, q, offset, limit),
    queryFn: () =>
      sdk.client.fetch<{ bins: BinRow[]; count: number }>(`${base(centre)}/bins`, {
        query: { limit, offset, ...(q ? { q } : {}) },
      }),
    enabled: !!centre,
    placeholderData: keepPreviousData,
  })

export const usePutaway = (centre: string) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: { inventory_item_id: string; to_bin_code: string; quantity: number }) =>
      sdk.client.fetch(`${base(centre)}/bin-stock/moves`, { method: "POST", body: { ...body, reason: "putaway" } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: warehouseKeys.all(centre) }),
  })
}
