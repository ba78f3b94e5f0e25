import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { Period, ReturnCell, ReturnRateDimension } from "../../../../../lib/kpi"

export interface ReturnRateFilters {
  stock_location_id?: string
  cause?: string
}

/**
 * How each breakdown finds its group: on the shipments (units shipped) and on the returned
 * lines (units back). Reasons and causes exist only on returns: their shipped units are all
 * units shipped. A shipment packed in several carton sizes counts its units for each size.
 */
const KEYS: Record<ReturnRateDimension, { shipped: string | null; returned: string }> = {
  product: { shipped: "li.product_id", returned: "r.product_id" },
  reason: { shipped: null, returned: "r.reason_value" },
  cause: { shipped: null, returned: "r.cause" },
  centre: { shipped: "s.stock_location_id", returned: "r.stock_location_id" },
  picker: { shipped: "s.picked_by", returned: "r.picked_by" },
  packer: { shipped: "s.packed_by", returned: "r.packed_by" },
  carton: { shipped: "c.code", returned: "r.carton_code" },
  carrier: { shipped: "s.shipping_option_id", returned: "r.shipping_option_id" },
  channel: { shipped: "s.sales_channel_id", returned: "r.sales_channel_id" },
  region: { shipped: "s.region_id", returned: "r.region_id" },
}

/** What a shipped row is joined to for its group (product: its lines; carton: its cartons). */
const SHIPPED_FROM: Partial<Record<ReturnRateDimension, string>> = {
  product: `shipped s cross join lateral jsonb_array_elements(s.lines) l left join order_line_item li on li.id = l->>'line_item_id'`,
  carton: `shipped s left join lateral (select distinct u.code from unnest(s.carton_codes) as u(code)) c on true`,
}
const SHIPPED_UNITS: Partial<Record<ReturnRateDimension, string>> = { product: `(l->>'quantity')::numeric` }

/**
 * The cohort, as the dashboard's return rate reads it: the parts of the orders placed in the
 * period that are live, not canceled and have shipped (`shipped`), and the returned lines of
 * those orders whenever they came (`returned`), with the week each order was placed in the
 * admin's time zone and what each returned unit was sold for.
 */
function cohort(period: Period, filters: ReturnRateFilters, timeZone: string) {
  const params: any[] = [timeZone, period.from, period.to]
  let shipped = `select s.*, to_char(date_trunc('week', s.placed_at at time zone ?), 'YYYY-MM-DD') as week
      from oms_shipment s
     where s.deleted_at is null and s.placed_at >= ? and s.placed_at < ?
       and s.stage not in ('rerouted', 'canceled') and coalesce(s.shipped_at, s.delivered_at) is not null`
  if (filters.stock_location_id) {
    shipped += ` and s.stock_location_id = ?`
    params.push(filters.stock_location_id)
  }
  let returned = `select r.*, o.week, coalesce(li.unit_price, 0) as unit_price, ord.currency_code
      from oms_return_line r
      join (select order_id, min(week) as week from shipped group by order_id) o on o.order_id = r.order_id
      left join order_line_item li on li.id = r.line_item_id
      left join "order" ord on ord.id = r.order_id
     where r.deleted_at is null`
  if (filters.stock_location_id) {
    returned += ` and r.stock_location_id = ?`
    params.push(filters.stock_location_id)
  }
  if (filters.cause) {
    returned += ` and r.cause = ?`
    params.push(filters.cause)
  }
  return { sql: `with shipped as (${shipped}), returned as (${returned})`, params }
}

const num = (v: unknown) => Number(v ?? 0)

/**
 * The breakdown's cells in SQL, grouped in the database: units shipped per group, units back
 * (and their lines and sale value per currency) per group, the same per week for the groups
 * asked for (`weeklyKeys`; the others summed as one), and the latest customer words of those
 * groups.
 */
export async function returnRateCells(scope: MedusaContainer, period: Period, filters: ReturnRateFilters, by: ReturnRateDimension, timeZone: string) {
  const knex = scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const base = cohort(period, filters, timeZone)
  const key = KEYS[by]
  const from = SHIPPED_FROM[by] ?? "shipped s"
  const units = SHIPPED_UNITS[by] ?? "s.units"
  const shippedKey = key.shipped ?? "null"
  const [shipped, returned, total] = await Promise.all([
    knex.raw(`${base.sql} select ${shippedKey} as key, sum(${units}) as units from ${from} group by 1`, base.params),
    knex.raw(
      `${base.sql} select ${key.returned} as key, r.currency_code, sum(r.quantity) as units, count(distinct r.source_item_id) as lines,
              sum(r.quantity * r.unit_price) as refund, max(r.reason_path -> -1 ->> 'label') as label
         from returned r group by 1, 2`,
      base.params
    ),
    knex.raw(`${base.sql} select coalesce(sum(s.units), 0) as units from shipped s`, base.params),
  ])
  const totalShipped = num(total.rows[0]?.units)
  const currencies = [...new Set((returned.rows as Record<string, any>[]).map((r) => r.currency_code ?? null))]
  const labels = new Map<string | null, string>()
  // a reason is named by its label (the last level chosen); the other groups are named by the admin
  if (by === "reason") for (const r of returned.rows as Record<string, any>[]) if (r.label) labels.set(r.key ?? null, r.label)
  const cells: ReturnCell[] = [
    // reasons and causes are measured against every unit shipped
    ...(key.shipped ? (shipped.rows as Record<string, any>[]).map((r) => ({ key: r.key ?? null, shipped_units: num(r.units), returned_units: 0, returned_lines: 0, refund: 0 })) : []),
    ...(returned.rows as Record<string, any>[]).map((r) => ({
      key: r.key ?? null,
      shipped_units: key.shipped ? 0 : totalShipped,
      returned_units: num(r.units),
      returned_lines: num(r.lines),
      refund: num(r.refund),
    })),
  ]
  const refundByCurrency = new Map<string | null, number>()
  for (const r of returned.rows as Record<string, any>[]) refundByCurrency.set(r.currency_code ?? null, (refundByCurrency.get(r.currency_code ?? null) ?? 0) + num(r.refund))
  return {
    cells: key.shipped ? cells : mergeShippedTotal(cells, totalShipped),
    total_shipped: totalShipped,
    currency_code: currencies.length === 1 ? currencies[0] : null,
    mixed_currencies: currencies.length > 1,
    refund_by_currency: [...refundByCurrency].map(([currency_code, amount]) => ({ currency_code, amount })),
    labels,
  }
}

