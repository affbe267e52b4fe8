import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261126155438 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "ticket_pipeline" drop constraint if exists "ticket_pipeline_key_unique";`);
    this.addSql(`alter table if exists "service_ticket" drop constraint if exists "service_ticket_number_unique";`);
    this.addSql(`create table if not exists "service_ticket" ("id" text not null, "number" text not null, "subject" text not null, "description" text null, "type" text check ("type" in ('inquiry', 'technical_support', 'return_exchange', 'repair_request', 'other')) not null default 'inquiry', "channel" text check ("channel" in ('web', 'email', 'phone', 'chat', 'in_person', 'social')) not null default 'web', "priority" text check ("priority" in ('low', 'normal', 'high', 'urgent')) not null default 'normal', "tags" text[] not null, "customer_id" text null, "order_id" text null, "line_item_ids" text[] not null, "product_id" text null, "variant_id" text null, "assignee_id" text null, "team" text null, "pipeline_key" text not null, "stage" text not null, "stage_category" text check ("stage_category" in ('new', 'open', 'waiting', 'resolved', 'closed', 'canceled')) not null, "first_responded_at" timestamptz null, "resolved_at" timestamptz null, "closed_at" timestamptz null, "reopen_count" integer not null default 0, "satisfaction_score" integer null, "related_entity_type" text null, "related_entity_id" text null, "version" integer not null default 1, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "service_ticket_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_ticket_deleted_at" ON "service_ticket" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_service_ticket_number_unique" ON "service_ticket" ("number") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_ticket_customer_id" ON "service_ticket" ("customer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_ticket_order_id" ON "service_ticket" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_ticket_assignee_id" ON "service_ticket" ("assignee_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_ticket_stage_category" ON "service_ticket" ("stage_category") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_ticket_pipeline_key_stage" ON "service_ticket" ("pipeline_key", "stage") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_service_ticket_created_at" ON "service_ticket" ("created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "ticket_activity" ("id" text not null, "type" text check ("type" in ('created', 'stage_changed', 'assigned', 'priority_changed', 'message_added', 'updated')) not null, "actor_type" text check ("actor_type" in ('user', 'customer', 'api-key', 'system')) not null, "actor_id" text null, "data" jsonb null, "ticket_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ticket_activity_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ticket_activity_ticket_id" ON "ticket_activity" ("ticket_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ticket_activity_deleted_at" ON "ticket_activity" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ticket_activity_ticket_id_created_at" ON "ticket_activity" ("ticket_id", "created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "ticket_message" ("id" text not null, "channel" text check ("channel" in ('web', 'email', 'phone', 'chat', 'in_person', 'social')) not null default 'web', "direction" text check ("direction" in ('inbound', 'outbound')) null, "author_type" text check ("author_type" in ('customer', 'agent', 'system')) not null, "author_id" text null, "visibility" text check ("visibility" in ('public', 'internal')) not null default 'public', "body" text not null, "attachments" jsonb null, "duration_seconds" integer null, "outcome" text check ("outcome" in ('reached', 'no_answer', 'voicemail', 'busy', 'wrong_number')) null, "callback_needed" boolean null, "metadata" jsonb null, "ticket_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ticket_message_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ticket_message_ticket_id" ON "ticket_message" ("ticket_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ticket_message_deleted_at" ON "ticket_message" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ticket_message_ticket_id_created_at" ON "ticket_message" ("ticket_id", "created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "ticket_pipeline" ("id" text not null, "key" text not null, "name" text not null, "ticket_types" text[] not null, "definition" jsonb not null, "is_default" boolean not null default false, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ticket_pipeline_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ticket_pipeline_deleted_at" ON "ticket_pipeline" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ticket_pipeline_key_unique" ON "ticket_pipeline" ("key") WHERE deleted_at IS NULL;`);

    // Ticket numbers (ST-000123) come from a sequence: unique and gap-tolerant under concurrent creation.
    this.addSql(`create sequence if not exists "service_ticket_number_seq" start with 1 increment by 1 no cycle;`);
    // At most one default pipeline.
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ticket_pipeline_single_default" ON "ticket_pipeline" ("is_default") WHERE is_default AND deleted_at IS NULL;`);

    this.addSql(`alter table if exists "ticket_activity" add constraint "ticket_activity_ticket_id_foreign" foreign key ("ticket_id") references "service_ticket" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "ticket_message" add constraint "ticket_message_ticket_id_foreign" foreign key ("ticket_id") references "service_ticket" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "ticket_activity" drop constraint if exists "ticket_activity_ticket_id_foreign";`);

    this.addSql(`alter table if exists "ticket_message" drop constraint if exists "ticket_message_ticket_id_foreign";`);

    this.addSql(`drop table if exists "service_ticket" cascade;`);

    this.addSql(`drop table if exists "ticket_activity" cascade;`);

    this.addSql(`drop table if exists "ticket_message" cascade;`);

    this.addSql(`drop table if exists "ticket_pipeline" cascade;`);

    this.addSql(`drop sequence if exists "service_ticket_number_seq";`);
  }

}
