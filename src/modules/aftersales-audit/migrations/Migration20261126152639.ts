import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261126152639 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "aftersales_audit_log_entry" ("id" text not null, "actor_type" text check ("actor_type" in ('user', 'customer', 'api-key', 'system')) not null, "actor_id" text null, "action" text not null, "entity_type" text not null, "entity_id" text null, "changes" jsonb null, "request_id" text null, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "aftersales_audit_log_entry_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_aftersales_audit_log_entry_deleted_at" ON "aftersales_audit_log_entry" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_aftersales_audit_log_entry_entity_type_entity_id" ON "aftersales_audit_log_entry" ("entity_type", "entity_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_aftersales_audit_log_entry_actor_id" ON "aftersales_audit_log_entry" ("actor_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_aftersales_audit_log_entry_action" ON "aftersales_audit_log_entry" ("action") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_aftersales_audit_log_entry_created_at" ON "aftersales_audit_log_entry" ("created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "aftersales_webhook_endpoint" ("id" text not null, "url" text not null, "description" text null, "secret" text not null, "events" text[] not null, "is_active" boolean not null default true, "created_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "aftersales_webhook_endpoint_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_aftersales_webhook_endpoint_deleted_at" ON "aftersales_webhook_endpoint" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "aftersales_webhook_delivery" ("id" text not null, "event_name" text not null, "payload" jsonb not null, "status" text check ("status" in ('pending', 'succeeded', 'failed')) not null default 'pending', "attempts" integer not null default 0, "response_status" integer null, "response_body" text null, "last_error" text null, "next_attempt_at" timestamptz null, "delivered_at" timestamptz null, "redelivery_of" text null, "endpoint_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "aftersales_webhook_delivery_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_aftersales_webhook_delivery_endpoint_id" ON "aftersales_webhook_delivery" ("endpoint_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_aftersales_webhook_delivery_deleted_at" ON "aftersales_webhook_delivery" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_aftersales_webhook_delivery_status_next_attempt_at" ON "aftersales_webhook_delivery" ("status", "next_attempt_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_aftersales_webhook_delivery_endpoint_id_created_at" ON "aftersales_webhook_delivery" ("endpoint_id", "created_at") WHERE deleted_at IS NULL;`);

    // The audit log is append-only: the database itself refuses to change or remove entries.
    this.addSql(`create or replace function aftersales_audit_log_entry_reject_change() returns trigger as $$
      begin
        raise exception 'aftersales_audit_log_entry is append-only: % is not allowed', TG_OP
          using errcode = 'insufficient_privilege';
      end;
      $$ language plpgsql;`);
    this.addSql(`drop trigger if exists aftersales_audit_log_entry_append_only on "aftersales_audit_log_entry";`);
    this.addSql(`create trigger aftersales_audit_log_entry_append_only
      before update or delete on "aftersales_audit_log_entry"
      for each row execute function aftersales_audit_log_entry_reject_change();`);

    this.addSql(`alter table if exists "aftersales_webhook_delivery" add constraint "aftersales_webhook_delivery_endpoint_id_foreign" foreign key ("endpoint_id") references "aftersales_webhook_endpoint" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists aftersales_audit_log_entry_append_only on "aftersales_audit_log_entry";`);
    this.addSql(`drop function if exists aftersales_audit_log_entry_reject_change();`);
    this.addSql(`alter table if exists "aftersales_webhook_delivery" drop constraint if exists "aftersales_webhook_delivery_endpoint_id_foreign";`);

    this.addSql(`drop table if exists "aftersales_audit_log_entry" cascade;`);

    this.addSql(`drop table if exists "aftersales_webhook_endpoint" cascade;`);

    this.addSql(`drop table if exists "aftersales_webhook_delivery" cascade;`);
  }

}
