import { Migration } from "@medusajs/framework/mikro-orm/migrations";

/** SLA: business calendars, SLA policies and the SLA bookkeeping columns of service_ticket. */
export class Migration20261126184500 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "business_calendar" ("id" text not null, "name" text not null, "timezone" text not null, "working_hours" jsonb not null, "holidays" text[] not null, "is_default" boolean not null default false, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "business_calendar_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_business_calendar_deleted_at" ON "business_calendar" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_business_calendar_name_unique" ON "business_calendar" ("name") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "sla_policy" ("id" text not null, "name" text not null, "description" text null, "priority" text check ("priority" in ('low', 'normal', 'high', 'urgent')) null, "customer_tier" text null, "first_response_minutes" integer null, "next_response_minutes" integer null, "resolution_minutes" integer null, "warning_percent" integer not null default 80, "calendar_id" text not null, "rank" integer not null default 100, "is_active" boolean not null default true, "escalate_on_breach" boolean not null default true, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "sla_policy_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_sla_policy_deleted_at" ON "sla_policy" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_sla_policy_calendar_id" ON "sla_policy" ("calendar_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_sla_policy_priority_customer_tier" ON "sla_policy" ("priority", "customer_tier") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "service_ticket" add column if not exists "sla_policy_id" text null, add column if not exists "first_response_due_at" timestamptz null, add column if not exists "next_response_due_at" timestamptz null, add column if not exists "resolution_due_at" timestamptz null, add column if not exists "sla_due_at" timestamptz null, add column if not exists "sla_status" text check ("sla_status" in ('ok', 'warning', 'breached', 'paused')) null, add column if not exists "sla_paused_since" timestamptz null, add column if not exists "sla_pauses" jsonb null, add column if not exists "awaiting_response_since" timestamptz null, add column if not exists "sla_notified" jsonb null, add column if not exists "sla_next_check_at" timestamptz null, add column if not exists "escalated_at" timestamptz null;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_ticket_sla_status" ON "service_ticket" ("sla_status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_ticket_sla_due_at" ON "service_ticket" ("sla_due_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_ticket_sla_next_check_at" ON "service_ticket" ("sla_next_check_at") WHERE sla_next_check_at IS NOT NULL AND deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_service_ticket_sla_next_check_at";`);
    this.addSql(`drop index if exists "IDX_service_ticket_sla_due_at";`);
    this.addSql(`drop index if exists "IDX_service_ticket_sla_status";`);
    this.addSql(`alter table if exists "service_ticket" drop column if exists "sla_policy_id", drop column if exists "first_response_due_at", drop column if exists "next_response_due_at", drop column if exists "resolution_due_at", drop column if exists "sla_due_at", drop column if exists "sla_status", drop column if exists "sla_paused_since", drop column if exists "sla_pauses", drop column if exists "awaiting_response_since", drop column if exists "sla_notified", drop column if exists "sla_next_check_at", drop column if exists "escalated_at";`);
    this.addSql(`drop table if exists "sla_policy" cascade;`);
    this.addSql(`drop table if exists "business_calendar" cascade;`);
  }

}
