/**
 * Deliberately plain second versions of the definitions, written without the library's helpers
 * (fixed UTC offsets instead of Intl, loops instead of grouping), for the property tests to
 * compare against. Only the fixture centres (whole-hour zones without daylight saving).
 */
import type { ReturnedLineFact, ShipmentFact } from "../facts"
import { CUTOFF_MINUTES, OFFSET_HOURS } from "./arbitraries"

const DAY = 86_400_000

/** A [numerator, denominator] pair as the library's Rate, written out by hand. */
export const asRate = ([numerator, denominator]: [number, number]) => ({ numerator, denominator, rate: denominator === 0 ? null : numerator / denominator })
const HOUR = 3_600_000

/**
 * Smallest value with at least p % of the values at or below it, by counting. `p` is compared
 * as a whole number of thousandths, so that 99.9 means 99.9 and not the double next to it.
 */
export function naivePercentile(values: number[], p: number): number | null {
  const thousandths = Math.round(p * 1000)
  if (values.length === 0) return null
  const candidates = [...new Set(values)].sort((a, b) => a - b)
  for (const candidate of candidates) {
    let atOrBelow = 0
    for (const v of values) if (v <= candidate) atOrBelow++
    if (atOrBelow * 100_000 >= thousandths * values.length) return candidate
  }
  return candidates[candidates.length - 1]
}

const weekday = (dayNumber: number) => (((dayNumber + 4) % 7) + 7) % 7 // day 0 (1 Jan 1970) was a Thursday

export function naiveShipByDay(placed: Date, offsetHours: number, cutoffMinutes: number | null, workingDays = [1, 2, 3, 4, 5]): number {
  const local = placed.getTime() + offsetHours * HOUR
  let day = Math.floor(local / DAY)
  const minuteOfDay = (local - day * DAY) / 60_000
  const sameDay = workingDays.includes(weekday(day)) && minuteOfDay < (cutoffMinutes ?? 24 * 60)
  if (!sameDay) {
    day++
    while (!workingDays.includes(weekday(day))) day++
  }
  return day
}

/** End of a local day number, as an instant. */
const endOfDay = (day: number, offsetHours: number) => new Date((day + 1) * DAY - offsetHours * HOUR)

export function naiveShipBy(placed: Date, offsetHours: number, cutoffMinutes: number | null, workingDays = [1, 2, 3, 4, 5]): Date {
  return endOfDay(naiveShipByDay(placed, offsetHours, cutoffMinutes, workingDays), offsetHours)
}

export function naiveDeliverBy(placed: Date, promised: number, offsetHours: number, cutoffMinutes: number | null): Date {
  let day = naiveShipByDay(placed, offsetHours, cutoffMinutes)
  let left = promised
  while (left > 0) {
    day++
    if (weekday(day) >= 1 && weekday(day) <= 5) left--
  }
  return endOfDay(day, offsetHours)
}

const counts = (f: ShipmentFact) => f.stage !== "rerouted" && f.stage !== "canceled"
const leftAt = (f: ShipmentFact) => f.shipped_at || f.delivered_at

const orderIds = (facts: ShipmentFact[]) => {
  const ids: string[] = []
  for (const f of facts) if (!ids.includes(f.order_id)) ids.push(f.order_id)
  return ids
}

/** Hours from placement to the last counted part shipped (or delivered), for complete orders. */
export function naiveOrderHours(facts: ShipmentFact[], until: "shipped" | "delivered"): number[] {
  const out: number[] = []
  for (const id of orderIds(facts)) {
    let last = -Infinity
    let complete = true
    let any = false
    let placed = Infinity
    for (const f of facts) {
      if (f.order_id !== id) continue
      placed = Math.min(placed, f.placed_at.getTime())
      if (!counts(f)) continue
      any = true
      const t = until === "shipped" ? leftAt(f) : f.delivered_at
      if (!t) complete = false
      else last = Math.max(last, t.getTime())
    }
    if (any && complete && last >= placed) out.push(last - placed)
  }
  return out
}

/** [on time, counted] shipments against the fixed-offset deadline. */
export function naiveOnTimeShipment(facts: ShipmentFact[], now: Date): [number, number] {
  let onTime = 0
  let counted = 0
  for (const f of facts) {
    if (!counts(f) || f.stock_location_id === null) continue
    const deadline = naiveShipBy(f.placed_at, OFFSET_HOURS[f.stock_location_id], CUTOFF_MINUTES[f.stock_location_id])
    const left = leftAt(f)
    if (left) {
      counted++
      if (left.getTime() < deadline.getTime()) onTime++
    } else if (deadline.getTime() <= now.getTime()) counted++
  }
  return [onTime, counted]
}

