import { compareKeys } from "./csat"
import type { Period } from "./periods"

/**
 * Days after a customer's first order of the period within which a second order counts as
 * buying again. 90 days is the usual horizon for a shop's repeat rate (one season), and it
 * is long enough for everyday goods bought monthly to show up.
 */
export const REPEAT_WINDOW_DAYS = 90

const DAY_MS = 86_400_000

/** One order as the repeat-purchase rate reads it. */
export interface CustomerOrder {
  order_id: string
  /**
   * Who ordered: the customer's email address. Medusa gives every checkout a customer record,
   * guests included (one per email, lower-cased), and a guest who later signs up gets a second
   * record with the same email, so the email is what joins a person's orders. Null (an order
   * without a customer, e.g. made in the admin without one): left out.
   */
  customer: string | null
  placed_at: Date
  /** The centres that ship it (a split order has several). */
  stock_location_ids: readonly string[]
  region_id: string | null
  /** Canceled orders are neither a first order nor a repeat. */
  canceled: boolean
}

export interface RepeatRate {
  /** Customers whose first order of the period is in the group. */
  customers: number
  /** Of them, those who ordered again within the window. */
  repeated: number
  /** Of the others, those whose window has not ended yet: they can still come back. */
  still_open: number
  /** repeated / customers; null without customers. Can only grow while windows are open. */
  rate: number | null
}

export const repeatRateOf = (customers: number, repeated: number, still_open: number): RepeatRate => ({
  customers,
  repeated,
  still_open,
  rate: customers > 0 ? repeated / customers : null,
})

/** Whether an order placed at `next` is a repeat of the first order placed at `first`. */
export const isWithinRepeatWindow = (first: Date, next: Date, windowDays = REPEAT_WINDOW_DAYS) =>
  next.getTime() - first.getTime() <= windowDays * DAY_MS

/** Whether a first order placed at `first` can still be followed by a repeat at `now`. */
export const isRepeatWindowOpen = (first: Date, now: Date, windowDays = REPEAT_WINDOW_DAYS) =>
  first.getTime() + windowDays * DAY_MS > now.getTime()

export interface GroupRepeatRate {
  key: string | null
  repeat: RepeatRate
}

export interface RepeatPurchase {
  window_days: number
  overall: RepeatRate
  /** By the centres that shipped the first order (a split first order counts for each). */
  by_centre: GroupRepeatRate[]
  /** By the first order's region. */
  by_region: GroupRepeatRate[]
}

const byOrder = (a: CustomerOrder, b: CustomerOrder) => a.placed_at.getTime() - b.placed_at.getTime() || compareKeys(a.order_id, b.order_id)

/**
 * Repeat-purchase rate: of the customers whose first order in the period (earliest placed, not
 * canceled) matches `firstMatches` (the page's filters), the share who placed another order
 * that was not canceled after it and within `windowDays` days of it. `orders` must hold every
 * order of those customers that can be a repeat (up to the window's end).
 */
export function repeatPurchase(
  orders: readonly CustomerOrder[],
  period: Period,
  now: Date,
  { windowDays = REPEAT_WINDOW_DAYS, firstMatches = () => true }: { windowDays?: number; firstMatches?: (first: CustomerOrder) => boolean } = {}
): RepeatPurchase {
  const byCustomer = new Map<string, CustomerOrder[]>()
  for (const order of orders) {
    if (order.customer === null || order.canceled) continue
    const list = byCustomer.get(order.customer) ?? []
    list.push(order)
    byCustomer.set(order.customer, list)
  }
  type Counts = { customers: number; repeated: number; open: number }
  const overall: Counts = { customers: 0, repeated: 0, open: 0 }
  const centres = new Map<string | null, Counts>()
  const regions = new Map<string | null, Counts>()
  const tally = (counts: Counts, repeated: boolean, open: boolean) => {
    counts.customers++
    if (repeated) counts.repeated++
    else if (open) counts.open++
    return counts
  }
  const add = (groups: Map<string | null, Counts>, key: string | null, repeated: boolean, open: boolean) =>
    groups.set(key, tally(groups.get(key) ?? { customers: 0, repeated: 0, open: 0 }, repeated, open))
  for (const list of byCustomer.values()) {
    list.sort(byOrder)
    const index = list.findIndex((o) => o.placed_at >= period.from && o.placed_at < period.to)
    if (index < 0 || !firstMatches(list[index])) continue
    const first = list[index]
    const next = list[index + 1]
    const repeated = !!next && isWithinRepeatWindow(first.placed_at, next.placed_at, windowDays)
    const open = isRepeatWindowOpen(first.placed_at, now, windowDays)
    tally(overall, repeated, open)
    const firstCentres = [...new Set(first.stock_location_ids)]
    for (const centre of firstCentres.length ? firstCentres : [null]) add(centres, centre, repeated, open)
    add(regions, first.region_id, repeated, open)
  }
  const rates = (groups: Map<string | null, Counts>) =>
    [...groups]
      .map(([key, c]) => ({ key, repeat: repeatRateOf(c.customers, c.repeated, c.open) }))
      .sort((a, b) => b.repeat.customers - a.repeat.customers || compareKeys(a.key, b.key))
  return {
    window_days: windowDays,
    overall: repeatRateOf(overall.customers, overall.repeated, overall.open),
    by_centre: rates(centres),
    by_region: rates(regions),
  }
}
