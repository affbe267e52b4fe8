import { Migration } from "@medusajs/framework/mikro-orm/migrations";

/** Procurement: requisitions, approval rules, purchase orders, goods receipts and their number sequences. */
export class Migration20261126184300 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "purchase_requisition" drop constraint if exists "purchase_requisition_number_unique";`);
    this.addSql(`alter table if exists "goods_receipt" drop constraint if exists "goods_receipt_number_unique";`);
    this.addSql(`alter table if exists "purchase_order" drop constraint if exists "purchase_order_number_unique";`);
    this.addSql(`create table if not exists "approval_rule" ("id" text not null, "name" text not null, "document_type" text check ("document_type" in ('requisition', 'purchase_order')) not null, "min_amount" numeric not null default 0, "max_amount" numeric null, "category" text null, "approver_role" text not null, "is_active" boolean not null default true, "rank" integer not null default 0, "raw_min_amount" jsonb not null default '{"value":"0","precision":20}', "raw_max_amount" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "approval_rule_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_approval_rule_deleted_at" ON "approval_rule" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_approval_rule_document_type_is_active" ON "approval_rule" ("document_type", "is_active") WHERE deleted_at IS NULL;`);
    this.addSql(`create table if not exists "purchase_order" ("id" text not null, "number" text not null, "supplier_id" text not null, "requisition_id" text null, "status" text check ("status" in ('draft', 'ordered', 'partially_received', 'received', 'closed', 'canceled')) not null default 'draft', "currency_code" text not null default 'eur', "expected_at" timestamptz null, "ordered_at" timestamptz null, "ordered_by" text null, "notes" text null, "subtotal" numeric not null default 0, "total" numeric not null default 0, "created_by" text null, "approval_rule_id" text null, "required_approver_role" text null, "approved_by" text null, "approved_at" timestamptz null, "received_at" timestamptz null, "closed_at" timestamptz null, "closed_by" text null, "close_reason" text null, "canceled_at" timestamptz null, "canceled_by" text null, "cancel_reason" text null, "metadata" jsonb null, "raw_subtotal" jsonb not null default '{"value":"0","precision":20}', "raw_total" jsonb not null default '{"value":"0","precision":20}', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "purchase_order_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_purchase_order_deleted_at" ON "purchase_order" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_purchase_order_number_unique" ON "purchase_order" ("number") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_purchase_order_supplier_id" ON "purchase_order" ("supplier_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_purchase_order_status" ON "purchase_order" ("status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_purchase_order_requisition_id" ON "purchase_order" ("requisition_id") WHERE deleted_at IS NULL;`);
    this.addSql(`create table if not exists "goods_receipt" ("id" text not null, "number" text not null, "received_at" timestamptz not null, "received_by" text null, "notes" text null, "purchase_order_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "goods_receipt_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_goods_receipt_purchase_order_id" ON "goods_receipt" ("purchase_order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_goods_receipt_deleted_at" ON "goods_receipt" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_goods_receipt_number_unique" ON "goods_receipt" ("number") WHERE deleted_at IS NULL;`);
    this.addSql(`create table if not exists "goods_receipt_line" ("id" text not null, "purchase_order_line_id" text not null, "part_id" text not null, "location_id" text not null, "quantity_received" integer not null, "quantity_damaged" integer not null default 0, "quantity_accepted" integer not null, "receipt_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "goods_receipt_line_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_goods_receipt_line_receipt_id" ON "goods_receipt_line" ("receipt_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_goods_receipt_line_deleted_at" ON "goods_receipt_line" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_goods_receipt_line_purchase_order_line_id" ON "goods_receipt_line" ("purchase_order_line_id") WHERE deleted_at IS NULL;`);
    this.addSql(`create table if not exists "purchase_order_line" ("id" text not null, "part_id" text not null, "part_number" text not null, "part_name" text not null, "category" text null, "location_id" text not null, "supplier_part_number" text null, "quantity" integer not null, "unit_price" numeric not null, "received_quantity" integer not null default 0, "damaged_quantity" integer not null default 0, "requisition_line_id" text null, "purchase_order_id" text not null, "raw_unit_price" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "purchase_order_line_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_purchase_order_line_purchase_order_id" ON "purchase_order_line" ("purchase_order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_purchase_order_line_deleted_at" ON "purchase_order_line" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_purchase_order_line_part_id_location_id" ON "purchase_order_line" ("part_id", "location_id") WHERE deleted_at IS NULL;`);
    this.addSql(`create table if not exists "purchase_requisition" ("id" text not null, "number" text not null, "status" text check ("status" in ('draft', 'pending_approval', 'approved', 'rejected', 'converted', 'canceled')) not null default 'draft', "requested_by" text null, "reason" text null, "alert_id" text null, "supplier_id" text null, "currency_code" text not null default 'eur', "estimated_total" numeric not null default 0, "approval_rule_id" text null, "required_approver_role" text null, "submitted_at" timestamptz null, "approved_by" text null, "approved_at" timestamptz null, "rejected_by" text null, "rejected_at" timestamptz null, "rejection_reason" text null, "canceled_by" text null, "canceled_at" timestamptz null, "cancel_reason" text null, "converted_at" timestamptz null, "metadata" jsonb null, "raw_estimated_total" jsonb not null default '{"value":"0","precision":20}', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "purchase_requisition_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_purchase_requisition_deleted_at" ON "purchase_requisition" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_purchase_requisition_number_unique" ON "purchase_requisition" ("number") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_purchase_requisition_status" ON "purchase_requisition" ("status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_purchase_requisition_alert_id" ON "purchase_requisition" ("alert_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_purchase_requisition_requested_by" ON "purchase_requisition" ("requested_by") WHERE deleted_at IS NULL;`);
    this.addSql(`create table if not exists "purchase_requisition_line" ("id" text not null, "part_id" text not null, "part_number" text not null, "part_name" text not null, "category" text null, "location_id" text not null, "quantity" integer not null, "estimated_unit_price" numeric not null default 0, "requisition_id" text not null, "raw_estimated_unit_price" jsonb not null default '{"value":"0","precision":20}', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "purchase_requisition_line_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_purchase_requisition_line_requisition_id" ON "purchase_requisition_line" ("requisition_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_purchase_requisition_line_deleted_at" ON "purchase_requisition_line" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_purchase_requisition_line_part_id" ON "purchase_requisition_line" ("part_id") WHERE deleted_at IS NULL;`);
    this.addSql(`alter table if exists "goods_receipt" drop constraint if exists "goods_receipt_purchase_order_id_foreign";`);
    this.addSql(`alter table if exists "goods_receipt" add constraint "goods_receipt_purchase_order_id_foreign" foreign key ("purchase_order_id") references "purchase_order" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table if exists "goods_receipt_line" drop constraint if exists "goods_receipt_line_receipt_id_foreign";`);
    this.addSql(`alter table if exists "goods_receipt_line" add constraint "goods_receipt_line_receipt_id_foreign" foreign key ("receipt_id") references "goods_receipt" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table if exists "purchase_order_line" drop constraint if exists "purchase_order_line_purchase_order_id_foreign";`);
    this.addSql(`alter table if exists "purchase_order_line" add constraint "purchase_order_line_purchase_order_id_foreign" foreign key ("purchase_order_id") references "purchase_order" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table if exists "purchase_requisition_line" drop constraint if exists "purchase_requisition_line_requisition_id_foreign";`);
    this.addSql(`alter table if exists "purchase_requisition_line" add constraint "purchase_requisition_line_requisition_id_foreign" foreign key ("requisition_id") references "purchase_requisition" ("id") on update cascade on delete cascade;`);
    this.addSql(`create sequence if not exists "purchase_requisition_number_seq" start with 1 increment by 1 no cycle;`);
    this.addSql(`create sequence if not exists "purchase_order_number_seq" start with 1 increment by 1 no cycle;`);
    this.addSql(`create sequence if not exists "goods_receipt_number_seq" start with 1 increment by 1 no cycle;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "goods_receipt" drop constraint if exists "goods_receipt_purchase_order_id_foreign";`);
    this.addSql(`alter table if exists "purchase_order_line" drop constraint if exists "purchase_order_line_purchase_order_id_foreign";`);
    this.addSql(`alter table if exists "goods_receipt_line" drop constraint if exists "goods_receipt_line_receipt_id_foreign";`);
    this.addSql(`alter table if exists "purchase_requisition_line" drop constraint if exists "purchase_requisition_line_requisition_id_foreign";`);
    this.addSql(`drop table if exists "approval_rule" cascade;`);
    this.addSql(`drop table if exists "purchase_order" cascade;`);
    this.addSql(`drop table if exists "goods_receipt" cascade;`);
    this.addSql(`drop table if exists "goods_receipt_line" cascade;`);
    this.addSql(`drop table if exists "purchase_order_line" cascade;`);
    this.addSql(`drop table if exists "purchase_requisition" cascade;`);
    this.addSql(`drop table if exists "purchase_requisition_line" cascade;`);
    this.addSql(`drop sequence if exists "purchase_requisition_number_seq";`);
    this.addSql(`drop sequence if exists "purchase_order_number_seq";`);
    this.addSql(`drop sequence if exists "goods_receipt_number_seq";`);
  }

}
