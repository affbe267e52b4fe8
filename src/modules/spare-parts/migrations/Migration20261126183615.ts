import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261126183615 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "part_supplier" drop constraint if exists "part_supplier_part_id_supplier_id_unique";`);
    this.addSql(`alter table if exists "supplier" drop constraint if exists "supplier_code_unique";`);
    this.addSql(`alter table if exists "spare_part" drop constraint if exists "spare_part_inventory_item_id_unique";`);
    this.addSql(`alter table if exists "spare_part" drop constraint if exists "spare_part_part_number_unique";`);
    this.addSql(`create table if not exists "spare_part" ("id" text not null, "part_number" text not null, "name" text not null, "model" text null, "description" text null, "specifications" jsonb null, "category" text null, "unit_cost" numeric null, "currency_code" text not null default 'eur', "status" text check ("status" in ('active', 'phase_out', 'obsolete')) not null default 'active', "superseded_by_id" text null, "product_id" text null, "variant_id" text null, "inventory_item_id" text not null, "compatible_product_ids" text[] not null, "compatible_variant_ids" text[] not null, "metadata" jsonb null, "raw_unit_cost" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "spare_part_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_spare_part_deleted_at" ON "spare_part" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_spare_part_part_number_unique" ON "spare_part" ("part_number") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_spare_part_inventory_item_id_unique" ON "spare_part" ("inventory_item_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_spare_part_variant_id" ON "spare_part" ("variant_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_spare_part_status" ON "spare_part" ("status") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "stock_movement" ("id" text not null, "part_id" text not null, "inventory_item_id" text not null, "location_id" text not null, "type" text check ("type" in ('receipt', 'issue', 'return_to_stock', 'transfer_out', 'transfer_in', 'adjustment', 'scrap', 'sale')) not null, "quantity" integer not null, "reason" text null, "reference_type" text null, "reference_id" text null, "transfer_id" text null, "unit_cost" numeric null, "actor_type" text null, "actor_id" text null, "occurred_at" timestamptz not null, "metadata" jsonb null, "raw_unit_cost" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "stock_movement_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_stock_movement_deleted_at" ON "stock_movement" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_stock_movement_part_id_occurred_at" ON "stock_movement" ("part_id", "occurred_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_stock_movement_location_id" ON "stock_movement" ("location_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_stock_movement_reference_type_reference_id" ON "stock_movement" ("reference_type", "reference_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_stock_movement_type" ON "stock_movement" ("type") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "supplier" ("id" text not null, "code" text not null, "name" text not null, "contact_name" text null, "email" text null, "phone" text null, "address" jsonb null, "currency_code" text not null default 'eur', "payment_terms" text null, "lead_time_days" integer not null default 7, "is_active" boolean not null default true, "notes" text null, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "supplier_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_supplier_deleted_at" ON "supplier" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_supplier_code_unique" ON "supplier" ("code") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "part_supplier" ("id" text not null, "supplier_part_number" text null, "unit_price" numeric not null, "currency_code" text not null default 'eur', "lead_time_days" integer null, "min_order_quantity" integer not null default 1, "pack_size" integer not null default 1, "is_preferred" boolean not null default false, "part_id" text not null, "supplier_id" text not null, "raw_unit_price" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "part_supplier_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_part_supplier_part_id" ON "part_supplier" ("part_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_part_supplier_supplier_id" ON "part_supplier" ("supplier_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_part_supplier_deleted_at" ON "part_supplier" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_part_supplier_part_id_supplier_id_unique" ON "part_supplier" ("part_id", "supplier_id") WHERE deleted_at IS NULL;`);

    // The ledger is append-only: a correction is a new, reversing row.
    this.addSql(`create or replace function stock_movement_reject_change() returns trigger as $$
      begin
        raise exception 'stock_movement is append-only: % is not allowed', TG_OP
          using errcode = 'insufficient_privilege';
      end;
      $$ language plpgsql;`);
    this.addSql(`drop trigger if exists stock_movement_append_only on "stock_movement";`);
    this.addSql(`create trigger stock_movement_append_only
      before update or delete on "stock_movement"
      for each row execute function stock_movement_reject_change();`);

    this.addSql(`alter table if exists "part_supplier" add constraint "part_supplier_part_id_foreign" foreign key ("part_id") references "spare_part" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table if exists "part_supplier" add constraint "part_supplier_supplier_id_foreign" foreign key ("supplier_id") references "supplier" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists stock_movement_append_only on "stock_movement";`);
    this.addSql(`drop function if exists stock_movement_reject_change();`);
    this.addSql(`alter table if exists "part_supplier" drop constraint if exists "part_supplier_part_id_foreign";`);

    this.addSql(`alter table if exists "part_supplier" drop constraint if exists "part_supplier_supplier_id_foreign";`);

    this.addSql(`drop table if exists "spare_part" cascade;`);

    this.addSql(`drop table if exists "stock_movement" cascade;`);

    this.addSql(`drop table if exists "supplier" cascade;`);

    this.addSql(`drop table if exists "part_supplier" cascade;`);
  }

}
