import { Migration } from "@medusajs/framework/mikro-orm/migrations";

/** Assignment rules, follow-up/revisit tasks and the task activity types of the ticket timeline. */
export class Migration20261126183100 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "assignment_rule" ("id" text not null, "name" text not null, "rank" integer not null default 0, "is_active" boolean not null default true, "ticket_types" text[] not null, "channels" text[] not null, "priorities" text[] not null, "product_category_ids" text[] not null, "tags" text[] not null, "strategy" text check ("strategy" in ('fixed', 'round_robin', 'least_loaded')) not null, "team" text null, "member_user_ids" text[] not null, "last_assigned_user_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "assignment_rule_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_assignment_rule_deleted_at" ON "assignment_rule" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_assignment_rule_rank" ON "assignment_rule" ("rank") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "ticket_task" ("id" text not null, "kind" text check ("kind" in ('follow_up', 'revisit')) not null default 'follow_up', "title" text not null, "notes" text null, "due_at" timestamptz null, "assignee_id" text null, "status" text check ("status" in ('open', 'done', 'canceled')) not null default 'open', "outcome" text check ("outcome" in ('satisfied', 'not_reached', 'reopened')) null, "completed_at" timestamptz null, "completed_by" text null, "created_by" text null, "ticket_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ticket_task_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ticket_task_ticket_id" ON "ticket_task" ("ticket_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ticket_task_deleted_at" ON "ticket_task" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ticket_task_ticket_id_created_at" ON "ticket_task" ("ticket_id", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ticket_task_status_due_at" ON "ticket_task" ("status", "due_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ticket_task_assignee_id_status" ON "ticket_task" ("assignee_id", "status") WHERE deleted_at IS NULL;`);
    this.addSql(`alter table if exists "ticket_task" drop constraint if exists "ticket_task_ticket_id_foreign";`);
    this.addSql(`alter table if exists "ticket_task" add constraint "ticket_task_ticket_id_foreign" foreign key ("ticket_id") references "service_ticket" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "ticket_activity" drop constraint if exists "ticket_activity_type_check";`);
    this.addSql(`alter table if exists "ticket_activity" add constraint "ticket_activity_type_check" check("type" in ('created', 'stage_changed', 'assigned', 'priority_changed', 'message_added', 'updated', 'task_created', 'task_completed', 'task_canceled'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "ticket_task" drop constraint if exists "ticket_task_ticket_id_foreign";`);
    this.addSql(`drop table if exists "ticket_task" cascade;`);
    this.addSql(`drop table if exists "assignment_rule" cascade;`);
    this.addSql(`alter table if exists "ticket_activity" drop constraint if exists "ticket_activity_type_check";`);
    this.addSql(`alter table if exists "ticket_activity" add constraint "ticket_activity_type_check" check("type" in ('created', 'stage_changed', 'assigned', 'priority_changed', 'message_added', 'updated'));`);
  }

}
