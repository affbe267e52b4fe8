import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261126210646 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "technician_skill" drop constraint if exists "technician_skill_technician_id_product_category_id_unique";`);
    this.addSql(`alter table if exists "technician" drop constraint if exists "technician_user_id_unique";`);
    this.addSql(`alter table if exists "repair_pipeline" drop constraint if exists "repair_pipeline_key_unique";`);
    this.addSql(`alter table if exists "repair_order" drop constraint if exists "repair_order_number_unique";`);
    this.addSql(`alter table if exists "fault_code" drop constraint if exists "fault_code_code_unique";`);
    this.addSql(`create table if not exists "fault_code" ("id" text not null, "code" text not null, "name" text not null, "category" text null, "description" text null, "product_category_ids" text[] not null, "is_active" boolean not null default true, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "fault_code_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_fault_code_deleted_at" ON "fault_code" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_fault_code_code_unique" ON "fault_code" ("code") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "repair_order" ("id" text not null, "number" text not null, "source" text check ("source" in ('store', 'admin', 'ticket')) not null default 'admin', "customer_id" text null, "customer_email" text null, "customer_name" text null, "order_id" text null, "order_display_id" integer null, "line_item_id" text null, "product_id" text null, "variant_id" text null, "product_title" text null, "product_category_ids" text[] not null, "serial_number" text null, "warranty_registration_id" text null, "warranty_status" text check ("warranty_status" in ('in_warranty', 'extended', 'out_of_warranty', 'unknown')) not null default 'unknown', "entitlement" jsonb null, "service_ticket_id" text null, "fault_description" text not null, "photos" jsonb null, "intake_condition" text null, "accessories" text null, "priority" text check ("priority" in ('low', 'normal', 'high', 'urgent')) not null default 'normal', "arrival_mode" text check ("arrival_mode" in ('drop_off', 'ship_in', 'on_site')) not null default 'drop_off', "return_id" text null, "location_id" text null, "pipeline_key" text not null, "stage" text not null, "stage_category" text check ("stage_category" in ('new', 'open', 'waiting', 'resolved', 'closed', 'canceled')) not null, "technician_id" text null, "planned_start_at" timestamptz null, "planned_end_at" timestamptz null, "fault_codes" text[] not null, "findings" text null, "repair_plan" text null, "currency_code" text not null default 'eur', "quote_status" text check ("quote_status" in ('none', 'pending', 'accepted', 'declined')) not null default 'none', "quote_amount" numeric null, "quote_note" text null, "quoted_at" timestamptz null, "quote_decided_at" timestamptz null, "draft_order_id" text null, "quality_check_by" text null, "quality_check_at" timestamptz null, "quality_check_passed" boolean null, "quality_check_notes" text null, "outcome" text check ("outcome" in ('repaired', 'replaced', 'no_fault_found', 'beyond_economical_repair')) null, "resolution_notes" text null, "claim_id" text null, "customer_accepted_at" timestamptz null, "customer_rating" integer null, "customer_feedback" text null, "approved_at" timestamptz null, "received_at" timestamptz null, "completed_at" timestamptz null, "returned_at" timestamptz null, "closed_at" timestamptz null, "canceled_at" timestamptz null, "version" integer not null default 1, "metadata" jsonb null, "raw_quote_amount" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "repair_order_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_repair_order_deleted_at" ON "repair_order" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_repair_order_number_unique" ON "repair_order" ("number") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_repair_order_customer_id" ON "repair_order" ("customer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_repair_order_order_id" ON "repair_order" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_repair_order_line_item_id" ON "repair_order" ("line_item_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_repair_order_serial_number" ON "repair_order" ("serial_number") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_repair_order_technician_id" ON "repair_order" ("technician_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_repair_order_stage_category" ON "repair_order" ("stage_category") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_repair_order_pipeline_key_stage" ON "repair_order" ("pipeline_key", "stage") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_repair_order_created_at" ON "repair_order" ("created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_repair_order_service_ticket_id" ON "repair_order" ("service_ticket_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "repair_labour_line" ("id" text not null, "technician_id" text null, "description" text not null, "hours" real not null, "hourly_cost" numeric not null default 0, "hourly_price" numeric not null default 0, "covered" boolean not null default false, "repair_order_id" text not null, "raw_hourly_cost" jsonb not null default '{"value":"0","precision":20}', "raw_hourly_price" jsonb not null default '{"value":"0","precision":20}', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "repair_labour_line_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_repair_labour_line_repair_order_id" ON "repair_labour_line" ("repair_order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_repair_labour_line_deleted_at" ON "repair_labour_line" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_repair_labour_line_technician_id" ON "repair_labour_line" ("technician_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "repair_activity" ("id" text not null, "type" text not null, "actor_type" text check ("actor_type" in ('user', 'customer', 'system')) not null default 'user', "actor_id" text null, "from_stage" text null, "to_stage" text null, "is_public" boolean not null default false, "data" jsonb null, "repair_order_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "repair_activity_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_repair_activity_repair_order_id" ON "repair_activity" ("repair_order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_repair_activity_deleted_at" ON "repair_activity" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_repair_activity_created_at" ON "repair_activity" ("created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "repair_part_line" ("id" text not null, "spare_part_id" text not null, "part_number" text not null, "name" text not null, "location_id" text not null, "quantity" integer not null, "quantity_issued" integer not null default 0, "quantity_returned" integer not null default 0, "status" text check ("status" in ('planned', 'reserved', 'issued', 'returned', 'canceled')) not null default 'planned', "reservation_id" text null, "unit_cost" numeric not null default 0, "unit_price" numeric not null default 0, "covered" boolean not null default false, "note" text null, "repair_order_id" text not null, "raw_unit_cost" jsonb not null default '{"value":"0","precision":20}', "raw_unit_price" jsonb not null default '{"value":"0","precision":20}', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "repair_part_line_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_repair_part_line_repair_order_id" ON "repair_part_line" ("repair_order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_repair_part_line_deleted_at" ON "repair_part_line" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_repair_part_line_spare_part_id" ON "repair_part_line" ("spare_part_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_repair_part_line_status" ON "repair_part_line" ("status") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "repair_pipeline" ("id" text not null, "key" text not null, "name" text not null, "definition" jsonb not null, "is_default" boolean not null default false, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "repair_pipeline_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_repair_pipeline_deleted_at" ON "repair_pipeline" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_repair_pipeline_key_unique" ON "repair_pipeline" ("key") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "repair_work_log" ("id" text not null, "technician_id" text null, "author_id" text null, "started_at" timestamptz null, "minutes" integer not null default 0, "note" text not null, "repair_order_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "repair_work_log_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_repair_work_log_repair_order_id" ON "repair_work_log" ("repair_order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_repair_work_log_deleted_at" ON "repair_work_log" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "technician" ("id" text not null, "user_id" text null, "name" text not null, "email" text null, "phone" text null, "location_id" text null, "hourly_rate" numeric not null default 0, "capacity" integer not null default 5, "experience_years" integer not null default 0, "is_active" boolean not null default true, "notes" text null, "metadata" jsonb null, "raw_hourly_rate" jsonb not null default '{"value":"0","precision":20}', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "technician_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_technician_deleted_at" ON "technician" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_technician_user_id_unique" ON "technician" ("user_id") WHERE deleted_at IS NULL AND user_id IS NOT NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_technician_is_active" ON "technician" ("is_active") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "technician_assessment" ("id" text not null, "product_category_id" text null, "category_name" text null, "score" integer not null, "level_awarded" integer null, "assessed_by" text null, "assessed_at" timestamptz not null, "notes" text null, "technician_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "technician_assessment_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_technician_assessment_technician_id" ON "technician_assessment" ("technician_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_technician_assessment_deleted_at" ON "technician_assessment" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "technician_certification" ("id" text not null, "name" text not null, "issuer" text null, "reference" text null, "issued_at" timestamptz null, "expires_at" timestamptz null, "technician_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "technician_certification_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_technician_certification_technician_id" ON "technician_certification" ("technician_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_technician_certification_deleted_at" ON "technician_certification" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "technician_review" ("id" text not null, "period_start" timestamptz not null, "period_end" timestamptz not null, "score" integer not null, "reviewer_id" text null, "notes" text null, "figures" jsonb null, "technician_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "technician_review_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_technician_review_technician_id" ON "technician_review" ("technician_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_technician_review_deleted_at" ON "technician_review" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "technician_skill" ("id" text not null, "product_category_id" text not null, "category_name" text null, "level" integer not null default 1, "technician_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "technician_skill_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_technician_skill_technician_id" ON "technician_skill" ("technician_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_technician_skill_deleted_at" ON "technician_skill" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_technician_skill_technician_id_product_category_id_unique" ON "technician_skill" ("technician_id", "product_category_id") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "repair_labour_line" add constraint "repair_labour_line_repair_order_id_foreign" foreign key ("repair_order_id") references "repair_order" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "repair_activity" add constraint "repair_activity_repair_order_id_foreign" foreign key ("repair_order_id") references "repair_order" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "repair_part_line" add constraint "repair_part_line_repair_order_id_foreign" foreign key ("repair_order_id") references "repair_order" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "repair_work_log" add constraint "repair_work_log_repair_order_id_foreign" foreign key ("repair_order_id") references "repair_order" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "technician_assessment" add constraint "technician_assessment_technician_id_foreign" foreign key ("technician_id") references "technician" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "technician_certification" add constraint "technician_certification_technician_id_foreign" foreign key ("technician_id") references "technician" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "technician_review" add constraint "technician_review_technician_id_foreign" foreign key ("technician_id") references "technician" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "technician_skill" add constraint "technician_skill_technician_id_foreign" foreign key ("technician_id") references "technician" ("id") on update cascade on delete cascade;`);
    this.addSql(`create sequence if not exists "repair_order_number_seq" start with 1 increment by 1 no cycle;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "repair_labour_line" drop constraint if exists "repair_labour_line_repair_order_id_foreign";`);

    this.addSql(`alter table if exists "repair_activity" drop constraint if exists "repair_activity_repair_order_id_foreign";`);

    this.addSql(`alter table if exists "repair_part_line" drop constraint if exists "repair_part_line_repair_order_id_foreign";`);

    this.addSql(`alter table if exists "repair_work_log" drop constraint if exists "repair_work_log_repair_order_id_foreign";`);

    this.addSql(`alter table if exists "technician_assessment" drop constraint if exists "technician_assessment_technician_id_foreign";`);

    this.addSql(`alter table if exists "technician_certification" drop constraint if exists "technician_certification_technician_id_foreign";`);

    this.addSql(`alter table if exists "technician_review" drop constraint if exists "technician_review_technician_id_foreign";`);

    this.addSql(`alter table if exists "technician_skill" drop constraint if exists "technician_skill_technician_id_foreign";`);

    this.addSql(`drop table if exists "fault_code" cascade;`);

    this.addSql(`drop table if exists "repair_order" cascade;`);

    this.addSql(`drop table if exists "repair_labour_line" cascade;`);

    this.addSql(`drop table if exists "repair_activity" cascade;`);

    this.addSql(`drop table if exists "repair_part_line" cascade;`);

    this.addSql(`drop table if exists "repair_pipeline" cascade;`);

    this.addSql(`drop table if exists "repair_work_log" cascade;`);

    this.addSql(`drop table if exists "technician" cascade;`);

    this.addSql(`drop table if exists "technician_assessment" cascade;`);

    this.addSql(`drop table if exists "technician_certification" cascade;`);

    this.addSql(`drop table if exists "technician_review" cascade;`);

    this.addSql(`drop table if exists "technician_skill" cascade;`);

    this.addSql(`drop sequence if exists "repair_order_number_seq";`);
  }

}
