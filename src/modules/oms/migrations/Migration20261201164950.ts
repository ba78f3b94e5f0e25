import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261201164950 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "oms_kpi_rollup" ("id" text not null, "grain" text check ("grain" in ('day', 'month')) not null default 'day', "day" text not null, "stock_location_key" text not null, "sales_channel_key" text not null, "region_key" text not null, "orders" integer not null, "partial" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "oms_kpi_rollup_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_oms_kpi_rollup_deleted_at" ON "oms_kpi_rollup" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_oms_kpi_rollup_cell_day" ON "oms_kpi_rollup" ("stock_location_key", "sales_channel_key", "region_key", "grain", "day") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "oms_kpi_rollup_day" ("id" text not null, "day" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "oms_kpi_rollup_day_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_oms_kpi_rollup_day_deleted_at" ON "oms_kpi_rollup_day" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_oms_kpi_rollup_day_day" ON "oms_kpi_rollup_day" ("day") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "oms_kpi_rollup_state" ("id" text not null, "watermark" timestamptz null, "fingerprint" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "oms_kpi_rollup_state_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_oms_kpi_rollup_state_deleted_at" ON "oms_kpi_rollup_state" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_oms_feedback_updated_at" ON "oms_feedback" ("updated_at") WHERE deleted_at IS NULL;`);

    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_oms_return_line_updated_at" ON "oms_return_line" ("updated_at") WHERE deleted_at IS NULL;`);

    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_oms_shipment_updated_at" ON "oms_shipment" ("updated_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_oms_shipment_order_id" ON "oms_shipment" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_oms_shipment_stage" ON "oms_shipment" ("stage") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "oms_kpi_rollup" cascade;`);

    this.addSql(`drop table if exists "oms_kpi_rollup_day" cascade;`);

    this.addSql(`drop table if exists "oms_kpi_rollup_state" cascade;`);

    this.addSql(`drop index if exists "IDX_oms_feedback_updated_at";`);

    this.addSql(`drop index if exists "IDX_oms_return_line_updated_at";`);

    this.addSql(`drop index if exists "IDX_oms_shipment_updated_at";`);
    this.addSql(`drop index if exists "IDX_oms_shipment_order_id";`);
    this.addSql(`drop index if exists "IDX_oms_shipment_stage";`);
  }

}