/** A reason or cause that came back in several currencies is one group measured once against every unit shipped. */
function mergeShippedTotal(cells: ReturnCell[], totalShipped: number): ReturnCell[] {
  const seen = new Set<string | null>()
  return cells.map((c) => {
    const first = !seen.has(c.key)
    seen.add(c.key)
    return { ...c, shipped_units: first ? totalShipped : 0 }
  })
}

/** Units shipped and back per week, for the groups in `keys` (every other group summed as null). */
export async function weeklyCells(scope: MedusaContainer, period: Period, filters: ReturnRateFilters, by: ReturnRateDimension, timeZone: string, keys: string[]) {
  const knex = scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const base = cohort(period, filters, timeZone)
  const key = KEYS[by]
  const from = SHIPPED_FROM[by] ?? "shipped s"
  const units = SHIPPED_UNITS[by] ?? "s.units"
  const chosen = (expr: string) => `case when ${expr} = any(?) then ${expr} end`
  const [shipped, returned] = await Promise.all([
    key.shipped
      ? knex.raw(`${base.sql} select s.week, ${chosen(key.shipped)} as key, sum(${units}) as units from ${from} group by 1, 2`, [...base.params, keys])
      : knex.raw(`${base.sql} select s.week, null as key, sum(s.units) as units from shipped s group by 1, 2`, base.params),
    knex.raw(`${base.sql} select r.week, ${chosen(key.returned)} as key, sum(r.quantity) as units from returned r group by 1, 2`, [...base.params, keys]),
  ])
  const rows = (result: { rows: Record<string, any>[] }) => result.rows.map((r) => ({ week: String(r.week), key: (r.key ?? null) as string | null, units: num(r.units) }))
  return { shipped: rows(shipped), returned: rows(returned), shipped_is_total: !key.shipped }
}

/** The latest customer words (the return's note) of each group in `keys`, three a group, with the cause each came back for. */
export async function latestWords(scope: MedusaContainer, period: Period, filters: ReturnRateFilters, by: ReturnRateDimension, timeZone: string, keys: string[]) {
  if (!keys.length) return new Map<string, { note: string; cause: string; requested_at: Date | null }[]>()
  const knex = scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const base = cohort(period, filters, timeZone)
  const expr = KEYS[by].returned
  const { rows } = await knex.raw(
    // a group partly damaged is two rows with the same words: one quote per returned item
    `${base.sql} select key, note, cause, requested_at from (
        select key, note, cause, requested_at, row_number() over (partition by key order by requested_at desc nulls last, id) as n
          from (
            select distinct on (r.source_item_id) ${expr} as key, r.note, r.cause, r.requested_at, r.id
              from returned r where r.note is not null and btrim(r.note) <> '' and ${expr} = any(?)
             order by r.source_item_id, r.requested_at desc nulls last, r.id
          ) one_per_item
      ) x where n <= 3 order by key, n`,
    [...base.params, keys]
  )
  const words = new Map<string, { note: string; cause: string; requested_at: Date | null }[]>()
  for (const r of rows as Record<string, any>[]) words.set(r.key, [...(words.get(r.key) ?? []), { note: r.note, cause: r.cause, requested_at: r.requested_at }])
  return words
}

/**
 * One product over the same cohort (the product page's card): units of it that left, and units
 * of it back per cause, lines counted once however a group was split into damaged and intact.
 */
export async function productReturnCells(scope: MedusaContainer, period: Period, productId: string) {
  const knex = scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  // weeks are not read here; any zone will do
  const base = cohort(period, {}, "UTC")
  const [shipped, returned] = await Promise.all([
    knex.raw(`${base.sql} select coalesce(sum(${SHIPPED_UNITS.product}), 0) as units from ${SHIPPED_FROM.product} where li.product_id = ?`, [...base.params, productId]),
    knex.raw(
      `${base.sql} select r.cause, sum(r.quantity) as units, count(distinct r.source_item_id) as lines from returned r where r.product_id = ? group by 1`,
      [...base.params, productId]
    ),
  ])
  return {
    shipped_units: num(shipped.rows[0]?.units),
    by_cause: (returned.rows as Record<string, any>[]).map((r) => ({ cause: String(r.cause), units: num(r.units), lines: num(r.lines) })),
  }
}

/**
 * The validator accepts time zones the JavaScript runtime knows; the weeks are cut by
 * PostgreSQL, whose list can differ: one it does not know is the caller's mistake, a 400.
 */
export async function assertDatabaseTimeZone(scope: MedusaContainer, timeZone: string) {
  const knex = scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  try {
    await knex.raw(`select now() at time zone ?`, [timeZone])
  } catch {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `time_zone ${timeZone} is not a time zone the database knows; use a name such as Asia/Jakarta`)
  }
}
