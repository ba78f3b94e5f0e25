import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261201140511 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "oms_feedback_request" drop constraint if exists "oms_feedback_request_shipment_id_unique";`);
    this.addSql(`alter table if exists "oms_feedback_request" drop constraint if exists "oms_feedback_request_token_hash_unique";`);
    this.addSql(`create table if not exists "oms_feedback" ("id" text not null, "order_id" text not null, "shipment_id" text null, "customer_id" text null, "rating" integer not null, "comment" text null, "source" text check ("source" in ('link', 'account')) not null, "stock_location_id" text null, "sales_channel_id" text null, "region_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "oms_feedback_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_oms_feedback_deleted_at" ON "oms_feedback" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_oms_feedback_order_id" ON "oms_feedback" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_oms_feedback_stock_location_id_created_at" ON "oms_feedback" ("stock_location_id", "created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "oms_feedback_request" ("id" text not null, "order_id" text not null, "shipment_id" text not null, "token_hash" text not null, "expires_at" timestamptz not null, "used_at" timestamptz null, "delivery" text not null default 'sent', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "oms_feedback_request_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_oms_feedback_request_deleted_at" ON "oms_feedback_request" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_oms_feedback_request_token_hash_unique" ON "oms_feedback_request" ("token_hash") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_oms_feedback_request_shipment_id_unique" ON "oms_feedback_request" ("shipment_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_oms_feedback_request_order_id" ON "oms_feedback_request" ("order_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "oms_feedback" cascade;`);

    this.addSql(`drop table if exists "oms_feedback_request" cascade;`);
  }

}
