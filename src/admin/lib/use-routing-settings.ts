import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type { EffectiveRoutingSettings, StoredRoutingSettings } from "../../lib/settings"
import type { Json } from "./json"
import { sdk } from "./sdk"

/** GET /admin/oms/settings/routing */
export interface RoutingSettingsResponse {
  settings: Json<EffectiveRoutingSettings> & { stored: StoredRoutingSettings }
  defaults: { strategy: string; max_shipments: number; per_parcel: number; per_kg_km: number }
  changes: { id: string; actor: string | null; before: Partial<StoredRoutingSettings>; after: Partial<StoredRoutingSettings>; changed_at: string }[]
}

const KEY = ["oms", "routing-settings"]

export function useRoutingSettings() {
  return useQuery({ queryKey: KEY, queryFn: () => sdk.client.fetch<RoutingSettingsResponse>("/admin/oms/settings/routing") })
}

export function useSaveRoutingSettings() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (patch: Partial<StoredRoutingSettings>) =>
      sdk.client.fetch<RoutingSettingsResponse & { changed: boolean }>("/admin/oms/settings/routing", { method: "POST", body: patch }),
    onSuccess: (data) => client.setQueryData(KEY, data),
  })
}

/** Admin users by id, for "who changed it" (Medusa's own user list). */
export function useUserNames(ids: string[]) {
  const wanted = [...new Set(ids)].sort()
  const { data } = useQuery({
    queryKey: ["oms", "user-names", wanted],
    queryFn: () => sdk.admin.user.list({ id: wanted, limit: wanted.length, fields: "id,email,first_name,last_name" } as never),
    enabled: wanted.length > 0,
  })
  const names = new Map((data?.users ?? []).map((u) => [u.id, [u.first_name, u.last_name].filter(Boolean).join(" ") || u.email]))
  return (id: string | null) => (id ? names.get(id) ?? null : null)
}
