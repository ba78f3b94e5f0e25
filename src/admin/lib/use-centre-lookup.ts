import { useCenters } from "./use-centers"

/** A centre's name and time zone by stock location id, for lists that only carry ids. */
export function useCentreLookup() {
  const { data } = useCenters()
  const byId = new Map((data ?? []).map((c) => [c.stock_location_id, c] as const))
  return {
    name: (id: string | null) => (id ? byId.get(id)?.name ?? null : null),
    timeZone: (id: string | null) => (id ? byId.get(id)?.time_zone ?? null : null),
  }
}
