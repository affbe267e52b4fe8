import { Migration } from "@medusajs/framework/mikro-orm/migrations";

/** Customer service profiles, value tiers, classification settings and recompute runs. */
export class Migration20261126181552 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "customer_classification_setting" ("id" text not null, "dormant_after_days" integer not null default 365, "mirror_customer_groups" boolean not null default false, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "customer_classification_setting_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_customer_classification_setting_deleted_at" ON "customer_classification_setting" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`create table if not exists "customer_profile_recompute_run" ("id" text not null, "status" text check ("status" in ('running', 'succeeded', 'failed')) not null default 'running', "trigger" text not null, "total" integer not null default 0, "processed" integer not null default 0, "changed" integer not null default 0, "error" text null, "started_by" text null, "started_at" timestamptz not null, "finished_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "customer_profile_recompute_run_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_customer_profile_recompute_run_deleted_at" ON "customer_profile_recompute_run" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_customer_profile_recompute_run_status" ON "customer_profile_recompute_run" ("status") WHERE deleted_at IS NULL;`);
    this.addSql(`create table if not exists "customer_service_profile" ("id" text not null, "customer_id" text not null, "lifecycle_stage" text check ("lifecycle_stage" in ('potential', 'new', 'returning', 'dormant')) not null default 'potential', "value_tier" text null, "order_count" integer not null default 0, "total_spent" numeric not null default 0, "currency_code" text null, "first_order_at" timestamptz null, "last_order_at" timestamptz null, "computed_at" timestamptz not null, "raw_total_spent" jsonb not null default '{"value":"0","precision":20}', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "customer_service_profile_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_customer_service_profile_deleted_at" ON "customer_service_profile" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_customer_service_profile_customer_id_unique" ON "customer_service_profile" ("customer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_customer_service_profile_lifecycle_stage" ON "customer_service_profile" ("lifecycle_stage") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_customer_service_profile_value_tier" ON "customer_service_profile" ("value_tier") WHERE deleted_at IS NULL;`);
    this.addSql(`create table if not exists "customer_tier" ("id" text not null, "code" text not null, "name" text not null, "min_total_spent" numeric not null default 0, "min_order_count" integer not null default 0, "rank" integer not null, "customer_group_id" text null, "is_active" boolean not null default true, "raw_min_total_spent" jsonb not null default '{"value":"0","precision":20}', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "customer_tier_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_customer_tier_deleted_at" ON "customer_tier" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_customer_tier_code_unique" ON "customer_tier" ("code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_customer_tier_rank_unique" ON "customer_tier" ("rank") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "customer_classification_setting" cascade;`);
    this.addSql(`drop table if exists "customer_profile_recompute_run" cascade;`);
    this.addSql(`drop table if exists "customer_service_profile" cascade;`);
    this.addSql(`drop table if exists "customer_tier" cascade;`);
  }

}
