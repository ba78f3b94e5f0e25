import { checkCalendars } from "./calendar"
import { DRILL_SPECS, type DrillKpi, type NotPerfectReason } from "./drill-kpis"
import type { CentreCalendars, ReturnedLineFact, ShipmentFact } from "./facts"
import { backOrderRate, fillRates } from "./fill-rates"
import { deliverByOf, onTimeDeliveryRate, onTimeShipmentRate, shipByOf } from "./on-time"
import { splitShipmentRate } from "./per-order"
import { orderAccuracy, perfectOrders } from "./perfect-order"
import { returnRates } from "./return-rates"
import { OrderRows, ordersOf, Rate, shippedAt } from "./rows"

/** One order (or, for the on-time KPIs, one shipment) a KPI counts, and where it landed. */
export interface KpiOrderRow {
  order_id: string
  /** The shipment, when the KPI counts shipments; null when it counts orders. */
  shipment_id: string | null
  /** Centres of the parts the row is about (the shipment's own, or the order's live parts'). */
  stock_location_ids: string[]
  placed_at: Date
  /** DRILL_SPECS[kpi].counted when the row is in the KPI's numerator, else .rest. */
  outcome: string
  in_numerator: boolean
  /** A "not_perfect" order: which parts of the definition it failed; empty otherwise. */
  reasons: NotPerfectReason[]
  /** On-time rows: the deadline, and when the shipment left or arrived (null: not yet). */
  deadline: Date | null
  done_at: Date | null
  /** Return-rate rows: units shipped and units returned, which the units rate adds up. */
  units: number | null
  returned_units: number | null
}

interface Context {
  returns: readonly ReturnedLineFact[]
  calendars: CentreCalendars
  now: Date
}

const centresOf = (facts: readonly ShipmentFact[]) => [...new Set(facts.filter((f) => f.stage !== "rerouted").map((f) => f.stock_location_id).filter((id): id is string => id !== null))]

function row(kpi: DrillKpi, order: OrderRows, rate: Rate, extra: Partial<KpiOrderRow> = {}): KpiOrderRow {
  const inNumerator = rate.numerator > 0
  const spec = DRILL_SPECS[kpi]
  return {
    order_id: order.order_id,
    shipment_id: null,
    stock_location_ids: centresOf(order.all),
    placed_at: order.placed_at,
    outcome: inNumerator ? spec.counted : spec.rest,
    in_numerator: inNumerator,
    reasons: [],
    deadline: null,
    done_at: null,
    units: null,
    returned_units: null,
    ...extra,
  }
}

/** A shipment KPI: the definition applied to each part alone (each part counts on its own). */
const perShipment =
  (kpi: DrillKpi, rateOf: (fact: ShipmentFact, c: Context) => Rate, deadlineOf: (fact: ShipmentFact, c: Context) => Date | null, doneOf: (fact: ShipmentFact) => Date | null) =>
  (order: OrderRows, c: Context): KpiOrderRow[] =>
    order.all.flatMap((fact) => {
      const rate = rateOf(fact, c)
      if (!rate.denominator) return []
      return [row(kpi, order, rate, { shipment_id: fact.shipment_id, stock_location_ids: centresOf([fact]), placed_at: fact.placed_at, deadline: deadlineOf(fact, c), done_at: doneOf(fact) })]
    })

/** An order KPI: the definition applied to the order's own rows and returns. */
const perOrder =
  (kpi: DrillKpi, rateOf: (order: OrderRows, c: Context) => Rate, extra: (order: OrderRows, c: Context) => Partial<KpiOrderRow> = () => ({})) =>
  (order: OrderRows, c: Context): KpiOrderRow[] => {
    const rate = rateOf(order, c)
    return rate.denominator ? [row(kpi, order, rate, extra(order, c))] : []
  }

function notPerfectReasons(order: OrderRows, c: Context): NotPerfectReason[] {
  const p = perfectOrders(order.all, c.returns, c.calendars)
  const failed: [NotPerfectReason, Rate][] = [["not_in_full", p.in_full], ["late", p.on_time], ["damaged", p.damage_free], ["wrong_item", p.accurate]]
  return failed.filter(([, rate]) => rate.denominator > 0 && rate.numerator === 0).map(([reason]) => reason)
}

const ROWS: Record<DrillKpi, (order: OrderRows, c: Context) => KpiOrderRow[]> = {
  on_time_shipment: perShipment("on_time_shipment", (f, c) => onTimeShipmentRate([f], c.calendars, c.now), (f, c) => shipByOf(f, c.calendars), shippedAt),
  on_time_delivery: perShipment("on_time_delivery", (f, c) => onTimeDeliveryRate([f], c.calendars, c.now), (f, c) => deliverByOf(f, c.calendars), (f) => f.delivered_at),
  perfect_order: perOrder("perfect_order", (o, c) => perfectOrders(o.all, c.returns, c.calendars).perfect, (o, c) => ({ reasons: notPerfectReasons(o, c) })),
  order_accuracy: perOrder("order_accuracy", (o, c) => orderAccuracy(o.all, c.returns)),
  fill_rate: perOrder("fill_rate", (o) => fillRates(o.all).order),
  back_order_rate: perOrder("back_order_rate", (o) => backOrderRate(o.all)),
  split_shipment_rate: perOrder("split_shipment_rate", (o) => splitShipmentRate(o.all)),
  return_rate: perOrder(
    "return_rate",
    (o, c) => returnRates(o.all, c.returns).orders,
    (o, c) => {
      const units = returnRates(o.all, c.returns).units
      return { units: units.denominator, returned_units: units.numerator }
    }
  ),
}

const byNewest = (a: KpiOrderRow, b: KpiOrderRow) =>
  b.placed_at.getTime() - a.placed_at.getTime() || a.order_id.localeCompare(b.order_id) || (a.shipment_id ?? "").localeCompare(b.shipment_id ?? "")

/**
 * The orders (shipments, for the on-time KPIs) a KPI of `kpiSummary` counts in its denominator,
 * each with whether it is in the numerator, newest placement first. Every definition counts
 * order by order (a shipment by itself for the on-time ones), so each row is the definition
 * itself applied to that one order's rows and returns: the rows add up to the tile's figure.
 * The return rate's rows are its orders figure; their `units` and `returned_units` add up to
 * its units figure.
 */
export function kpiOrders(kpi: DrillKpi, facts: readonly ShipmentFact[], returns: readonly ReturnedLineFact[], calendars: CentreCalendars, now: Date): KpiOrderRow[] {
  checkCalendars(calendars)
  const returnsByOrder = new Map<string, ReturnedLineFact[]>()
  for (const line of returns) {
    const lines = returnsByOrder.get(line.order_id) ?? []
    lines.push(line)
    returnsByOrder.set(line.order_id, lines)
  }
  const rows = ordersOf(facts).flatMap((order) => ROWS[kpi](order, { returns: returnsByOrder.get(order.order_id) ?? [], calendars, now }))
  return rows.sort(byNewest)
}
