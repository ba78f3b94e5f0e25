/**
 * Bulk history for the stock bench, written straight into the tables by PostgreSQL
 * (generate_series), so a million orders take a minute, not the hours real checkouts would:
 * `skus` inventory items with a level at each of `centres` centres, `orders` orders over `days`
 * days up to now in oms_order_demand (lines with their components, items) and oms_shipment (one
 * per order and centre: ~6 % split over two centres, ~2.5 % canceled, ~1.5 % with a back-ordered
 * part without a centre), the day rows older than the 90-day window as the refresh writes them,
 * and shelf samples in the window (a sample every 15 days per level, stock-out runs at ~4 % of
 * the levels). Demand is skewed (a few SKUs sell most); ~5 % of lines are kits of two items.
 * Deterministic: every value is a hash of the row's number.
 */
import { STOCK_DAY_UNITS_SQL } from "../../src/workflows/stock/stock-day-units-sql"
import { stockWindow } from "../../src/workflows/stock/stock-window"

type Knex = any

export interface StockDatasetOptions {
  skus: number
  centres: number
  orders: number
  days: number
  timeZone: string
}

/** What the generator wrote: what a section of the bench (alerts, transfer valuation) builds on. */
export interface StockDataset extends StockDatasetOptions {
  centreIds: string[]
  itemIds: string[]
  skuOf: (index: number) => string
  shipments: number
  dayRows: number
}

const BATCH = 100_000
const h = (expr: string, salt: number) => `(('x' || substr(md5(${expr}::text || '-${salt}'), 1, 8))::bit(32)::bigint / 4294967296.0)`
export const benchCentreId = (c: number) => `sloc_stk_${String(c).padStart(2, "0")}`
export const benchItemId = (k: number) => `iitem_stk_${String(k).padStart(5, "0")}`
export const benchSku = (k: number) => `SKU-${String(k).padStart(5, "0")}`

async function seedCatalogue(knex: Knex, o: StockDatasetOptions) {
  await knex.raw(
    `insert into stock_location (id, name) select 'sloc_stk_' || lpad(c::text, 2, '0'), 'Centre ' || lpad((c + 1)::text, 2, '0') from generate_series(0, ?) c`,
    [o.centres - 1]
  )
  await knex.raw(
    `insert into inventory_item (id, sku, title) select 'iitem_stk_' || lpad(k::text, 5, '0'), 'SKU-' || lpad(k::text, 5, '0'), 'Bench product ' || k from generate_series(0, ?) k`,
    [o.skus - 1]
  )
  // Medusa's older migrations keep raw_* copies of the quantities on some installs
  const { rows } = await knex.raw(`select column_name from information_schema.columns where table_name = 'inventory_level' and column_name like 'raw_%'`)
  const raw = rows.map((r: { column_name: string }) => r.column_name)
  const rawCols = raw.map((c: string) => `, ${c}`).join("")
  const rawVals = raw.map((c: string) => `, jsonb_build_object('value', ${c.replace("raw_", "")}::text, 'precision', 20)`).join("")
  await knex.raw(`
    insert into inventory_level (id, inventory_item_id, location_id, stocked_quantity, reserved_quantity, incoming_quantity${rawCols})
    select id, inventory_item_id, location_id, stocked_quantity, reserved_quantity, incoming_quantity${rawVals} from (
      select 'ilev_stk_' || k || '_' || c as id, 'iitem_stk_' || lpad(k::text, 5, '0') as inventory_item_id, 'sloc_stk_' || lpad(c::text, 2, '0') as location_id,
             s as stocked_quantity, least(s, floor(${h("k || '.' || c", 2)} * 6)::int) as reserved_quantity,
             case when ${h("k || '.' || c", 3)} < 0.1 then 50 else 0 end as incoming_quantity
        from generate_series(0, ${o.skus - 1}) k cross join generate_series(0, ${o.centres - 1}) c
        cross join lateral (select case when ${h("k || '.' || c", 1)} < 0.06 then 0 else floor(${h("k || '.' || c", 4)} * 400)::int end as s) q
    ) l`)
}

