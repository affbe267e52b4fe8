import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261126183942 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "reorder_policy" drop constraint if exists "reorder_policy_part_id_location_id_unique";`);
    this.addSql(`create table if not exists "reorder_policy" ("id" text not null, "location_id" text not null, "method" text check ("method" in ('reorder_point', 'min_max', 'order_up_to')) not null default 'reorder_point', "reorder_point" integer not null default 0, "safety_stock" integer not null default 0, "min_quantity" integer null, "max_quantity" integer null, "source" text check ("source" in ('manual', 'forecast')) not null default 'manual', "follow_forecast" boolean not null default false, "metadata" jsonb null, "part_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "reorder_policy_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_reorder_policy_part_id" ON "reorder_policy" ("part_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_reorder_policy_deleted_at" ON "reorder_policy" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_reorder_policy_part_id_location_id_unique" ON "reorder_policy" ("part_id", "location_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_reorder_policy_location_id" ON "reorder_policy" ("location_id") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "reorder_policy" drop constraint if exists "reorder_policy_part_id_foreign";`);
    this.addSql(`alter table if exists "reorder_policy" add constraint "reorder_policy_part_id_foreign" foreign key ("part_id") references "spare_part" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "reorder_policy" cascade;`);
  }

}
