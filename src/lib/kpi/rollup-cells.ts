import type { CentreCalendars, ReturnedLineFact, ShipmentFact } from "./facts"
import { KpiPartial, kpiPartial, mergeAllPartials } from "./partial"

/** The key of a rollup cell that stands for every centre, channel or region. */
export const ANY = "*"
/** The key of an order without a sales channel or region (it matches no filter, only ANY). */
export const NONE = ""

export interface RollupKey {
  stock_location: string
  sales_channel: string
  region: string
}

export interface RollupCell extends RollupKey {
  partial: KpiPartial
}

const keyText = (k: RollupKey) => `${k.stock_location}\u0000${k.sales_channel}\u0000${k.region}`

/**
 * The rollup cells of some whole orders (one day's, in practice): for every combination of
 * filters the dashboard offers — a centre or all, a channel or all, a region or all — the
 * partial of the orders it would select. An order counts for a centre when any of its parts
 * (superseded ones too) was at that centre, with all its parts, as the KPI route selects orders;
 * so a split order is in two centre cells but once in the all-centres cell. Orders are grouped
 * by what they touch first, so each order's KPIs are worked out once, then merged into cells.
 */
export function rollupCells(
  facts: readonly ShipmentFact[],
  returns: readonly ReturnedLineFact[],
  ratings: readonly { order_id: string; rating: number }[],
  calendars: CentreCalendars
): RollupCell[] {
  const byOrder = new Map<string, ShipmentFact[]>()
  for (const fact of facts) {
    const rows = byOrder.get(fact.order_id) ?? []
    rows.push(fact)
    byOrder.set(fact.order_id, rows)
  }
  const groups = new Map<string, { centres: string[]; channel: string; region: string; orders: Set<string> }>()
  for (const [orderId, rows] of byOrder) {
    const centres = [...new Set(rows.map((r) => r.stock_location_id).filter((c): c is string => c !== null))].sort()
    const channel = rows[0].sales_channel_id ?? NONE
    const region = rows[0].region_id ?? NONE
    const id = `${centres.join(",")}\u0000${channel}\u0000${region}`
    const group = groups.get(id) ?? { centres, channel, region, orders: new Set<string>() }
    group.orders.add(orderId)
    groups.set(id, group)
  }
  // each group's partial goes into every cell it counts for; a cell's partials are added up once
  const perGroup: RollupCell[] = []
  for (const group of groups.values()) {
    const partial = kpiPartial(
      facts.filter((f) => group.orders.has(f.order_id)),
      returns.filter((r) => group.orders.has(r.order_id)),
      calendars,
      ratings.filter((r) => group.orders.has(r.order_id)).map((r) => r.rating)
    )
    for (const stock_location of [ANY, ...group.centres])
      for (const sales_channel of [ANY, group.channel])
        for (const region of [ANY, group.region]) perGroup.push({ stock_location, sales_channel, region, partial })
  }
  return mergeCells([perGroup])
}

/** The cell a filter reads: the given centre, channel and region, or all of each. */
export const rollupKeyOf = (filters: { stock_location_id?: string; sales_channel_id?: string; region_id?: string }): RollupKey => ({
  stock_location: filters.stock_location_id ?? ANY,
  sales_channel: filters.sales_channel_id ?? ANY,
  region: filters.region_id ?? ANY,
})

/** Cells of separate orders (chunks of one day) as one list: each key's partials added up. */
export function mergeCells(lists: readonly RollupCell[][]): RollupCell[] {
  const byKey = new Map<string, { key: RollupKey; partials: KpiPartial[] }>()
  for (const cell of lists.flat()) {
    const id = keyText(cell)
    const entry = byKey.get(id) ?? { key: { stock_location: cell.stock_location, sales_channel: cell.sales_channel, region: cell.region }, partials: [] }
    entry.partials.push(cell.partial)
    byKey.set(id, entry)
  }
  return [...byKey.values()].map(({ key, partials }) => ({ ...key, partial: partials.length === 1 ? partials[0] : mergeAllPartials(partials) }))
}