/** Orders first … first + count − 1 of `o.orders` over `o.days` days ending now. */
async function generateOrders(knex: Knex, o: StockDatasetOptions, first: number, count: number) {
  await knex.raw(`drop table if exists bench_stock_lines`)
  // one row per order line: a skewed SKU (power 2.5 of a uniform), 1–3 units, ~5 % kits of two items
  await knex.raw(`
    create temp table bench_stock_lines as
    with o as (
      select i, now() - ((${o.orders} - i)::float / ${o.orders} * ${o.days} * interval '1 day') as placed,
             1 + (${h("i", 1)} < 0.3)::int + (${h("i", 2)} < 0.1)::int as lines,
             floor(power(${h("i", 3)}, 1.4) * ${o.centres})::int as centre,
             ${h("i", 4)} as r_split, ${h("i", 5)} as r_stage
        from generate_series(${first}, ${first + count - 1}) i
    )
    select o.i, o.placed, o.centre, o.lines, o.r_split, o.r_stage, n,
           floor(power(${h("i || '.' || n", 6)}, 2.5) * ${o.skus})::int as item,
           1 + floor(${h("i || '.' || n", 7)} * 3)::int as quantity,
           ${h("i || '.' || n", 8)} < 0.05 as kit,
           -- the order's last line ships from a second centre (split) or waits without one (back-order)
           case when n = o.lines and o.lines > 1 and o.r_split < 0.06 then 1
                when n = o.lines and o.lines > 1 and o.r_split > 0.985 then 2 else 0 end as part
      from o cross join lateral generate_series(1, o.lines) n`)
  const comp = (expr: string, qty: string) => `jsonb_build_object('inventory_item_id', 'iitem_stk_' || lpad((${expr})::text, 5, '0'), 'required_quantity', ${qty})`
  await knex.raw(`
    insert into oms_order_demand (id, order_id, placed_at, country_code, province, units, lines, items)
    select 'omsdmd_stk_' || i, 'order_stk_' || i, min(placed), 'id', 'JK', sum(quantity),
           jsonb_agg(jsonb_build_object('line_item_id', 'li_stk_' || i || '_' || n, 'quantity', quantity, 'unit_weight_g', 500, 'components',
             case when kit then jsonb_build_array(${comp("item", "1")}, ${comp(`(item + 1) % ${o.skus}`, "2")}) else jsonb_build_array(${comp("item", "1")}) end) order by n),
           jsonb_agg(jsonb_build_object('inventory_item_id', 'iitem_stk_' || lpad(item::text, 5, '0'), 'quantity', quantity) order by n)
      from bench_stock_lines group by i`)
  await knex.raw(`
    insert into oms_shipment (id, order_id, stock_location_id, stage, placed_at, units, line_count, lines)
    select 'shp_stk_' || i || '_' || part, 'order_stk_' || i,
           case part when 0 then 'sloc_stk_' || lpad(min(centre)::text, 2, '0') when 1 then 'sloc_stk_' || lpad(((min(centre) + 7) % ${o.centres})::text, 2, '0') end,
           case when part = 2 then 'backordered' when min(r_stage) < 0.025 then 'canceled' when min(placed) > now() - interval '1 day' then 'routed' else 'delivered' end,
           min(placed), sum(quantity), count(*),
           jsonb_agg(jsonb_build_object('line_item_id', 'li_stk_' || i || '_' || n, 'quantity', quantity) order by n)
      from bench_stock_lines group by i, part`)
}

/** Shelf samples of the window: one every 15 days per level, and runs of stock-out days at ~4 % of the levels. */
async function generateSamples(knex: Knex, o: StockDatasetOptions) {
  const { days, today } = stockWindow(o.timeZone)
  await knex.raw(`
    insert into oms_stock_day (id, inventory_item_id, stock_location_id, day, units, backordered, on_hand, stock_out)
    select 'stkday_' || md5(l.inventory_item_id || '|' || l.location_id || '|' || d.day), l.inventory_item_id, l.location_id, d.day, 0, 0,
           greatest(0, l.stocked_quantity + floor(${h("l.id || d.day", 9)} * 40)::int - 20), false
      from inventory_level l cross join unnest(?::text[]) with ordinality as d(day, n)
     where l.location_id like 'sloc_stk_%' and (d.n + abs(hashtext(l.id))) % 15 = 0 and d.day < ?
    on conflict (inventory_item_id, stock_location_id, day) where deleted_at is null do nothing`,
    [days, today]
  )
  await knex.raw(`
    insert into oms_stock_day (id, inventory_item_id, stock_location_id, day, units, backordered, on_hand, stock_out)
    select 'stkday_' || md5(l.inventory_item_id || '|' || l.location_id || '|' || d.day), l.inventory_item_id, l.location_id, d.day, 0, 0, 0, true
      from inventory_level l cross join unnest(?::text[]) with ordinality as d(day, n)
     where l.location_id like 'sloc_stk_%' and abs(hashtext(l.id || 's')) % 100 < 4
       and d.n between 1 + abs(hashtext(l.id || 'a')) % 80 and 1 + abs(hashtext(l.id || 'a')) % 80 + abs(hashtext(l.id || 'b')) % 10
    on conflict (inventory_item_id, stock_location_id, day) where deleted_at is null do update set stock_out = true, on_hand = 0`,
    [days]
  )
}

