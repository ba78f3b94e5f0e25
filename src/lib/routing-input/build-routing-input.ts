/**
 * Builds the pure routing input from plain order, centre and stock data (shapes as Medusa's
 * query returns them). Shared by the order.placed workflow and the simulator.
 */
import { locateAddress } from "../geo"
import { CenterCandidate, Destination, LineDemand, StockView } from "../routing/types"

export interface OrderForRouting {
  id: string
  display_id?: number | null
  sales_channel_id?: string | null
  created_at?: string | Date | null
  shipping_address?: {
    country_code?: string | null
    province?: string | null
    city?: string | null
    postal_code?: string | null
    metadata?: Record<string, unknown> | null
  } | null
  items?: ({
    id: string
    quantity?: number | string | null
    detail?: { quantity?: number | string | null } | null
    variant_id?: string | null
    variant?: {
      manage_inventory?: boolean | null
      inventory_items?: {
        inventory_item_id: string
        required_quantity: number | string
        inventory?: { weight?: number | string | null } | null
      }[] | null
    } | null
  } | null)[] | null
  region_id?: string | null
  shipping_methods?: ({ shipping_option_id?: string | null; shipping_option?: { metadata?: Record<string, unknown> | null } | null } | null)[] | null
}

export interface CenterProfile {
  stock_location_id: string
  latitude: number | null
  longitude: number | null
  priority: number
  active: boolean
  daily_order_capacity: number | null
  cutoff_time?: string | null
  time_zone: string
  serves_countries: string[] | null
  serves_provinces: string[] | null
}

/** Defaults for a location that has no OMS profile yet: eligible, unlocated, last in priority. */
export const DEFAULT_CENTER_PRIORITY = 100

/** The order's lines as routing sees them; a line an order edit took to 0 units is no longer one. */
export function buildLines(order: OrderForRouting): LineDemand[] {
  return (order.items ?? []).filter((item) => !!item && !isRemovedLine(item)).map((item) => {
    const managed = item!.variant?.manage_inventory !== false && !!item!.variant
    const components = managed
      ? (item!.variant!.inventory_items ?? []).map((link) => ({
          inventory_item_id: link.inventory_item_id,
          required_quantity: Number(link.required_quantity) || 1,
        }))
      : []
    const unit_weight_g = managed ? unitWeightG(item!.variant!.inventory_items ?? []) : null
    return { line_item_id: item!.id, quantity: lineQuantity(item!), components, unit_weight_g }
  })
}

/** Grams per unit of a line from its inventory items' weights; null when any is unknown. */
function unitWeightG(links: { required_quantity: number | string; inventory?: { weight?: number | string | null } | null }[]) {
  let grams = 0
  for (const link of links) {
    const weight = Number(link.inventory?.weight ?? NaN)
    if (!Number.isFinite(weight) || weight < 0) return null
    grams += weight * (Number(link.required_quantity) || 1)
  }
  return links.length ? grams : null
}

/**
 * The order's dispatch promise: shipping option metadata `oms_sla_days`, a whole number of days
 * until the parcel must leave (0 = the same day). The strictest of the order's shipping methods
 * wins; null when none sets one.
 */
export function slaDaysOf(order: OrderForRouting): number | null {
  const days = (order.shipping_methods ?? [])
    .map((method) => Number(method?.shipping_option?.metadata?.oms_sla_days ?? NaN))
    .filter((d) => Number.isInteger(d) && d >= 0)
  return days.length ? Math.min(...days) : null
}

/**
 * A line without a readable quantity must stop routing: treating it as 0 would release the
 * line's reservation.
 */
const isRemovedLine = (item: { quantity?: number | string | null; detail?: { quantity?: number | string | null } | null }) =>
  Number(item.quantity ?? item.detail?.quantity) === 0

function lineQuantity(item: { id: string; quantity?: number | string | null; detail?: { quantity?: number | string | null } | null }) {
  const quantity = Number(item.quantity ?? item.detail?.quantity)
  if (!Number.isFinite(quantity) || quantity <= 0) {
    throw new Error(`line item ${item.id} has no readable quantity (${item.quantity})`)
  }
  return quantity
}

export function buildDestination(order: OrderForRouting): Destination {
  if (!order.shipping_address) {
    return { point: null, source: "no shipping address" }
  }
  return locateAddress(order.shipping_address)
}

export function buildCandidates(
  locations: { id: string; name: string }[],
  profiles: CenterProfile[],
  ordersToday: Record<string, number>
): CenterCandidate[] {
  const byLocation = new Map(profiles.map((p) => [p.stock_location_id, p]))
  return locations.map((location, index) => {
    const profile = byLocation.get(location.id)
    const point =
      profile && profile.latitude != null && profile.longitude != null
        ? { latitude: profile.latitude, longitude: profile.longitude }
        : null
    const capacity = profile?.daily_order_capacity ?? null
    return {
      stock_location_id: location.id,
      name: location.name,
      point,
      priority: profile?.priority ?? DEFAULT_CENTER_PRIORITY,
      active: profile?.active ?? true,
      capacity_remaining: capacity == null ? null : capacity - (ordersToday[location.id] ?? 0),
      serves_countries: profile?.serves_countries ?? null,
      serves_provinces: profile?.serves_provinces ?? null,
      link_rank: index,
      cutoff_time: profile?.cutoff_time ?? null,
      time_zone: profile?.time_zone ?? null,
    }
  })
}

/**
 * Units a centre can give this order: stocked - reserved, plus what this very order already
 * holds there (its own checkout reservation must not count against it).
 */
export function buildStockView(
  levels: { location_id: string; inventory_item_id: string; stocked_quantity: number | string; reserved_quantity: number | string }[],
  ownReservations: { location_id: string; inventory_item_id: string; quantity: number | string }[]
): StockView {
  const stock: StockView = {}
  for (const level of levels) {
    const atLocation = (stock[level.location_id] ??= {})
    atLocation[level.inventory_item_id] =
      (atLocation[level.inventory_item_id] ?? 0) +
      Number(level.stocked_quantity) -
      Number(level.reserved_quantity)
  }
  for (const reservation of ownReservations) {
    const atLocation = (stock[reservation.location_id] ??= {})
    atLocation[reservation.inventory_item_id] =
      (atLocation[reservation.inventory_item_id] ?? 0) + Number(reservation.quantity)
  }
  return stock
}
