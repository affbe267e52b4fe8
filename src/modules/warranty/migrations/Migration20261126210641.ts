import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261126210641 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "warranty_registration" drop constraint if exists "warranty_registration_line_item_id_unit_index_kind_unique";`);
    this.addSql(`create table if not exists "warranty_policy" ("id" text not null, "name" text not null, "description" text null, "kind" text check ("kind" in ('standard', 'extended')) not null default 'standard', "duration_months" integer not null, "coverage" text check ("coverage" in ('parts', 'labour', 'parts_and_labour')) not null default 'parts_and_labour', "conditions" text null, "start_basis" text check ("start_basis" in ('order_date', 'fulfillment_date', 'delivery_date')) not null default 'delivery_date', "product_ids" text[] not null, "collection_ids" text[] not null, "type_ids" text[] not null, "tag_ids" text[] not null, "variant_ids" text[] not null, "sale_variant_ids" text[] not null, "is_default" boolean not null default false, "is_active" boolean not null default true, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "warranty_policy_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_warranty_policy_deleted_at" ON "warranty_policy" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_warranty_policy_kind_is_active" ON "warranty_policy" ("kind", "is_active") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "warranty_registration" ("id" text not null, "kind" text check ("kind" in ('standard', 'extended')) not null default 'standard', "source" text check ("source" in ('order', 'manual', 'import')) not null default 'order', "status" text check ("status" in ('pending', 'active', 'expired', 'voided')) not null default 'pending', "customer_id" text null, "customer_email" text null, "customer_name" text null, "order_id" text null, "order_display_id" integer null, "line_item_id" text null, "unit_index" integer not null default 1, "product_id" text null, "variant_id" text null, "product_title" text null, "variant_title" text null, "sku" text null, "serial_number" text null, "coverage" text check ("coverage" in ('parts', 'labour', 'parts_and_labour')) not null, "duration_months" integer not null, "purchased_at" timestamptz not null, "starts_at" timestamptz null, "ends_at" timestamptz null, "extends_registration_id" text null, "voided_at" timestamptz null, "void_reason" text null, "expiring_notified_at" timestamptz null, "expired_notified_at" timestamptz null, "metadata" jsonb null, "policy_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "warranty_registration_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_warranty_registration_policy_id" ON "warranty_registration" ("policy_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_warranty_registration_deleted_at" ON "warranty_registration" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_warranty_registration_line_item_id_unit_index_kind_unique" ON "warranty_registration" ("line_item_id", "unit_index", "kind") WHERE deleted_at IS NULL AND line_item_id IS NOT NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_warranty_registration_serial_number" ON "warranty_registration" ("serial_number") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_warranty_registration_customer_id" ON "warranty_registration" ("customer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_warranty_registration_order_id" ON "warranty_registration" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_warranty_registration_status_ends_at" ON "warranty_registration" ("status", "ends_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_warranty_registration_extends_registration_id" ON "warranty_registration" ("extends_registration_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "warranty_setting" ("id" text not null, "expiry_reminder_days" integer not null default 30, "notify_customers" boolean not null default true, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "warranty_setting_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_warranty_setting_deleted_at" ON "warranty_setting" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "warranty_registration" add constraint "warranty_registration_policy_id_foreign" foreign key ("policy_id") references "warranty_policy" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "warranty_registration" drop constraint if exists "warranty_registration_policy_id_foreign";`);

    this.addSql(`drop table if exists "warranty_policy" cascade;`);

    this.addSql(`drop table if exists "warranty_registration" cascade;`);

    this.addSql(`drop table if exists "warranty_setting" cascade;`);
  }

}
