/**
 * A plain second version of the drill-down (kpiOrders) for the property tests: for each KPI, the
 * outcome of each order or shipment, written out by hand from the definitions' doc comments with
 * fixed UTC offsets and loops, without the library's helpers. Key: the shipment id for the
 * on-time KPIs, the order id for the others; value: the outcome (and, for perfect orders, the
 * reasons it is not perfect).
 */
import type { DrillKpi } from "../drill-kpis"
import type { ReturnedLineFact, ShipmentFact } from "../facts"
import { CUTOFF_MINUTES, OFFSET_HOURS } from "./arbitraries"
import { naiveDeliverBy, naiveShipBy } from "./naive"

const open = (f: ShipmentFact) => f.stage !== "rerouted" && f.stage !== "canceled"
const left = (f: ShipmentFact) => f.shipped_at || f.delivered_at
const shipBy = (f: ShipmentFact) => naiveShipBy(f.placed_at, OFFSET_HOURS[f.stock_location_id!], CUTOFF_MINUTES[f.stock_location_id!])
const deliverBy = (f: ShipmentFact) => naiveDeliverBy(f.placed_at, f.promised_days!, OFFSET_HOURS[f.stock_location_id!], CUTOFF_MINUTES[f.stock_location_id!])

function deadlineOutcome(done: Date | null, deadline: Date, now: Date): string | null {
  if (done) return done.getTime() < deadline.getTime() ? "on_time" : "late"
  return deadline.getTime() <= now.getTime() ? "late" : null
}

function orderOutcome(kpi: DrillKpi, rows: ShipmentFact[], returns: ReturnedLineFact[]): string | null {
  const live = rows.filter((f) => f.stage !== "rerouted")
  const openRows = rows.filter(open)
  const causes = returns.filter((r) => r.units > 0).map((r) => r.cause)
  const delivered = live.length > 0 && live.every((f) => f.stage === "delivered")
  switch (kpi) {
    case "perfect_order":
      return delivered ? (notPerfect(rows, returns).length ? "not_perfect" : "perfect") : null
    case "order_accuracy":
      return delivered ? (causes.includes("wrong_item") ? "wrong_item" : "accurate") : null
    case "back_order_rate":
      if (!live.length) return null
      return rows.some((f) => f.stage === "backordered" || f.stock_location_id === null || f.backordered_units > 0) ? "backordered" : "not_backordered"
    case "split_shipment_rate": {
      const atCentres = openRows.filter((f) => f.stock_location_id !== null).length
      return atCentres === 0 ? null : atCentres >= 2 ? "split" : "one_shipment"
    }
    case "return_rate":
      if (!openRows.some(left)) return null
      return returns.some((r) => r.units > 0) ? "returned" : "kept"
    case "fill_rate": {
      if (!openRows.length) return null
      const reroutes = rows.filter((f) => f.stage === "rerouted" && f.routed_at).map((f) => f.routed_at!.getTime())
      const missed = (f: ShipmentFact) =>
        f.stage === "rerouted" || f.stage === "backordered" || f.stock_location_id === null || f.backordered_units > 0 || f.short_picked_at !== null ||
        (f.routed_at !== null && reroutes.some((t) => f.routed_at!.getTime() > t))
      if (rows.some(missed)) return "missed"
      return openRows.every(left) ? "filled" : null
    }
    default:
      throw new Error(`${kpi} is not an order KPI`)
  }
}

/** The four perfect-order tests a delivered order fails, in the definition's order. */
export function notPerfect(rows: ShipmentFact[], returns: ReturnedLineFact[]): string[] {
  const live = rows.filter((f) => f.stage !== "rerouted")
  const causes = returns.filter((r) => r.units > 0).map((r) => r.cause)
  const out: string[] = []
  if (live.some((f) => f.backordered_units > 0)) out.push("not_in_full")
  const late = causes.includes("late_delivery") || live.some((f) =>
    f.stock_location_id !== null && (!(left(f)!.getTime() < shipBy(f).getTime()) || (f.promised_days !== null && !(f.delivered_at!.getTime() < deliverBy(f).getTime())))
  )
  if (late) out.push("late")
  if (causes.includes("damaged")) out.push("damaged")
  if (causes.includes("wrong_item")) out.push("wrong_item")
  return out
}

export function naiveKpiOrders(kpi: DrillKpi, facts: ShipmentFact[], returns: ReturnedLineFact[], now: Date): Map<string, string> {
  const out = new Map<string, string>()
  if (kpi === "on_time_shipment" || kpi === "on_time_delivery") {
    for (const f of facts) {
      if (!open(f) || f.stock_location_id === null) continue
      if (kpi === "on_time_delivery" && f.promised_days === null) continue
      const outcome = kpi === "on_time_shipment" ? deadlineOutcome(left(f), shipBy(f), now) : deadlineOutcome(f.delivered_at, deliverBy(f), now)
      if (outcome) out.set(f.shipment_id, outcome)
    }
    return out
  }
  const ids: string[] = []
  for (const f of facts) if (!ids.includes(f.order_id)) ids.push(f.order_id)
  for (const id of ids) {
    const outcome = orderOutcome(kpi, facts.filter((f) => f.order_id === id), returns.filter((r) => r.order_id === id))
    if (outcome) out.set(id, outcome)
  }
  return out
}