export function naiveOnTimeDelivery(facts: ShipmentFact[], now: Date): [number, number] {
  let onTime = 0
  let counted = 0
  for (const f of facts) {
    if (!counts(f) || f.stock_location_id === null || f.promised_days === null) continue
    const deadline = naiveDeliverBy(f.placed_at, f.promised_days, OFFSET_HOURS[f.stock_location_id], CUTOFF_MINUTES[f.stock_location_id])
    if (f.delivered_at) {
      counted++
      if (f.delivered_at.getTime() < deadline.getTime()) onTime++
    } else if (deadline.getTime() <= now.getTime()) counted++
  }
  return [onTime, counted]
}

/** [perfect, delivered] orders. */
export function naivePerfectOrders(facts: ShipmentFact[], returns: ReturnedLineFact[]): [number, number] {
  let perfect = 0
  let delivered = 0
  for (const id of orderIds(facts)) {
    const rows = facts.filter((f) => f.order_id === id && f.stage !== "rerouted")
    if (!rows.length || rows.some((f) => f.stage !== "delivered")) continue
    delivered++
    const bad = returns.some((r) => r.order_id === id && r.units > 0 && ["wrong_item", "damaged", "late_delivery"].includes(r.cause))
    let ok = !bad
    for (const f of rows) {
      if (f.backordered_units) ok = false
      if (f.stock_location_id === null) continue
      const offset = OFFSET_HOURS[f.stock_location_id]
      const cutoff = CUTOFF_MINUTES[f.stock_location_id]
      if (!(leftAt(f)!.getTime() < naiveShipBy(f.placed_at, offset, cutoff).getTime())) ok = false
      if (f.promised_days !== null && !(f.delivered_at!.getTime() < naiveDeliverBy(f.placed_at, f.promised_days, offset, cutoff).getTime())) ok = false
    }
    if (ok) perfect++
  }
  return [perfect, delivered]
}

/** [back-ordered, counted] orders. */
export function naiveBackOrders(facts: ShipmentFact[]): [number, number] {
  let hit = 0
  let counted = 0
  for (const id of orderIds(facts)) {
    const rows = facts.filter((f) => f.order_id === id)
    if (rows.every((f) => f.stage === "rerouted")) continue
    counted++
    if (rows.some((f) => f.stock_location_id === null || f.backordered_units > 0 || f.stage === "backordered")) hit++
  }
  return [hit, counted]
}

/** [split, counted] orders. */
export function naiveSplits(facts: ShipmentFact[]): [number, number] {
  let split = 0
  let counted = 0
  for (const id of orderIds(facts)) {
    const centres = facts.filter((f) => f.order_id === id && counts(f) && f.stock_location_id !== null).length
    if (centres >= 1) counted++
    if (centres >= 2) split++
  }
  return [split, counted]
}

/** [returned units, shipped units, orders with a return, shipped orders]. */
export function naiveReturns(facts: ShipmentFact[], returns: ReturnedLineFact[]): [number, number, number, number] {
  let returnedUnits = 0
  let shippedUnits = 0
  let returnedOrders = 0
  let shippedOrders = 0
  for (const id of orderIds(facts)) {
    const shipped = facts.filter((f) => f.order_id === id && counts(f) && leftAt(f))
    if (!shipped.length) continue
    shippedOrders++
    for (const f of shipped) shippedUnits += f.units
    const back = returns.filter((r) => r.order_id === id).reduce((s, r) => s + r.units, 0)
    returnedUnits += back
    if (back > 0) returnedOrders++
  }
  return [returnedUnits, shippedUnits, returnedOrders, shippedOrders]
}

/** [filled, known] lines, units and orders for first-time fill. */
export function naiveFill(facts: ShipmentFact[]): { line: [number, number]; unit: [number, number]; order: [number, number] } {
  const line: [number, number] = [0, 0]
  const unit: [number, number] = [0, 0]
  const order: [number, number] = [0, 0]
  for (const id of orderIds(facts)) {
    const rows = facts.filter((f) => f.order_id === id)
    const open = rows.filter(counts)
    if (!open.length) continue
    const supersededRoutings = rows.filter((f) => f.stage === "rerouted" && f.routed_at).map((f) => f.routed_at!.getTime())
    const missed = (f: ShipmentFact) =>
      f.stage === "rerouted" || f.stage === "backordered" || f.stock_location_id === null || f.backordered_units > 0 || f.short_picked_at !== null ||
      (f.routed_at !== null && supersededRoutings.some((t) => f.routed_at!.getTime() > t))
    for (const f of open) {
      if (!missed(f) && !leftAt(f)) continue
      line[1] += f.lines
      unit[1] += f.units
      if (!missed(f)) {
        line[0] += f.lines
        unit[0] += f.units
      }
    }
    if (rows.some(missed)) order[1]++
    else if (open.every(leftAt)) {
      order[0]++
      order[1]++
    }
  }
  return { line, unit, order }
}
