import { Migration } from "@medusajs/framework/mikro-orm/migrations";
import { backfillShipments } from "../backfill-shipments";

/** Shipments (order × centre) and the timeline's shipment columns; existing orders are carried over. */

export class Migration20261201093404 extends Migration {

  override async up(): Promise<void> {
    await this.execute(`alter table if exists "oms_shipment" drop constraint if exists "oms_shipment_order_location_live_unique";`);
    await this.execute(`create table if not exists "oms_shipment" ("id" text not null, "order_id" text not null, "stock_location_id" text null, "stage" text not null default 'routed', "stage_changed_at" timestamptz null, "lines" jsonb not null default '[]', "decision_id" text null, "shipping_option_id" text null, "wave_id" text null, "picked_by" text null, "packed_by" text null, "carton_codes" text[] not null default '{}', "fulfillment_id" text null, "tracking_numbers" text[] not null default '{}', "routed_at" timestamptz null, "waved_at" timestamptz null, "picked_at" timestamptz null, "short_picked_at" timestamptz null, "packed_at" timestamptz null, "shipped_at" timestamptz null, "delivered_at" timestamptz null, "canceled_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "oms_shipment_pkey" primary key ("id"));`);
    await this.execute(`CREATE INDEX IF NOT EXISTS "IDX_oms_shipment_deleted_at" ON "oms_shipment" ("deleted_at") WHERE deleted_at IS NULL;`);
    await this.execute(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_oms_shipment_order_location_live_unique" ON "oms_shipment" ("order_id", "stock_location_id") WHERE stage <> 'rerouted' AND deleted_at IS NULL;`);
    await this.execute(`CREATE INDEX IF NOT EXISTS "IDX_oms_shipment_stock_location_id_stage" ON "oms_shipment" ("stock_location_id", "stage") WHERE deleted_at IS NULL;`);
    await this.execute(`CREATE INDEX IF NOT EXISTS "IDX_oms_shipment_fulfillment_id" ON "oms_shipment" ("fulfillment_id") WHERE deleted_at IS NULL AND fulfillment_id IS NOT NULL;`);

    await this.execute(`alter table if exists "oms_order_event" add column if not exists "shipment_id" text null, add column if not exists "stock_location_id" text null;`);

    // run now, in this migration's transaction, after the table exists
    await backfillShipments((sql, params) => this.execute(sql, params as never) as never);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "oms_shipment" cascade;`);

    this.addSql(`alter table if exists "oms_order_event" drop column if exists "shipment_id", drop column if exists "stock_location_id";`);
  }

}
