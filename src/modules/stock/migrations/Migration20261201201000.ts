import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Indexes the stock-health page reads by, written by hand because the model's index list cannot
 * express them: the table's default order (worst condition first, then fastest selling) over all
 * centres and within one, as the same expression the query sorts by
 * (src/workflows/stock/stock-health-query.ts), so a page is read from the index instead of
 * sorting 100,000 rows.
 */
const SEVERITY = `(case "condition" when 'stock_out' then 0 when 'low' then 1 when 'dead' then 2 when 'overstock' then 3 when 'ok' then 4 end)`

export class Migration20261201201000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_oms_stock_health_default_order" ON "oms_stock_health" (${SEVERITY}, "velocity_28" desc, "inventory_item_id", "stock_location_id") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_oms_stock_health_centre_default_order" ON "oms_stock_health" ("stock_location_id", ${SEVERITY}, "velocity_28" desc, "inventory_item_id") WHERE deleted_at IS NULL;`)
  }

  override async down(): Promise<void> {
    this.addSql(`DROP INDEX IF EXISTS "IDX_oms_stock_health_default_order";`)
    this.addSql(`DROP INDEX IF EXISTS "IDX_oms_stock_health_centre_default_order";`)
  }
}
