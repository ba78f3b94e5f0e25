import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261201191605 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "oms_order_demand" drop constraint if exists "oms_order_demand_order_unique";`);
    this.addSql(`create table if not exists "oms_order_demand" ("id" text not null, "order_id" text not null, "placed_at" timestamptz not null, "sales_channel_id" text null, "country_code" text null, "province" text null, "latitude" real null, "longitude" real null, "distance_km" real null, "units" integer not null default 0, "lines" jsonb not null default '[]', "items" jsonb not null default '[]', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "oms_order_demand_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_oms_order_demand_deleted_at" ON "oms_order_demand" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_oms_order_demand_order_unique" ON "oms_order_demand" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_oms_order_demand_placed_at" ON "oms_order_demand" ("placed_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_oms_order_demand_sales_channel_id_placed_at" ON "oms_order_demand" ("sales_channel_id", "placed_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_oms_order_demand_items" ON "oms_order_demand" USING GIN ("items") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "oms_order_demand" cascade;`);
  }

}
