import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261201134646 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "oms_shipment" add column if not exists "placed_at" timestamptz null, add column if not exists "sales_channel_id" text null, add column if not exists "region_id" text null, add column if not exists "units" integer not null default 0, add column if not exists "line_count" integer not null default 0, add column if not exists "parcels" integer not null default 0, add column if not exists "cost" real null, add column if not exists "mispicks_caught" integer not null default 0;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_oms_shipment_placed_at" ON "oms_shipment" ("placed_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_oms_shipment_stock_location_id_placed_at" ON "oms_shipment" ("stock_location_id", "placed_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_oms_shipment_sales_channel_id_placed_at" ON "oms_shipment" ("sales_channel_id", "placed_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_oms_shipment_region_id_placed_at" ON "oms_shipment" ("region_id", "placed_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_oms_shipment_placed_at";`);
    this.addSql(`drop index if exists "IDX_oms_shipment_stock_location_id_placed_at";`);
    this.addSql(`drop index if exists "IDX_oms_shipment_sales_channel_id_placed_at";`);
    this.addSql(`drop index if exists "IDX_oms_shipment_region_id_placed_at";`);
    this.addSql(`alter table if exists "oms_shipment" drop column if exists "placed_at", drop column if exists "sales_channel_id", drop column if exists "region_id", drop column if exists "units", drop column if exists "line_count", drop column if exists "parcels", drop column if exists "cost", drop column if exists "mispicks_caught";`);
  }

}
