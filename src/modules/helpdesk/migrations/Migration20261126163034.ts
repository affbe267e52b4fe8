import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261126163034 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "canned_response" ("id" text not null, "title" text not null, "body" text not null, "category" text null, "ticket_types" text[] not null, "is_active" boolean not null default true, "created_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "canned_response_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_canned_response_deleted_at" ON "canned_response" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_canned_response_category" ON "canned_response" ("category") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "canned_response" cascade;`);
  }

}
