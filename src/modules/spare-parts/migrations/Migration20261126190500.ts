import { Migration } from "@medusajs/framework/mikro-orm/migrations";

/** Scrap requests, part forecasts, parts runs; the scrap number sequence; one sale row per fulfilment and part. */
export class Migration20261126190500 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "scrap_request" drop constraint if exists "scrap_request_number_unique";`);
    this.addSql(`create table if not exists "part_forecast" ("id" text not null, "part_id" text not null, "location_id" text null, "period" text check ("period" in ('week', 'month')) not null default 'month', "first_period" text not null, "horizon" integer not null, "method" text not null, "demand_class" text not null, "forecast" jsonb not null, "lower" jsonb not null, "upper" jsonb not null, "backtest_rmsse" real null, "backtest_mase" real null, "backtest_bias" real null, "history_periods" integer not null default 0, "lead_time_days" integer not null, "lead_time_demand" real not null default 0, "service_level" real not null, "safety_stock" integer not null default 0, "reorder_point" integer not null default 0, "signals" jsonb null, "computed_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "part_forecast_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_part_forecast_deleted_at" ON "part_forecast" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_part_forecast_part_id" ON "part_forecast" ("part_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_part_forecast_part_id_location_id" ON "part_forecast" ("part_id", "location_id") WHERE deleted_at IS NULL;`);
    this.addSql(`create table if not exists "parts_run" ("id" text not null, "kind" text check ("kind" in ('sales_backfill', 'forecast')) not null, "status" text check ("status" in ('running', 'succeeded', 'failed')) not null default 'running', "trigger" text not null, "total" integer not null default 0, "processed" integer not null default 0, "changed" integer not null default 0, "error" text null, "started_by" text null, "started_at" timestamptz not null, "finished_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "parts_run_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_parts_run_deleted_at" ON "parts_run" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_parts_run_kind_status" ON "parts_run" ("kind", "status") WHERE deleted_at IS NULL;`);
    this.addSql(`create table if not exists "scrap_request" ("id" text not null, "number" text not null, "part_id" text not null, "location_id" text not null, "quantity" integer not null, "reason" text check ("reason" in ('damaged', 'defective_return', 'obsolete', 'expired')) not null, "photos" jsonb null, "notes" text null, "status" text check ("status" in ('requested', 'approved', 'rejected', 'disposed', 'canceled')) not null default 'requested', "requested_by" text null, "approved_by" text null, "approved_at" timestamptz null, "rejected_by" text null, "rejected_at" timestamptz null, "rejection_reason" text null, "disposal_method" text check ("disposal_method" in ('recycle', 'destroy', 'return_to_supplier')) null, "disposed_by" text null, "disposed_at" timestamptz null, "canceled_by" text null, "canceled_at" timestamptz null, "unit_cost" numeric null, "written_off_value" numeric null, "currency_code" text not null default 'eur', "in_stock" boolean not null default true, "source_type" text not null default 'manual', "source_id" text null, "metadata" jsonb null, "raw_unit_cost" jsonb null, "raw_written_off_value" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "scrap_request_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_scrap_request_deleted_at" ON "scrap_request" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_scrap_request_number_unique" ON "scrap_request" ("number") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_scrap_request_part_id" ON "scrap_request" ("part_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_scrap_request_status" ON "scrap_request" ("status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_scrap_request_location_id" ON "scrap_request" ("location_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_scrap_request_source_type_source_id" ON "scrap_request" ("source_type", "source_id") WHERE deleted_at IS NULL;`);

    // Scrap request numbers (SR-000123): unique and gap-tolerant under concurrent creation.
    this.addSql(`create sequence if not exists "scrap_request_number_seq" start with 1 increment by 1 no cycle;`);

    // Parts sales are recorded from host fulfilment events, which may arrive twice: one sale
    // row per order, fulfilment, part and location (reversal rows excluded).
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_stock_movement_sale_fulfillment_unique" ON "stock_movement" ("reference_id", ((metadata->>'fulfillment_id')), "part_id", "location_id") WHERE type = 'sale' AND reference_type = 'order' AND (metadata->>'reversal_of') IS NULL AND deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_stock_movement_sale_fulfillment_unique";`);
    this.addSql(`drop sequence if exists "scrap_request_number_seq";`);
    this.addSql(`drop table if exists "scrap_request" cascade;`);
    this.addSql(`drop table if exists "part_forecast" cascade;`);
    this.addSql(`drop table if exists "parts_run" cascade;`);
  }

}
