import { deriveOrderStage, lineTotals, mergeLines, type OrderStage, type ShipmentLine, type ShipmentStage } from "../journey"

/**
 * What Medusa kept of an order placed before the OMS held anything for it: its current lines,
 * its fulfilments and its reservations (soft-deleted ones too: a canceled order's say where it
 * was reserved). Units are order-line units (a kit's inventory rows already divided out).
 */
export interface HistoryOrder {
  id: string
  created_at: Date
  canceled_at: Date | null
  status: string
  sales_channel_id: string | null
  region_id: string | null
  shipping_option_id: string | null
  /** The order's current version (`order_item.version = order.version`), lines with units only. */
  lines: ShipmentLine[]
  fulfillments: HistoryFulfillment[]
  reservations: { line_item_id: string; location_id: string; quantity: number; deleted: boolean }[]
  /** Medusa's own default for the order: the first stock location of its sales channel. */
  default_location_id: string | null
}

export interface HistoryFulfillment {
  id: string
  location_id: string
  created_at: Date
  packed_at: Date | null
  shipped_at: Date | null
  delivered_at: Date | null
  canceled_at: Date | null
  tracking_numbers: string[]
  items: ShipmentLine[]
}

/** One OMS shipment as the live journey would have left it, as far as Medusa can tell. */
export interface HistoryShipment {
  order_id: string
  stock_location_id: string | null
  stage: ShipmentStage
  stage_changed_at: Date
  lines: ShipmentLine[]
  units: number
  line_count: number
  parcels: number
  fulfillment_id: string | null
  tracking_numbers: string[]
  placed_at: Date
  routed_at: Date
  packed_at: Date | null
  shipped_at: Date | null
  delivered_at: Date | null
  canceled_at: Date | null
  sales_channel_id: string | null
  region_id: string | null
  shipping_option_id: string | null
}

const latest = (dates: (Date | null)[]) => dates.reduce<Date | null>((a, d) => (d && (!a || d > a) ? d : a), null)
const earliest = (dates: (Date | null)[]) => dates.reduce<Date | null>((a, d) => (d && (!a || d < a) ? d : a), null)

/**
 * The shipments (one per order × stock location, as the live path keeps them) and the derived
 * order stage of an order from its Medusa history. Pure.
 *
 * - Units in a live (not canceled) fulfilment belong to its location; a location whose units
 *   are all fulfilled is "packed", "shipped" once every fulfilment there shipped (or was
 *   delivered), "delivered" once every one was delivered, with the latest of those times.
 * - The rest of each line (current quantity − fulfilled) goes where Medusa reserves it (live
 *   reservations first, by their units), else where it was last reserved, else the order's
 *   first fulfilment's location, else the sales channel's first location (Medusa's default),
 *   else nowhere (a back-ordered part). A location holding such units is "routed" (or
 *   "canceled" for a canceled order), however far its fulfilled units went: the part is as
 *   far as its least advanced units.
 * - Routing is taken to have happened at placement; waves, picks and packing cartons are not
 *   known: `parcels` is the fulfilments' count (a fulfilment with several tracking numbers as
 *   that many parcels), carton cost is unknown.
 */
export function planOrderHistory(order: HistoryOrder): { shipments: HistoryShipment[]; stage: OrderStage } {
  const canceled = order.status === "canceled" || order.canceled_at !== null
  const live = order.fulfillments.filter((f) => f.canceled_at === null).sort((a, b) => a.created_at.getTime() - b.created_at.getTime())
  const fulfilledAt = new Map<string, ShipmentLine[]>()
  for (const f of live) fulfilledAt.set(f.location_id, [...(fulfilledAt.get(f.location_id) ?? []), ...f.items])

  const restAt = new Map<string | null, ShipmentLine[]>()
  const put = (location: string | null, line_item_id: string, quantity: number) => {
    if (quantity > 0) restAt.set(location, [...(restAt.get(location) ?? []), { line_item_id, quantity }])
  }
  for (const line of order.lines) {
    const fulfilled = live.flatMap((f) => f.items).filter((i) => i.line_item_id === line.line_item_id).reduce((s, i) => s + i.quantity, 0)
    let rest = Math.max(0, line.quantity - fulfilled)
    const reservations = order.reservations.filter((r) => r.line_item_id === line.line_item_id)
    for (const r of reservations.filter((r) => !r.deleted)) {
      const take = Math.min(rest, Math.max(0, r.quantity))
      put(r.location_id, line.line_item_id, take)
      rest -= take
    }
    const fallback = reservations.at(-1)?.location_id ?? live[0]?.location_id ?? order.default_location_id ?? null
    put(fallback, line.line_item_id, rest)
  }

  const base = {
    order_id: order.id,
    placed_at: order.created_at,
    routed_at: order.created_at,
    sales_channel_id: order.sales_channel_id,
    region_id: order.region_id,
    shipping_option_id: order.shipping_option_id,
  }
  const locations = [...new Set<string | null>([...fulfilledAt.keys(), ...restAt.keys()])]
  const shipments = locations.map((location): HistoryShipment => {
    const lines = mergeLines([...(location ? fulfilledAt.get(location) ?? [] : []), ...(restAt.get(location) ?? [])])
    const here = live.filter((f) => f.location_id === location)
    const waiting = (restAt.get(location) ?? []).length > 0
    const shippedAll = here.length > 0 && here.every((f) => f.shipped_at || f.delivered_at)
    const deliveredAll = here.length > 0 && here.every((f) => f.delivered_at)
    const stage: ShipmentStage = waiting
      ? canceled ? "canceled" : location === null ? "backordered" : "routed"
      : deliveredAll ? "delivered" : shippedAll ? "shipped" : "packed"
    const done = !waiting
    const packed_at = done ? earliest(here.map((f) => f.packed_at ?? f.created_at)) : null
    const shipped_at = done && here.every((f) => f.shipped_at) ? latest(here.map((f) => f.shipped_at)) : null
    const delivered_at = done && deliveredAll ? latest(here.map((f) => f.delivered_at)) : null
    const canceled_at = stage === "canceled" ? order.canceled_at ?? order.created_at : null
    const last = here.at(-1)
    return {
      ...base,
      stock_location_id: location,
      stage,
      stage_changed_at: latest([order.created_at, packed_at, shipped_at, delivered_at, canceled_at])!,
      lines,
      ...lineTotals(lines),
      parcels: done ? here.reduce((s, f) => s + Math.max(1, f.tracking_numbers.length), 0) : 0,
      fulfillment_id: done ? last?.id ?? null : null,
      tracking_numbers: done ? here.flatMap((f) => f.tracking_numbers) : [],
      packed_at,
      shipped_at,
      delivered_at,
      canceled_at,
    }
  })
  return { shipments, stage: deriveOrderStage(shipments.map((s) => s.stage)) }
}
