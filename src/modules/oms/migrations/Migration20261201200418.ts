import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261201200418 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "oms_routing_settings" ("id" text not null, "scope" text not null default 'store', "strategy" text null, "max_shipments" integer null, "per_parcel" real null, "per_kg_km" real null, "updated_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "oms_routing_settings_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_oms_routing_settings_deleted_at" ON "oms_routing_settings" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_oms_routing_settings_scope" ON "oms_routing_settings" ("scope") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "oms_setting_change" ("id" text not null, "subject" text not null, "actor" text null, "before" jsonb not null, "after" jsonb not null, "changed_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "oms_setting_change_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_oms_setting_change_deleted_at" ON "oms_setting_change" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_oms_setting_change_subject_changed_at" ON "oms_setting_change" ("subject", "changed_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "oms_routing_settings" cascade;`);

    this.addSql(`drop table if exists "oms_setting_change" cascade;`);
  }

}
