/**
 * Bulk history for the KPI bench, written straight into the OMS fact tables by PostgreSQL
 * (generate_series), so a million orders take a minute, not the hours real checkouts would.
 * The history is shaped like the demo's: orders spread over `days` up to now at three centres,
 * two channels and three regions; older orders mostly delivered (some late, some canceled,
 * some split over two centres, a few back-ordered), ~6 % with a returned line, ~40 % rated.
 * Deterministic: every value is a hash of the order number.
 */
type Knex = any

export const BENCH_CENTRES = ["sloc_bench_jkt", "sloc_bench_sby", "sloc_bench_mdn"]
export const BENCH_CHANNELS = ["sc_bench_web", "sc_bench_market"]
export const BENCH_REGIONS = ["reg_bench_id", "reg_bench_sg", "reg_bench_my"]

export async function seedCentres(knex: Knex) {
  for (const [i, id] of BENCH_CENTRES.entries()) {
    await knex.raw(`insert into stock_location (id, name) values (?, ?) on conflict do nothing`, [id, `Bench centre ${i + 1}`])
    await knex.raw(
      `insert into oms_fulfillment_center (id, stock_location_id, cutoff_time, time_zone) values (?, ?, ?, 'Asia/Jakarta') on conflict do nothing`,
      [`fc_bench_${i}`, id, ["14:00", "15:00", null][i]]
    )
  }
}

/** Orders `first`…`first + count − 1` of a history of `total` orders over `days` days ending now. */
export async function generateOrders(knex: Knex, first: number, count: number, total: number, days: number) {
  // h(k): a stable pseudo-random number in [0, 1) for order i and salt k
  const h = (salt: number) => `(('x' || substr(md5(i::text || '-${salt}'), 1, 8))::bit(32)::bigint / 4294967296.0)`
  const centres = `array[${BENCH_CENTRES.map((c) => `'${c}'`).join(",")}]`
  const channels = `array[${BENCH_CHANNELS.map((c) => `'${c}'`).join(",")}]`
  const regions = `array[${BENCH_REGIONS.map((c) => `'${c}'`).join(",")}]`
  await knex.raw(`
    with o as (
      select i,
             now() - ((${total} - i)::float / ${total} * ${days} * interval '1 day') as placed,
             ${h(1)} as r_stage, ${h(2)} as r_centre, ${h(3)} as r_split, ${h(4)} as r_gap, ${h(5)} as r_dim, ${h(6)} as r_units
        from generate_series(${first}, ${first + count - 1}) i
    ), parts as (
      select o.*, p.part,
             (${centres})[1 + ((floor(o.r_centre * 3)::int + p.part) % 3)] as centre,
             extract(epoch from now() - o.placed) / 3600 as age_h
        from o cross join lateral (select 0 as part union all select 1 where o.r_split < 0.08) p
    )
    insert into oms_shipment (id, order_id, stock_location_id, stage, placed_at, routed_at, waved_at, picked_at, packed_at,
                              shipped_at, delivered_at, canceled_at, sales_channel_id, region_id, units, line_count, parcels,
                              cost, picked_by, packed_by, mispicks_caught, lines)
    select 'shp_bench_' || i || '_' || part,
           'order_bench_' || i,
           case when r_stage > 0.985 and part = 1 then null else centre end,
           case
             when r_stage > 0.985 and part = 1 then 'backordered'
             when r_stage > 0.97 then 'canceled'
             when age_h < 2 then 'routed'
             when age_h < 6 then 'picked'
             when age_h < 30 then 'shipped'
             when r_stage > 0.9 then 'shipped'
             else 'delivered' end,
           placed,
           placed + interval '2 minutes',
           case when age_h >= 2 then placed + (30 + r_gap * 90) * interval '1 minute' end,
           case when age_h >= 2 then placed + (60 + r_gap * 120) * interval '1 minute' end,
           case when age_h >= 6 and r_stage <= 0.97 then placed + (90 + r_gap * 600) * interval '1 minute' end,
           case when age_h >= 6 and r_stage <= 0.97 then placed + (120 + r_gap * (case when r_gap > 0.85 then 3000 else 900 end)) * interval '1 minute' end,
           case when age_h >= 30 and r_stage <= 0.9 then placed + (1 + r_gap * 4) * interval '1 day' end,
           case when r_stage > 0.97 and not (r_stage > 0.985 and part = 1) then placed + interval '3 hours' end,
           (${channels})[1 + floor(r_dim * 2)::int],
           (${regions})[1 + floor(r_dim * 6)::int % 3],
           1 + floor(r_units * 4)::int,
           1 + floor(r_units * 2)::int,
           case when age_h >= 6 then 1 else 0 end,
           case when age_h >= 6 then 3000 end,
           case when age_h >= 2 then 'user_bench_' || floor(r_gap * 6)::int end,
           case when age_h >= 6 then 'user_bench_' || floor(r_units * 4)::int end,
           case when r_gap > 0.98 then 1 else 0 end,
           '[]'::jsonb
      from parts`)
}

/** A returned line for ~6 % of the delivered orders, a rating for ~40 %, once every order is in. */
export async function generateReturnsAndRatings(knex: Knex) {
  const delivered = `from oms_shipment s where s.id like 'shp_bench_%' and right(s.id, 2) = '_0' and s.stage = 'delivered'`
  await knex.raw(`
    insert into oms_return_line (id, source, source_id, source_item_id, order_id, line_item_id, quantity, cause, rule, shipment_id,
                                 stock_location_id, sales_channel_id, region_id, requested_at, received_at)
    select 'omsret_bench_' || s.order_id, 'return', 'ret_bench_' || s.order_id, 'reti_bench_' || s.order_id, s.order_id, 'li_bench',
           1, (array['wrong_item','damaged','late_delivery','product','changed_mind','other'])[1 + (abs(hashtext(s.order_id)) % 6)],
           'default_reason_tree', s.id, s.stock_location_id, s.sales_channel_id, s.region_id, s.delivered_at + interval '2 days', s.delivered_at + interval '5 days'
      ${delivered} and abs(hashtext(s.order_id || 'r')) % 100 < 6`)
  await knex.raw(`
    insert into oms_feedback (id, order_id, shipment_id, rating, source, stock_location_id, sales_channel_id, region_id)
    select 'omsfb_bench_' || s.order_id, s.order_id, s.id, 1 + (abs(hashtext(s.order_id || 'f')) % 5), 'link', s.stock_location_id, s.sales_channel_id, s.region_id
      ${delivered} and abs(hashtext(s.order_id || 'f')) % 100 < 40`)
}
