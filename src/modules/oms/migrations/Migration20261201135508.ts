import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261201135508 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "oms_return_line" ("id" text not null, "source" text check ("source" in ('return', 'claim', 'exchange')) not null, "source_id" text not null, "source_item_id" text not null, "part" text check ("part" in ('all', 'damaged', 'intact')) not null default 'all', "order_id" text not null, "line_item_id" text not null, "variant_id" text null, "product_id" text null, "quantity" integer not null, "received_quantity" integer not null default 0, "damaged_quantity" integer not null default 0, "reason_id" text null, "reason_value" text null, "reason_path" jsonb not null default '[]', "claim_reason" text null, "note" text null, "cause" text not null, "rule" text not null, "shipment_id" text null, "stock_location_id" text null, "wave_id" text null, "picked_by" text null, "packed_by" text null, "carton_code" text null, "shipping_option_id" text null, "sales_channel_id" text null, "region_id" text null, "shipped_late" boolean null, "days_in_transit" real null, "requested_at" timestamptz null, "received_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "oms_return_line_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_oms_return_line_deleted_at" ON "oms_return_line" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_oms_return_line_source_source_id" ON "oms_return_line" ("source", "source_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_oms_return_line_order_id" ON "oms_return_line" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_oms_return_line_requested_at" ON "oms_return_line" ("requested_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_oms_return_line_stock_location_id_requested_at" ON "oms_return_line" ("stock_location_id", "requested_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_oms_return_line_product_id_requested_at" ON "oms_return_line" ("product_id", "requested_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_oms_return_line_cause_requested_at" ON "oms_return_line" ("cause", "requested_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "oms_return_line" cascade;`);
  }

}
