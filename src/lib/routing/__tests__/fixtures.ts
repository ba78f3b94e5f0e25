import type { CenterCandidate, Destination, LineDemand, RoutingInput, StockView } from "../types"

export const center = (
  id: string,
  latitude: number,
  longitude: number,
  priority: number,
  extra: Partial<CenterCandidate> = {}
): CenterCandidate => ({
  stock_location_id: id,
  name: id.replace(/^loc_/, "").replace(/^./, (c) => c.toUpperCase()),
  point: { latitude, longitude },
  priority,
  active: true,
  capacity_remaining: null,
  link_rank: priority,
  ...extra,
})

export const JAKARTA = center("loc_jakarta", -6.18, 106.93, 1)
export const SURABAYA = center("loc_surabaya", -7.25, 112.75, 2)
export const MEDAN = center("loc_medan", 3.59, 98.67, 3)
export const MAKASSAR = center("loc_makassar", -5.14, 119.42, 4)
export const CENTERS = [JAKARTA, SURABAYA, MEDAN, MAKASSAR]

export const destinationAt = (latitude: number, longitude: number, province: string | null = null): Destination => ({
  point: { latitude, longitude },
  country_code: "ID",
  province,
  source: "test",
})

export const JAKARTA_CUSTOMER = destinationAt(-6.2, 106.85, "JK")
export const SURABAYA_CUSTOMER = destinationAt(-7.29, 112.73, "JI")
export const MEDAN_CUSTOMER = destinationAt(3.6, 98.7, "SU")
export const UNKNOWN_DESTINATION: Destination = {
  point: null,
  country_code: "ID",
  province: null,
  source: "could not locate",
}

export const line = (id: string, quantity: number, item = `inv_${id}`, perUnit = 1): LineDemand => ({
  line_item_id: id,
  quantity,
  components: [{ inventory_item_id: item, required_quantity: perUnit }],
})

export const makeInput = (overrides: Partial<RoutingInput> & { stock: StockView }): RoutingInput => ({
  order_id: "order_1",
  strategy: "closest_full_stock",
  destination: JAKARTA_CUSTOMER,
  lines: [line("li_1", 1)],
  centers: CENTERS,
  max_shipments: 3,
  forced_location_id: null,
  ...overrides,
})

/** Units allocated per line, summed over all allocations. */
export const allocatedByLine = (decision: { allocations: { items: { line_item_id: string; quantity: number }[] }[] }) => {
  const totals: Record<string, number> = {}
  for (const allocation of decision.allocations) {
    for (const item of allocation.items) totals[item.line_item_id] = (totals[item.line_item_id] ?? 0) + item.quantity
  }
  return totals
}
