import { useQuery } from "@tanstack/react-query"
import { sdk } from "./sdk"

/** order id → Medusa's order number (#1042) for the ids given, from Medusa's own order list. */
export function useOrderNumbers(ids: string[]): (id: string) => number | null {
  const unique = [...new Set(ids)].sort()
  const { data } = useQuery({
    queryKey: ["oms", "order-numbers", unique],
    queryFn: () => sdk.admin.order.list({ id: unique, fields: "id,display_id", limit: unique.length }),
    enabled: unique.length > 0,
    staleTime: 5 * 60_000,
  })
  const numbers = new Map((data?.orders ?? []).map((o) => [o.id, o.display_id] as const))
  return (id) => numbers.get(id) ?? null
}
