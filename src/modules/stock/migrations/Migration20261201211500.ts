import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * One index per column the stock-health table sorts by, ending with the same tie-breakers the
 * query adds in the same direction (src/workflows/stock/stock-health-query.ts), so a page in any
 * order is read from an index instead of sorting 100,000 rows.
 */
const SORTS = ["sku", "title", "on_hand", "available", "velocity_28", "days_of_supply", "demand_missed", "reorder_point"]

export class Migration20261201211500 extends Migration {
  override async up(): Promise<void> {
    for (const column of SORTS) {
      this.addSql(
        `CREATE INDEX IF NOT EXISTS "IDX_oms_stock_health_sort_${column}" ON "oms_stock_health" ("${column}", "inventory_item_id", "stock_location_id") WHERE deleted_at IS NULL;`
      )
    }
  }

  override async down(): Promise<void> {
    for (const column of SORTS) this.addSql(`DROP INDEX IF EXISTS "IDX_oms_stock_health_sort_${column}";`)
  }
}
