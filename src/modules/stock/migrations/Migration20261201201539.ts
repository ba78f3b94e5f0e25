import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261201201539 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "oms_stock_refresh_state" add column if not exists "health_refreshed_at" timestamptz null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "oms_stock_refresh_state" drop column if exists "health_refreshed_at";`);
  }

}
