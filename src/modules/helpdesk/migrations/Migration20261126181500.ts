import { Migration } from "@medusajs/framework/mikro-orm/migrations";

/** Provider message and thread ids of inbound e-mail/chat messages (idempotent receipt, threading). */
export class Migration20261126181500 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "ticket_message" add column if not exists "external_id" text null, add column if not exists "external_thread_id" text null;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ticket_message_channel_external_id_unique" ON "ticket_message" ("channel", "external_id") WHERE deleted_at IS NULL AND external_id IS NOT NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ticket_message_external_thread_id" ON "ticket_message" ("external_thread_id") WHERE deleted_at IS NULL AND external_thread_id IS NOT NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_ticket_message_channel_external_id_unique";`);
    this.addSql(`drop index if exists "IDX_ticket_message_external_thread_id";`);
    this.addSql(`alter table if exists "ticket_message" drop column if exists "external_id", drop column if exists "external_thread_id";`);
  }

}
