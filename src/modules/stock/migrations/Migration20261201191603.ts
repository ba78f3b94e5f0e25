import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261201191603 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "oms_stock_alert" ("id" text not null, "key" text not null, "kind" text not null, "stock_location_id" text null, "inventory_item_id" text null, "message" jsonb null, "posted_at" timestamptz not null, "notification_id" text null, "cleared_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "oms_stock_alert_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_oms_stock_alert_deleted_at" ON "oms_stock_alert" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_oms_stock_alert_open_key" ON "oms_stock_alert" ("key") WHERE cleared_at IS NULL AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_oms_stock_alert_kind_cleared_at" ON "oms_stock_alert" ("kind", "cleared_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "oms_stock_day" ("id" text not null, "inventory_item_id" text not null, "stock_location_id" text not null, "day" text not null, "units" integer not null default 0, "backordered" integer not null default 0, "on_hand" integer null, "stock_out" boolean not null default false, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "oms_stock_day_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_oms_stock_day_deleted_at" ON "oms_stock_day" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_oms_stock_day_cell" ON "oms_stock_day" ("inventory_item_id", "stock_location_id", "day") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_oms_stock_day_day" ON "oms_stock_day" ("day") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "oms_stock_health" ("id" text not null, "inventory_item_id" text not null, "stock_location_id" text not null, "sku" text null, "title" text null, "on_hand" integer not null default 0, "reserved" integer not null default 0, "available" integer not null default 0, "in_bins" integer not null default 0, "unassigned" integer not null default 0, "backordered" integer not null default 0, "velocity_7" real not null default 0, "velocity_28" real not null default 0, "velocity_90" real not null default 0, "days_of_supply" real null, "turnover_90" real null, "stock_out_days" integer not null default 0, "demand_missed" real not null default 0, "safety_stock" real not null default 0, "reorder_point" real not null default 0, "suggested_order" integer not null default 0, "reorder_now" boolean not null default false, "condition" text check ("condition" in ('stock_out', 'low', 'dead', 'overstock', 'ok')) not null default 'ok', "last_sale_day" text null, "refreshed_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "oms_stock_health_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_oms_stock_health_deleted_at" ON "oms_stock_health" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_oms_stock_health_cell" ON "oms_stock_health" ("inventory_item_id", "stock_location_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_oms_stock_health_stock_location_id_condition" ON "oms_stock_health" ("stock_location_id", "condition") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_oms_stock_health_condition" ON "oms_stock_health" ("condition") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_oms_stock_health_sku" ON "oms_stock_health" ("sku") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "oms_stock_setting" ("id" text not null, "stock_location_id" text not null, "inventory_item_id" text null, "service_level" real null, "lead_time_days" real null, "target_days_of_supply" real null, "overstock_days" real null, "updated_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "oms_stock_setting_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_oms_stock_setting_deleted_at" ON "oms_stock_setting" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_oms_stock_setting_scope" ON "oms_stock_setting" ("stock_location_id", "inventory_item_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "oms_stock_transfer" ("id" text not null, "run_id" text null, "inventory_item_id" text not null, "from_location_id" text not null, "to_location_id" text not null, "units" integer not null, "status" text check ("status" in ('suggested', 'accepted', 'dismissed')) not null default 'suggested', "value" jsonb null, "score" real not null default 0, "accepted_by" text null, "accepted_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "oms_stock_transfer_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_oms_stock_transfer_deleted_at" ON "oms_stock_transfer" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_oms_stock_transfer_status_score" ON "oms_stock_transfer" ("status", "score") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_oms_stock_transfer_run_id" ON "oms_stock_transfer" ("run_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "oms_transfer_run" ("id" text not null, "status" text check ("status" in ('running', 'done', 'failed')) not null default 'running', "days" integer not null, "orders" integer not null default 0, "total" integer not null default 0, "done" integer not null default 0, "started_by" text null, "started_at" timestamptz not null, "finished_at" timestamptz null, "error" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "oms_transfer_run_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_oms_transfer_run_deleted_at" ON "oms_transfer_run" ("deleted_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "oms_stock_alert" cascade;`);

    this.addSql(`drop table if exists "oms_stock_day" cascade;`);

    this.addSql(`drop table if exists "oms_stock_health" cascade;`);

    this.addSql(`drop table if exists "oms_stock_setting" cascade;`);

    this.addSql(`drop table if exists "oms_stock_transfer" cascade;`);

    this.addSql(`drop table if exists "oms_transfer_run" cascade;`);
  }

}
