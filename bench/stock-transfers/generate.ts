/**
 * A placement history generated in SQL: centres at Indonesian cities (all in one sales channel),
 * SKUs with skewed popularity, most stock at the first centre and little elsewhere (so transfers
 * are worth suggesting), stock-health rows from those levels, and orders of the last `days` days
 * to customers around the cities (1–3 lines, 1–2 units each) in `oms_order_demand`.
 */
import type { Knex } from "knex"

export const BENCH_CHANNEL = "sc_bench_transfers"
const CITIES: [string, number, number][] = [
  ["Jakarta", -6.2088, 106.8456], ["Surabaya", -7.2575, 112.7521], ["Medan", 3.5952, 98.6722], ["Bandung", -6.9175, 107.6191],
  ["Makassar", -5.1477, 119.4327], ["Semarang", -6.9667, 110.4167], ["Palembang", -2.9761, 104.7754], ["Denpasar", -8.6705, 115.2126],
  ["Balikpapan", -1.2379, 116.8529], ["Pekanbaru", 0.5071, 101.4478], ["Yogyakarta", -7.7956, 110.3695], ["Manado", 1.4748, 124.8421],
  ["Pontianak", -0.0263, 109.3425], ["Padang", -0.9471, 100.4172], ["Banjarmasin", -3.3186, 114.5944], ["Jayapura", -2.5916, 140.669],
  ["Kupang", -10.1772, 123.607], ["Ambon", -3.6954, 128.1814], ["Mataram", -8.5833, 116.1167], ["Batam", 1.0456, 104.0305],
]

const hash = (expr: string, salt: string) => `(('x' || substr(md5(${expr} || '-${salt}'), 1, 8))::bit(32)::bigint / 4294967296.0)`

export async function generatePlacementHistory(knex: Knex, opts: { skus: number; centres: number; orders: number; days: number }) {
  const cities = CITIES.slice(0, opts.centres)
  const centreId = (i: number) => `sloc_bench_tr_${String(i).padStart(2, "0")}`
  await knex.raw(`insert into sales_channel (id, name) values (?, 'Bench transfers') on conflict do nothing`, [BENCH_CHANNEL])
  for (const [i, [city, lat, lng]] of cities.entries()) {
    await knex.raw(`insert into stock_location (id, name) values (?, ?) on conflict do nothing`, [centreId(i), `${city} FC`])
    await knex.raw(
      `insert into oms_fulfillment_center (id, stock_location_id, latitude, longitude, priority, time_zone) values (?, ?, ?, ?, ?, 'Asia/Jakarta') on conflict do nothing`,
      [`fc_bench_tr_${i}`, centreId(i), lat, lng, i + 1]
    )
    await knex.raw(`insert into sales_channel_stock_location (id, sales_channel_id, stock_location_id) values (?, ?, ?) on conflict do nothing`, [`scloc_bench_tr_${i}`, BENCH_CHANNEL, centreId(i)])
  }
  const centreIds = `array[${cities.map((_, i) => `'${centreId(i)}'`).join(",")}]`
  const lats = `array[${cities.map((c) => c[1]).join(",")}]::float[]`
  const lngs = `array[${cities.map((c) => c[2]).join(",")}]::float[]`
  await knex.raw(`
    insert into inventory_item (id, sku, title, weight)
    select 'iitem_bench_tr_' || k, 'SKU-' || lpad(k::text, 5, '0'), 'Bench product ' || k, 500 from generate_series(0, ${opts.skus - 1}) k`)
  // the first centre holds 200 of everything; the others 0–19
  await knex.raw(`
    insert into inventory_level (id, inventory_item_id, location_id, stocked_quantity, raw_stocked_quantity)
    select 'ilev_bench_tr_' || k || '_' || c, 'iitem_bench_tr_' || k, (${centreIds})[c],
           q, jsonb_build_object('value', q::text, 'precision', 20)
      from generate_series(0, ${opts.skus - 1}) k, generate_series(1, ${cities.length}) c,
           lateral (select case when c = 1 then 200 else floor(${hash("k::text || '-' || c", "stock")} * 20)::int end as q) s`)
  await knex.raw(`
    insert into oms_stock_health (id, inventory_item_id, stock_location_id, sku, title, on_hand, available, reorder_point, refreshed_at)
    select 'stkhlth_bench_' || l.id, l.inventory_item_id, l.location_id, i.sku, i.title, l.stocked_quantity, l.stocked_quantity,
           floor(${hash("l.id", "rop")} * 10), now()
      from inventory_level l join inventory_item i on i.id = l.inventory_item_id where l.id like 'ilev_bench_tr_%'`)
  const BATCH = 100_000
  for (let first = 0; first < opts.orders; first += BATCH) {
    const last = Math.min(opts.orders, first + BATCH) - 1
    await knex.raw(`
      insert into oms_order_demand (id, order_id, placed_at, sales_channel_id, country_code, latitude, longitude, units, lines, items)
      select 'omsdmd_bench_tr_' || lpad(i::text, 7, '0'), 'order_bench_tr_' || i,
             now() - (${hash("i::text", "t")} * ${opts.days} * interval '1 day') + interval '1 minute',
             '${BENCH_CHANNEL}', 'id',
             (${lats})[c.n] + (${hash("i::text", "la")} - 0.5) * 0.6, (${lngs})[c.n] + (${hash("i::text", "lo")} - 0.5) * 0.6,
             l.units, l.lines, l.items
        from generate_series(${first}, ${last}) i
        cross join lateral (select 1 + floor(power(${hash("i::text", "city")}, 1.6) * ${cities.length})::int as n) c
        cross join lateral (
          select sum(x.q)::int as units,
                 jsonb_agg(jsonb_build_object('line_item_id', 'li_' || i || '_' || x.n, 'quantity', x.q, 'unit_weight_g', 500,
                   'components', jsonb_build_array(jsonb_build_object('inventory_item_id', 'iitem_bench_tr_' || x.item, 'required_quantity', 1)))) as lines,
                 jsonb_agg(jsonb_build_object('inventory_item_id', 'iitem_bench_tr_' || x.item, 'quantity', x.q)) as items
            from (select n, (floor(power(${hash("i::text || '-' || n", "sku")}, 2) * ${opts.skus})::int + n * 7919) % ${opts.skus} as item,
                         1 + floor(${hash("i::text || '-' || n", "q")} * 2)::int as q
                    from generate_series(0, floor(${hash("i::text", "lines")} * 3)::int) n) x
        ) l`)
  }
  await knex.raw(`analyze oms_order_demand; analyze oms_stock_health; analyze inventory_level`)
}
