import { binCoordinates, parseBinCode, type WarehouseLayout } from "../warehouse/layout"
import type { PickPoint } from "./types"
import type { WaveCandidateOrder, WaveFilters, WaveLimits, WaveMode } from "./wave-types"

/** An order that passed validation and filters, with its lines located in the layout. */
export interface EligibleOrder {
  order: WaveCandidateOrder
  /** Position in the caller's list. */
  index: number
  placedAt: number
  priority: number
  units: number
  picks: PickPoint[]
}

export interface Selection {
  selected: EligibleOrder[]
  skipped: { order_id: string; reason: string }[]
}

const toTime = (value: Date | string | undefined) =>
  value instanceof Date ? value.getTime() : typeof value === "string" ? Date.parse(value) : NaN

/** Filters and limits come from the caller's configuration: bad values are programming errors. */
function checkSettings(filters: WaveFilters, limits: WaveLimits) {
  if (filters.placed_before !== undefined && !Number.isFinite(toTime(filters.placed_before))) {
    throw new RangeError(`placed_before "${filters.placed_before}" is not a valid date`)
  }
  for (const name of ["max_orders", "max_items", "cart_totes"] as const) {
    const value = limits[name]
    if (value !== undefined && !(Number.isInteger(value) && value >= 1)) {
      throw new RangeError(`${name} must be a whole number >= 1 when set (got ${value})`)
    }
  }
}

/** Why an order cannot be waved at all (bad data), or null. Also locates its lines. */
function inspect(order: WaveCandidateOrder, index: number, layout: WarehouseLayout): { reason: string } | EligibleOrder {
  const placedAt = toTime(order.placed_at)
  if (!Number.isFinite(placedAt)) return { reason: `placed_at "${order.placed_at}" is not a valid date` }
  if (order.priority !== undefined && !Number.isFinite(order.priority)) return { reason: `priority ${order.priority} is not a number` }
  if (!Array.isArray(order.lines) || order.lines.length === 0) return { reason: "order has no lines to pick" }
  const picks: PickPoint[] = []
  let units = 0
  for (const line of order.lines) {
    if (!Number.isInteger(line.quantity) || line.quantity < 1) {
      return { reason: `line ${line.line_item_id}: quantity ${line.quantity} must be a whole number >= 1` }
    }
    const parsed = parseBinCode(line.bin_code, layout)
    if (!parsed.ok) return { reason: `line ${line.line_item_id}: bin ${line.bin_code}: ${parsed.reason}` }
    const { aisle, y_m } = binCoordinates(layout, parsed.bin)
    picks.push({ aisle, y_m, bin_code: line.bin_code })
    units += line.quantity
  }
  return { order, index, placedAt, priority: order.priority ?? 0, units, picks }
}

function filterReason(candidate: EligibleOrder, filters: WaveFilters): string | null {
  const { order } = candidate
  if (filters.placed_before !== undefined) {
    const before = toTime(filters.placed_before)
    if (candidate.placedAt >= before) {
      return `placed at ${new Date(candidate.placedAt).toISOString()}, not before ${new Date(before).toISOString()}`
    }
  }
  if (filters.shipping_option_ids && !filters.shipping_option_ids.includes(order.shipping_option_id as string)) {
    return `shipping option ${order.shipping_option_id ?? "(none)"} is not in this wave's shipping options`
  }
  if (filters.min_priority !== undefined && candidate.priority < filters.min_priority) {
    return `priority ${candidate.priority} is below min_priority ${filters.min_priority}`
  }
  return null
}

/** Priority first (high to low), then oldest, then order id so ties never depend on input order. */
const byUrgency = (p: EligibleOrder, q: EligibleOrder) =>
  q.priority - p.priority ||
  p.placedAt - q.placedAt ||
  (p.order.order_id < q.order.order_id ? -1 : p.order.order_id > q.order.order_id ? 1 : 0)

/**
 * Greedy fill in urgency order. A too-large order is skipped and smaller, less urgent ones may
 * still fill the remaining item budget (first fit), so capacity is not wasted.
 */
export function selectOrders(
  layout: WarehouseLayout,
  orders: WaveCandidateOrder[],
  filters: WaveFilters,
  limits: WaveLimits,
  mode: WaveMode
): Selection {
  checkSettings(filters, limits)
  const reasonByIndex = new Map<number, string>()
  const eligible: EligibleOrder[] = []
  const seen = new Set<string>()
  orders.forEach((order, index) => {
    if (typeof order?.order_id !== "string" || order.order_id === "") {
      reasonByIndex.set(index, "order_id must be a non-empty string")
      return
    }
    if (seen.has(order.order_id)) {
      reasonByIndex.set(index, "duplicate order_id: only the first occurrence is considered")
      return
    }
    seen.add(order.order_id)
    const inspected = inspect(order, index, layout)
    const reason = "reason" in inspected ? inspected.reason : filterReason(inspected, filters)
    if (reason) reasonByIndex.set(index, reason)
    else eligible.push(inspected as EligibleOrder)
  })

  const orderCap = Math.min(limits.max_orders ?? Infinity, limits.cart_totes ?? Infinity, mode === "single" ? 1 : Infinity)
  const fullReason =
    mode === "single" && orderCap === 1
      ? "single-order mode: one order per wave"
      : orderCap === limits.cart_totes
        ? `cart is full: ${limits.cart_totes} totes`
        : `wave is full: max_orders ${limits.max_orders}`
  const selected: EligibleOrder[] = []
  let units = 0
  for (const candidate of eligible.sort(byUrgency)) {
    if (selected.length >= orderCap) {
      reasonByIndex.set(candidate.index, fullReason)
    } else if (limits.max_items !== undefined && units + candidate.units > limits.max_items) {
      reasonByIndex.set(
        candidate.index,
        candidate.units > limits.max_items
          ? `order has ${candidate.units} items, more than max_items ${limits.max_items}`
          : `would exceed max_items ${limits.max_items} (${units} items already in the wave + ${candidate.units})`
      )
    } else {
      selected.push(candidate)
      units += candidate.units
    }
  }
  // Skipped orders are reported in input order, which is how a caller usually scans them.
  const skipped = [...reasonByIndex.keys()]
    .sort((a, b) => a - b)
    .map((index) => ({ order_id: String(orders[index]?.order_id), reason: reasonByIndex.get(index)! }))
  return { selected, skipped }
}
