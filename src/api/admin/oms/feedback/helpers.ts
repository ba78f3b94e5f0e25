import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { REPEAT_WINDOW_DAYS, type FeedbackComment, type Period, type RatingCount } from "../../../../lib/kpi"
import { ordersPlacedIn, type KpiFilters } from "../../../../workflows/kpis/load-kpi-facts"

export type FeedbackFilters = KpiFilters

const asCounts = (rows: Record<string, any>[]): RatingCount[] =>
  rows.map((r) => ({ key: r.key ?? null, rating: Number(r.rating), count: Number(r.count) }))

/**
 * Ratings of the period's orders counted per rating in three groupings: the centre the rating
 * is for, the carrier (the shipment's shipping option; a rating from the account covers the
 * whole order and takes the order's option when all its parts share one), and the region.
 */
export async function ratingCounts(scope: MedusaContainer, period: Period, filters: FeedbackFilters) {
  const knex = scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const rated = () => knex("oms_feedback as f").whereNull("f.deleted_at").whereIn("f.order_id", ordersPlacedIn(knex, period, filters))
  const orderOption = knex.raw(
    `(select case when count(distinct s2.shipping_option_id) = 1 then min(s2.shipping_option_id) end
        from oms_shipment s2 where s2.order_id = f.order_id and s2.deleted_at is null and s2.stage <> 'rerouted')`
  )
  const [centre, carrier, region] = await Promise.all([
    rated().select({ key: "f.stock_location_id", rating: "f.rating" }).count({ count: "*" }).groupBy("f.stock_location_id", "f.rating"),
    rated()
      .leftJoin("oms_shipment as s", function (this: any) {
        this.on("s.id", "=", "f.shipment_id").andOnNull("s.deleted_at")
      })
      .select({ key: knex.raw(`coalesce(s.shipping_option_id, ?)`, [orderOption]), rating: "f.rating" })
      .count({ count: "*" })
      .groupBy(1, 2),
    rated().select({ key: "f.region_id", rating: "f.rating" }).count({ count: "*" }).groupBy("f.region_id", "f.rating"),
  ])
  return { centre: asCounts(centre), carrier: asCounts(carrier), region: asCounts(region) }
}

/** Shipping option names by id (the carriers' names as the merchant set them). */
export async function shippingOptionNames(scope: MedusaContainer, ids: (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => !!id))]
  if (!wanted.length) return new Map()
  const knex = scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const rows = await knex("shipping_option").select("id", "name").whereIn("id", wanted)
  return new Map(rows.map((r: { id: string; name: string }) => [r.id, r.name]))
}

/** The latest ratings with words, newest first. */
export async function latestComments(scope: MedusaContainer, period: Period, filters: FeedbackFilters, limit: number): Promise<FeedbackComment[]> {
  if (limit <= 0) return []
  const knex = scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const rows = await knex("oms_feedback as f")
    .leftJoin("order as o", "o.id", "f.order_id")
    .select("f.id", "f.rating", "f.comment", "f.created_at", "f.order_id", "f.stock_location_id", "f.region_id", "f.source", { order_display_id: "o.display_id" })
    .whereNull("f.deleted_at")
    .whereIn("f.order_id", ordersPlacedIn(knex, period, filters))
    .whereNotNull("f.comment")
    .whereRaw(`btrim(f.comment) <> ''`)
    .orderBy([{ column: "f.created_at", order: "desc" }, { column: "f.id", order: "desc" }])
    .limit(limit)
  return rows.map((r: Record<string, any>) => ({ ...r, rating: Number(r.rating), order_display_id: r.order_display_id ?? null }) as FeedbackComment)
}

export interface RepeatCounts {
  key: string | null
  customers: number
  repeated: number
  still_open: number
}

/**
 * The repeat-purchase rate's counts (definition: lib/kpi `repeatPurchase`), in SQL: each
 * customer (by email: guests have a customer record too) with an order placed in the period,
 * their first such order (not canceled or a draft), whether another order followed within the
 * window, and whether the window is still open; kept when the first order matches the
 * filters, counted by the centres that ship the first order and by its region.
 */
export async function repeatCounts(scope: MedusaContainer, period: Period, filters: FeedbackFilters, now: Date, windowDays = REPEAT_WINDOW_DAYS) {
  const knex = scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const matches: string[] = []
  const params: any[] = [period.from, period.to, windowDays, windowDays, now]
  if (filters.stock_location_id) {
    matches.push(`exists (select 1 from oms_shipment m where m.order_id = f.order_id and m.deleted_at is null and m.stage <> 'rerouted' and m.stock_location_id = ?)`)
    params.push(filters.stock_location_id)
  }
  if (filters.sales_channel_id) {
    matches.push(`f.sales_channel_id = ?`)
    params.push(filters.sales_channel_id)
  }
  if (filters.region_id) {
    matches.push(`f.region_id = ?`)
    params.push(filters.region_id)
  }
  const realOrder = (o: string) => `${o}.deleted_at is null and ${o}.status not in ('canceled', 'draft') and coalesce(${o}.is_draft_order, false) = false`
  const flagged = `
    with cohort as (
      select distinct order_id from oms_shipment where deleted_at is null and placed_at >= ? and placed_at < ?
    ), firsts as (
      select distinct on (c.email) c.email, o.id as order_id, o.created_at, o.region_id, o.sales_channel_id
        from cohort k
        join "order" o on o.id = k.order_id and ${realOrder("o")}
        join customer c on c.id = o.customer_id and c.email is not null
       order by c.email, o.created_at, o.id
    ), flagged as (
      select f.*,
             exists (
               select 1 from customer c2 join "order" o2 on o2.customer_id = c2.id
                where c2.email = f.email and ${realOrder("o2")}
                  and (o2.created_at, o2.id) > (f.created_at, f.order_id)
                  and o2.created_at <= f.created_at + make_interval(days => ?)
             ) as repeated,
             f.created_at + make_interval(days => ?) > ? as open
        from firsts f
       ${matches.length ? `where ${matches.join(" and ")}` : ""}
    )`
  const counted = `count(*)::int as customers, (count(*) filter (where repeated))::int as repeated, (count(*) filter (where not repeated and open))::int as still_open`
  const [byCentre, byRegion] = await Promise.all([
    knex.raw(
      `${flagged}
       select s.stock_location_id as key, ${counted}
         from flagged f
         left join lateral (select distinct m.stock_location_id from oms_shipment m
                             where m.order_id = f.order_id and m.deleted_at is null and m.stage <> 'rerouted' and m.stock_location_id is not null) s on true
        group by s.stock_location_id`,
      params
    ),
    knex.raw(`${flagged} select region_id as key, grouping(region_id) as overall, ${counted} from flagged group by grouping sets ((region_id), ())`, params),
  ])
  const asRows = (rows: Record<string, any>[]): RepeatCounts[] =>
    rows.map((r) => ({ key: r.key ?? null, customers: Number(r.customers), repeated: Number(r.repeated), still_open: Number(r.still_open) }))
  const regionRows = byRegion.rows as Record<string, any>[]
  return {
    window_days: windowDays,
    overall: asRows(regionRows.filter((r) => Number(r.overall) === 1))[0] ?? { key: null, customers: 0, repeated: 0, still_open: 0 },
    by_centre: asRows(byCentre.rows),
    by_region: asRows(regionRows.filter((r) => Number(r.overall) === 0)),
  }
}
