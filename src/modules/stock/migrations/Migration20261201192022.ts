import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261201192022 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "oms_stock_refresh_state" ("id" text not null, "watermark" timestamptz null, "time_zone" text null, "full_sample_day" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "oms_stock_refresh_state_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_oms_stock_refresh_state_deleted_at" ON "oms_stock_refresh_state" ("deleted_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "oms_stock_refresh_state" cascade;`);
  }

}
