import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261127020656 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "oms_wave_order" drop constraint if exists "oms_wave_order_order_id_active_unique";`);
    this.addSql(`alter table if exists "oms_warehouse_layout" drop constraint if exists "oms_warehouse_layout_stock_location_id_unique";`);
    this.addSql(`alter table if exists "oms_pack_session" drop constraint if exists "oms_pack_session_order_id_open_unique";`);
    this.addSql(`alter table if exists "oms_carton" drop constraint if exists "oms_carton_stock_location_id_code_unique";`);
    this.addSql(`alter table if exists "oms_bin_stock" drop constraint if exists "oms_bin_stock_bin_id_inventory_item_id_unique";`);
    this.addSql(`alter table if exists "oms_bin" drop constraint if exists "oms_bin_stock_location_id_code_unique";`);
    this.addSql(`create table if not exists "oms_bin" ("id" text not null, "layout_id" text not null, "stock_location_id" text not null, "code" text not null, "zone" text not null, "aisle" integer not null, "bay" integer not null, "level" integer not null, "side" text check ("side" in ('L', 'R')) not null, "x_m" real not null, "y_m" real not null, "block" integer not null, "active" boolean not null default true, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "oms_bin_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_oms_bin_deleted_at" ON "oms_bin" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_oms_bin_stock_location_id_code_unique" ON "oms_bin" ("stock_location_id", "code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_oms_bin_layout_id" ON "oms_bin" ("layout_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "oms_bin_movement" ("id" text not null, "stock_location_id" text not null, "inventory_item_id" text not null, "from_bin_id" text null, "to_bin_id" text null, "quantity" integer not null, "reason" text check ("reason" in ('putaway', 'move', 'pick', 'adjust')) not null, "actor" text null, "at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "oms_bin_movement_pkey" primary key ("id"), constraint oms_bin_movement_quantity_positive check (quantity > 0));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_oms_bin_movement_deleted_at" ON "oms_bin_movement" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_oms_bin_movement_stock_location_id_inventory_item_id_at" ON "oms_bin_movement" ("stock_location_id", "inventory_item_id", "at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_oms_bin_movement_from_bin_id" ON "oms_bin_movement" ("from_bin_id") WHERE deleted_at IS NULL AND from_bin_id IS NOT NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_oms_bin_movement_to_bin_id" ON "oms_bin_movement" ("to_bin_id") WHERE deleted_at IS NULL AND to_bin_id IS NOT NULL;`);

    this.addSql(`create table if not exists "oms_bin_stock" ("id" text not null, "bin_id" text not null, "stock_location_id" text not null, "inventory_item_id" text not null, "quantity" integer not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "oms_bin_stock_pkey" primary key ("id"), constraint oms_bin_stock_quantity_non_negative check (quantity >= 0));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_oms_bin_stock_deleted_at" ON "oms_bin_stock" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_oms_bin_stock_bin_id_inventory_item_id_unique" ON "oms_bin_stock" ("bin_id", "inventory_item_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_oms_bin_stock_stock_location_id_inventory_item_id" ON "oms_bin_stock" ("stock_location_id", "inventory_item_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "oms_carton" ("id" text not null, "stock_location_id" text not null, "code" text not null, "name" text not null, "inner_length_cm" real not null, "inner_width_cm" real not null, "inner_height_cm" real not null, "tare_g" integer not null, "max_weight_g" integer not null, "cost" real not null default 0, "active" boolean not null default true, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "oms_carton_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_oms_carton_deleted_at" ON "oms_carton" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_oms_carton_stock_location_id_code_unique" ON "oms_carton" ("stock_location_id", "code") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "oms_pack_session" ("id" text not null, "order_id" text not null, "stock_location_id" text not null, "status" text check ("status" in ('open', 'completed', 'canceled')) not null default 'open', "carton_code" text null, "parcels" jsonb not null default '[]', "scans" jsonb not null default '{"accepted":0,"refused":0,"events":[]}', "refused_count" integer not null default 0, "packed_by" text null, "completed_at" timestamptz null, "fulfillment_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "oms_pack_session_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_oms_pack_session_deleted_at" ON "oms_pack_session" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_oms_pack_session_order_id_open_unique" ON "oms_pack_session" ("order_id") WHERE status = 'open' AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_oms_pack_session_stock_location_id_status" ON "oms_pack_session" ("stock_location_id", "status") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "oms_pick_line" ("id" text not null, "wave_id" text not null, "order_id" text not null, "line_item_id" text not null, "inventory_item_id" text not null, "bin_id" text not null, "bin_code" text not null, "sequence" integer not null, "quantity" integer not null, "picked_quantity" integer not null default 0, "short_reason" text null, "picked_at" timestamptz null, "picked_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "oms_pick_line_pkey" primary key ("id"), constraint oms_pick_line_quantity_positive check (quantity > 0), constraint oms_pick_line_picked_quantity_range check (picked_quantity >= 0 AND picked_quantity <= quantity));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_oms_pick_line_deleted_at" ON "oms_pick_line" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_oms_pick_line_wave_id_sequence" ON "oms_pick_line" ("wave_id", "sequence") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_oms_pick_line_order_id" ON "oms_pick_line" ("order_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "oms_warehouse_layout" ("id" text not null, "stock_location_id" text not null, "zone_code" text not null default 'A', "aisles" integer not null, "bays_per_aisle" integer not null, "levels" integer not null, "bay_width_m" real not null, "aisle_width_m" real not null, "cross_aisles" integer not null default 2, "cross_aisle_width_m" real not null, "depot_aisle" integer not null default 1, "version" integer not null default 1, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "oms_warehouse_layout_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_oms_warehouse_layout_deleted_at" ON "oms_warehouse_layout" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_oms_warehouse_layout_stock_location_id_unique" ON "oms_warehouse_layout" ("stock_location_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "oms_wave" ("id" text not null, "stock_location_id" text not null, "status" text check ("status" in ('open', 'picking', 'picked', 'canceled')) not null default 'open', "mode" text check ("mode" in ('single', 'batch')) not null, "route" jsonb not null, "order_count" integer not null default 0, "item_count" integer not null default 0, "created_by" text null, "picked_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "oms_wave_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_oms_wave_deleted_at" ON "oms_wave" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_oms_wave_stock_location_id_status" ON "oms_wave" ("stock_location_id", "status") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "oms_wave_order" ("id" text not null, "wave_id" text not null, "order_id" text not null, "tote" integer not null, "status" text check ("status" in ('waiting', 'picked', 'short', 'canceled')) not null default 'waiting', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "oms_wave_order_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_oms_wave_order_deleted_at" ON "oms_wave_order" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_oms_wave_order_wave_id" ON "oms_wave_order" ("wave_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_oms_wave_order_order_id_active_unique" ON "oms_wave_order" ("order_id") WHERE status <> 'canceled' AND deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "oms_bin" cascade;`);

    this.addSql(`drop table if exists "oms_bin_movement" cascade;`);

    this.addSql(`drop table if exists "oms_bin_stock" cascade;`);

    this.addSql(`drop table if exists "oms_carton" cascade;`);

    this.addSql(`drop table if exists "oms_pack_session" cascade;`);

    this.addSql(`drop table if exists "oms_pick_line" cascade;`);

    this.addSql(`drop table if exists "oms_warehouse_layout" cascade;`);

    this.addSql(`drop table if exists "oms_wave" cascade;`);

    this.addSql(`drop table if exists "oms_wave_order" cascade;`);
  }

}
