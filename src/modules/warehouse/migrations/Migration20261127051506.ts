import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261127051506 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "oms_wave_order" drop constraint if exists "oms_wave_order_order_location_active_unique";`);
    this.addSql(`alter table if exists "oms_wave_order" drop constraint if exists "oms_wave_order_status_check";`);

    this.addSql(`drop index if exists "IDX_oms_wave_order_order_id_active_unique";`);

    // Existing claims take their wave's centre, then the column becomes required.
    this.addSql(`alter table if exists "oms_wave_order" add column if not exists "stock_location_id" text null;`);
    this.addSql(`update "oms_wave_order" o set "stock_location_id" = w."stock_location_id" from "oms_wave" w where w."id" = o."wave_id" and o."stock_location_id" is null;`);
    this.addSql(`alter table if exists "oms_wave_order" alter column "stock_location_id" set not null;`);
    this.addSql(`alter table if exists "oms_wave_order" add constraint "oms_wave_order_status_check" check("status" in ('waiting', 'picked', 'packed', 'short', 'canceled'));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_oms_wave_order_order_location_active_unique" ON "oms_wave_order" ("order_id", "stock_location_id") WHERE status <> 'canceled' AND deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "oms_wave_order" drop constraint if exists "oms_wave_order_status_check";`);

    this.addSql(`drop index if exists "IDX_oms_wave_order_order_location_active_unique";`);
    this.addSql(`alter table if exists "oms_wave_order" drop column if exists "stock_location_id";`);

    this.addSql(`alter table if exists "oms_wave_order" add constraint "oms_wave_order_status_check" check("status" in ('waiting', 'picked', 'short', 'canceled'));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_oms_wave_order_order_id_active_unique" ON "oms_wave_order" ("order_id") WHERE status <> 'canceled' AND deleted_at IS NULL;`);
  }

}
