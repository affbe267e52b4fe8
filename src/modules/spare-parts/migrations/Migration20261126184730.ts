import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261126184730 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "stock_alert" ("id" text not null, "part_id" text not null, "location_id" text not null, "type" text check ("type" in ('low_stock', 'stockout')) not null, "status" text check ("status" in ('open', 'acknowledged', 'resolved')) not null default 'open', "available" integer not null, "reorder_point" integer not null, "suggested_quantity" integer not null default 0, "raised_at" timestamptz not null, "acknowledged_by" text null, "acknowledged_at" timestamptz null, "resolved_by" text null, "resolved_at" timestamptz null, "resolution_note" text null, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "stock_alert_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_stock_alert_deleted_at" ON "stock_alert" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_stock_alert_part_id_location_id_type_unique" ON "stock_alert" ("part_id", "location_id", "type") WHERE status IN ('open', 'acknowledged') AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_stock_alert_status_raised_at" ON "stock_alert" ("status", "raised_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_stock_alert_location_id" ON "stock_alert" ("location_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "stocktake" ("id" text not null, "number" text not null, "location_id" text not null, "status" text check ("status" in ('open', 'counting', 'submitted', 'approved', 'posted', 'canceled')) not null default 'open', "blind_count" boolean not null default false, "filter_category" text null, "filter_part_ids" text[] null, "notes" text null, "opened_by" text null, "submitted_by" text null, "submitted_at" timestamptz null, "approved_by" text null, "approved_at" timestamptz null, "posted_by" text null, "posted_at" timestamptz null, "canceled_by" text null, "canceled_at" timestamptz null, "cancel_reason" text null, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "stocktake_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_stocktake_deleted_at" ON "stocktake" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_stocktake_number_unique" ON "stocktake" ("number") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_stocktake_location_id_status" ON "stocktake" ("location_id", "status") WHERE deleted_at IS NULL;`);
    this.addSql(`create sequence if not exists "stocktake_number_seq";`);

    this.addSql(`create table if not exists "stocktake_line" ("id" text not null, "part_id" text not null, "inventory_item_id" text not null, "expected_quantity" integer not null, "counted_quantity" integer null, "variance" integer null, "counted_by" text null, "counted_at" timestamptz null, "stocktake_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "stocktake_line_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_stocktake_line_stocktake_id" ON "stocktake_line" ("stocktake_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_stocktake_line_deleted_at" ON "stocktake_line" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_stocktake_line_stocktake_id_part_id_unique" ON "stocktake_line" ("stocktake_id", "part_id") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "stocktake_line" drop constraint if exists "stocktake_line_stocktake_id_foreign";`);
    this.addSql(`alter table if exists "stocktake_line" add constraint "stocktake_line_stocktake_id_foreign" foreign key ("stocktake_id") references "stocktake" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "stocktake_line" drop constraint if exists "stocktake_line_stocktake_id_foreign";`);
    this.addSql(`drop table if exists "stocktake_line" cascade;`);
    this.addSql(`drop table if exists "stocktake" cascade;`);
    this.addSql(`drop sequence if exists "stocktake_number_seq";`);
    this.addSql(`drop table if exists "stock_alert" cascade;`);
  }

}
