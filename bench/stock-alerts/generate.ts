/**
 * Stock-health rows for the alert bench, written by PostgreSQL (generate_series): `skus` items ×
 * `centres` centres, each with a stable pseudo-random condition (≈3 % stock-out, 5 % low, 4 %
 * overstock, 8 % dead, the rest ok) and Medusa levels that agree with them, plus `breaks` levels
 * whose reserved count has no reservations behind it (the invariant check's reserved-count break).
 * Only what the alert run reads is filled in; the health columns it does not read keep defaults.
 */
type Knex = { raw: (sql: string, bindings?: unknown[]) => Promise<{ rows: Record<string, any>[] }> }

export const benchCentreId = (i: number) => `sloc_alerts_bench_${String(i).padStart(2, "0")}`

export async function generateStockHealthRows(knex: Knex, { skus, centres, breaks }: { skus: number; centres: number; breaks: number }) {
  const h = (salt: number) => `(('x' || substr(md5(s::text || '-' || c::text || '-${salt}'), 1, 8))::bit(32)::bigint / 4294967296.0)`
  await knex.raw(
    `insert into stock_location (id, name) select 'sloc_alerts_bench_' || lpad(c::text, 2, '0'), 'Gudang ' || c from generate_series(1, ?) c on conflict do nothing`,
    [centres]
  )
  await knex.raw(
    `insert into inventory_item (id, sku, title) select 'iitem_alerts_bench_' || s, 'SKU-' || lpad(s::text, 5, '0'), 'Bench item ' || s from generate_series(1, ?) s on conflict do nothing`,
    [skus]
  )
  await knex.raw(`
    insert into oms_stock_health (id, inventory_item_id, stock_location_id, sku, title, on_hand, reserved, available,
                                  velocity_28, days_of_supply, reorder_point, condition, refreshed_at)
    select 'stkhlth_alerts_bench_' || s || '_' || c, 'iitem_alerts_bench_' || s, 'sloc_alerts_bench_' || lpad(c::text, 2, '0'),
           'SKU-' || lpad(s::text, 5, '0'), 'Bench item ' || s,
           x.on_hand, 0, x.on_hand, 2, x.on_hand / 2.0, 14,
           x.condition, now()
      from generate_series(1, ${skus}) s cross join generate_series(1, ${centres}) c
      cross join lateral (select ${h(1)} as r) r
      cross join lateral (select case when r.r < 0.03 then 'stock_out' when r.r < 0.08 then 'low' when r.r < 0.12 then 'overstock'
                                      when r.r < 0.20 then 'dead' else 'ok' end as condition,
                                 case when r.r < 0.03 then 0 when r.r < 0.08 then 1 + floor(${h(2)} * 13)::int
                                      when r.r < 0.12 then 300 + floor(${h(2)} * 500)::int else 15 + floor(${h(2)} * 100)::int end as on_hand) x`)
  const raw = (await knex.raw(`select 1 from information_schema.columns where table_name = 'inventory_level' and column_name = 'raw_stocked_quantity'`)).rows.length > 0
  const rawColumns = raw ? `, raw_stocked_quantity, raw_reserved_quantity, raw_incoming_quantity` : ""
  const rawValues = raw
    ? `, jsonb_build_object('value', h.on_hand::text, 'precision', 20), jsonb_build_object('value', '0', 'precision', 20), jsonb_build_object('value', '0', 'precision', 20)`
    : ""
  await knex.raw(`
    insert into inventory_level (id, inventory_item_id, location_id, stocked_quantity, reserved_quantity, incoming_quantity${rawColumns})
    select 'ilev_' || h.id, h.inventory_item_id, h.stock_location_id, h.on_hand, 0, 0${rawValues}
      from oms_stock_health h where h.id like 'stkhlth_alerts_bench_%'`)
  // a reserved count with no reservation behind it: one break per level, each its own alert
  await knex.raw(
    `update inventory_level set reserved_quantity = 1 where id in (select id from inventory_level where id like 'ilev_stkhlth_alerts_bench_%' order by md5(id) limit ?)`,
    [breaks]
  )
  // what autovacuum does on a live store: without statistics the planner guesses a handful of rows
  await knex.raw(`analyze`)
  const { rows } = await knex.raw(`select condition, count(*)::int as n from oms_stock_health where id like 'stkhlth_alerts_bench_%' group by condition order by condition`)
  return Object.fromEntries(rows.map((r) => [r.condition, r.n])) as Record<string, number>
}

/** Moves `share` of the rows (chosen by hash with `salt`) to another condition: some problems clear, new ones appear. */
export async function shuffleConditions(knex: Knex, share: number, salt: number) {
  const { rows } = await knex.raw(
    `update oms_stock_health set condition = case condition when 'ok' then 'low' when 'dead' then 'overstock' else 'ok' end, refreshed_at = now()
      where id like 'stkhlth_alerts_bench_%' and ('x' || substr(md5(id || ?), 1, 8))::bit(32)::bigint / 4294967296.0 < ?
      returning id`,
    [String(salt), share]
  )
  return rows.length
}
