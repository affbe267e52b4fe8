import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261126152638 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "aftersales_role_assignment" drop constraint if exists "aftersales_role_assignment_role_id_actor_id_unique";`);
    this.addSql(`alter table if exists "aftersales_role" drop constraint if exists "aftersales_role_name_unique";`);
    this.addSql(`create table if not exists "aftersales_role" ("id" text not null, "name" text not null, "label" text not null, "description" text null, "permissions" text[] not null, "is_system" boolean not null default false, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "aftersales_role_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_aftersales_role_deleted_at" ON "aftersales_role" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_aftersales_role_name_unique" ON "aftersales_role" ("name") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "aftersales_role_assignment" ("id" text not null, "actor_type" text check ("actor_type" in ('user', 'api-key')) not null default 'user', "actor_id" text not null, "assigned_by" text null, "role_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "aftersales_role_assignment_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_aftersales_role_assignment_role_id" ON "aftersales_role_assignment" ("role_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_aftersales_role_assignment_deleted_at" ON "aftersales_role_assignment" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_aftersales_role_assignment_actor_id" ON "aftersales_role_assignment" ("actor_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_aftersales_role_assignment_role_id_actor_id_unique" ON "aftersales_role_assignment" ("role_id", "actor_id") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "aftersales_role_assignment" add constraint "aftersales_role_assignment_role_id_foreign" foreign key ("role_id") references "aftersales_role" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "aftersales_role_assignment" drop constraint if exists "aftersales_role_assignment_role_id_foreign";`);

    this.addSql(`drop table if exists "aftersales_role" cascade;`);

    this.addSql(`drop table if exists "aftersales_role_assignment" cascade;`);
  }

}
