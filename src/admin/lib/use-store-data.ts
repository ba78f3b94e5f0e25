import { useQuery } from "@tanstack/react-query"
import { sdk } from "./sdk"

const STALE = 5 * 60_000

/** The store's default currency code (lower case), for money on the dashboard; null until known. */
export function useDefaultCurrency(): string | null {
  const { data } = useQuery({
    queryKey: ["oms", "store-currency"],
    queryFn: () => sdk.admin.store.list({ fields: "id,*supported_currencies" }),
    staleTime: STALE,
  })
  const currencies = data?.stores?.[0]?.supported_currencies ?? []
  return (currencies.find((c) => c.is_default) ?? currencies[0])?.currency_code ?? null
}

export function useSalesChannels() {
  return useQuery({
    queryKey: ["oms", "sales-channels"],
    queryFn: () => sdk.admin.salesChannel.list({ limit: 100, fields: "id,name" }),
    select: (data) => data.sales_channels,
    staleTime: STALE,
  })
}

export function useRegions() {
  return useQuery({
    queryKey: ["oms", "regions"],
    queryFn: () => sdk.admin.region.list({ limit: 100, fields: "id,name" }),
    select: (data) => data.regions,
    staleTime: STALE,
  })
}

/** id → product title for the ids given (one request per distinct set). */
export function useProductTitles(ids: string[]): (id: string | null) => string | null {
  const unique = [...new Set(ids)].sort()
  const { data } = useQuery({
    queryKey: ["oms", "product-titles", unique],
    queryFn: () => sdk.admin.product.list({ id: unique, fields: "id,title", limit: unique.length }),
    enabled: unique.length > 0,
    staleTime: STALE,
  })
  const titles = new Map((data?.products ?? []).map((p) => [p.id, p.title] as const))
  return (id) => (id ? titles.get(id) ?? null : null)
}

/** user id → the person's name (or e-mail) for packers and pickers; null while unknown. */
export function useUserNames(ids: string[]): (id: string | null) => string | null {
  const unique = [...new Set(ids.filter((id) => id.startsWith("user_")))].sort()
  const { data } = useQuery({
    queryKey: ["oms", "user-names", unique],
    queryFn: () => sdk.admin.user.list({ id: unique, fields: "id,first_name,last_name,email", limit: unique.length } as never),
    enabled: unique.length > 0,
    staleTime: STALE,
  })
  const names = new Map(
    (data?.users ?? []).map((u) => [u.id, [u.first_name, u.last_name].filter(Boolean).join(" ") || u.email] as const)
  )
  return (id) => (id ? names.get(id) ?? null : null)
}