/** The day rows before the window, as the refresh cuts them (the same statement), month by month. */
async function generateOldDayRows(knex: Knex, o: StockDatasetOptions) {
  const window = stockWindow(o.timeZone)
  let to = window.from
  const start = new Date(Date.now() - (o.days + 1) * 86_400_000)
  while (to > start) {
    const from = new Date(Math.max(start.getTime(), to.getTime() - 30 * 86_400_000))
    await knex.raw(
      `insert into oms_stock_day (id, inventory_item_id, stock_location_id, day, units, backordered, stock_out)
       select 'stkday_' || md5(f.inventory_item_id || '|' || f.stock_location_id || '|' || f.day), f.inventory_item_id, f.stock_location_id, f.day, f.units, f.backordered, false
         from (${STOCK_DAY_UNITS_SQL}) f where f.units <> 0 or f.backordered <> 0
       on conflict (inventory_item_id, stock_location_id, day) where deleted_at is null do nothing`,
      [o.timeZone, from, to]
    )
    to = from
  }
}

export async function generateStockDataset(knex: Knex, o: StockDatasetOptions, say: (line: string) => void = () => {}): Promise<StockDataset> {
  const started = Date.now()
  const log = (line: string) => say(`${((Date.now() - started) / 1000).toFixed(1)} s  ${line}`)
  await seedCatalogue(knex, o)
  log(`catalogue: ${o.skus} SKUs × ${o.centres} centres`)
  for (let first = 0; first < o.orders; first += BATCH) {
    await generateOrders(knex, o, first, Math.min(BATCH, o.orders - first))
    log(`orders: ${Math.min(first + BATCH, o.orders).toLocaleString("en")}`)
  }
  await knex.raw(`drop table if exists bench_stock_lines`)
  await knex.raw("analyze oms_shipment; analyze oms_order_demand; analyze inventory_level; analyze inventory_item")
  await generateOldDayRows(knex, o)
  log("day rows before the window")
  await generateSamples(knex, o)
  log("shelf samples")
  await knex.raw("analyze oms_stock_day")
  const [{ n: shipments }] = (await knex.raw("select count(*)::int as n from oms_shipment")).rows
  const [{ n: dayRows }] = (await knex.raw("select count(*)::int as n from oms_stock_day")).rows
  return describeDataset(o, shipments, dayRows)
}

/** The history a previous run left in the database, its derived rows cleared (the refresh works them out again from scratch). */
export async function reuseStockDataset(knex: Knex, o: StockDatasetOptions): Promise<StockDataset> {
  await knex.raw("truncate oms_stock_health, oms_stock_refresh_state")
  const [{ n: shipments }] = (await knex.raw("select count(*)::int as n from oms_shipment")).rows
  const [{ n: dayRows }] = (await knex.raw("select count(*)::int as n from oms_stock_day")).rows
  const [{ n: orders }] = (await knex.raw("select count(*)::int as n from oms_order_demand")).rows
  if (orders !== o.orders) throw new Error(`the database holds ${orders} orders, not ${o.orders}: run without --reuse`)
  return describeDataset(o, shipments, dayRows)
}

function describeDataset(o: StockDatasetOptions, shipments: number, dayRows: number): StockDataset {
  return {
    ...o,
    centreIds: Array.from({ length: o.centres }, (_, c) => benchCentreId(c)),
    itemIds: Array.from({ length: o.skus }, (_, k) => benchItemId(k)),
    skuOf: benchSku,
    shipments,
    dayRows,
  }
}
