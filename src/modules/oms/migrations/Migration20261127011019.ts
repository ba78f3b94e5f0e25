import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261127011019 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "oms_routing_decision" drop constraint if exists "oms_routing_decision_order_id_sequence_unique";`);
    this.addSql(`alter table if exists "oms_order" drop constraint if exists "oms_order_order_id_unique";`);
    this.addSql(`alter table if exists "oms_fulfillment_center" drop constraint if exists "oms_fulfillment_center_stock_location_id_unique";`);
    this.addSql(`create table if not exists "oms_fulfillment_center" ("id" text not null, "stock_location_id" text not null, "latitude" real null, "longitude" real null, "priority" integer not null default 100, "active" boolean not null default true, "daily_order_capacity" integer null, "cutoff_time" text null, "time_zone" text not null default 'Asia/Jakarta', "serves_countries" text[] not null default '{}', "serves_provinces" text[] not null default '{}', "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "oms_fulfillment_center_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_oms_fulfillment_center_deleted_at" ON "oms_fulfillment_center" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_oms_fulfillment_center_stock_location_id_unique" ON "oms_fulfillment_center" ("stock_location_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "oms_order" ("id" text not null, "order_id" text not null, "sales_channel_id" text null, "stage" text not null default 'placed', "stage_changed_at" timestamptz null, "current_decision_id" text null, "decision_count" integer not null default 0, "backordered_units" integer not null default 0, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "oms_order_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_oms_order_deleted_at" ON "oms_order" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_oms_order_order_id_unique" ON "oms_order" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_oms_order_stage" ON "oms_order" ("stage") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "oms_order_allocation" ("id" text not null, "order_id" text not null, "decision_id" text not null, "stock_location_id" text not null, "line_item_id" text not null, "quantity" integer not null, "distance_km" real null, "active" boolean not null default true, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "oms_order_allocation_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_oms_order_allocation_deleted_at" ON "oms_order_allocation" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_oms_order_allocation_order_id" ON "oms_order_allocation" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_oms_order_allocation_stock_location_id_created_at" ON "oms_order_allocation" ("stock_location_id", "created_at") WHERE deleted_at IS NULL AND active = true;`);

    this.addSql(`create table if not exists "oms_order_event" ("id" text not null, "order_id" text not null, "stage" text not null, "at" timestamptz not null, "actor" text null, "details" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "oms_order_event_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_oms_order_event_deleted_at" ON "oms_order_event" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_oms_order_event_order_id_at" ON "oms_order_event" ("order_id", "at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "oms_routing_decision" ("id" text not null, "order_id" text not null, "sequence" integer not null, "trigger" text not null, "actor" text null, "strategy" text not null, "rule" text not null, "allocations" jsonb not null, "backordered" jsonb not null, "backorder_location_id" text null, "explanation" jsonb not null, "shipment_count" integer not null, "backordered_units" integer not null default 0, "max_distance_km" real null, "decided_at" timestamptz not null, "duration_ms" real null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "oms_routing_decision_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_oms_routing_decision_deleted_at" ON "oms_routing_decision" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_oms_routing_decision_order_id_sequence_unique" ON "oms_routing_decision" ("order_id", "sequence") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_oms_routing_decision_decided_at" ON "oms_routing_decision" ("decided_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "oms_fulfillment_center" cascade;`);

    this.addSql(`drop table if exists "oms_order" cascade;`);

    this.addSql(`drop table if exists "oms_order_allocation" cascade;`);

    this.addSql(`drop table if exists "oms_order_event" cascade;`);

    this.addSql(`drop table if exists "oms_routing_decision" cascade;`);
  }

}
