import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123120925 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "production_variant_cost" drop constraint if exists "production_variant_cost_variant_id_unique";`);
    this.addSql(`alter table if exists "production_order_line_cost" drop constraint if exists "production_order_line_cost_line_item_id_unique";`);
    this.addSql(`alter table if exists "production_batch_maker" drop constraint if exists "production_batch_maker_batch_id_inmate_id_unique";`);
    this.addSql(`alter table if exists "inmate" drop constraint if exists "inmate_lapas_id_code_unique";`);
    this.addSql(`create table if not exists "inmate" ("id" text not null, "lapas_id" text not null, "code" text not null, "display_name" text null, "story" text null, "consent_public" boolean not null default false, "status" text check ("status" in ('active', 'released')) not null default 'active', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "inmate_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_inmate_lapas_id" ON "inmate" ("lapas_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_inmate_deleted_at" ON "inmate" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_inmate_lapas_id_code_unique" ON "inmate" ("lapas_id", "code") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "production_batch" ("id" text not null, "lapas_id" text not null, "product_id" text not null, "variant_id" text not null, "quantity" integer not null, "unit_cost" numeric not null, "produced_on" timestamptz not null, "notes" text null, "raw_unit_cost" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "production_batch_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_production_batch_lapas_id" ON "production_batch" ("lapas_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_production_batch_product_id" ON "production_batch" ("product_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_production_batch_variant_id" ON "production_batch" ("variant_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_production_batch_deleted_at" ON "production_batch" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "production_batch_maker" ("id" text not null, "work_units" integer not null, "batch_id" text not null, "inmate_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "production_batch_maker_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_production_batch_maker_batch_id" ON "production_batch_maker" ("batch_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_production_batch_maker_inmate_id" ON "production_batch_maker" ("inmate_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_production_batch_maker_deleted_at" ON "production_batch_maker" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_production_batch_maker_batch_id_inmate_id_unique" ON "production_batch_maker" ("batch_id", "inmate_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "production_order_line_cost" ("id" text not null, "order_id" text not null, "line_item_id" text not null, "variant_id" text null, "lapas_id" text null, "quantity" integer not null, "unit_cost" numeric not null, "method" text check ("method" in ('weighted_average', 'no_batches', 'no_variant')) not null, "raw_unit_cost" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "production_order_line_cost_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_production_order_line_cost_order_id" ON "production_order_line_cost" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_production_order_line_cost_line_item_id_unique" ON "production_order_line_cost" ("line_item_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_production_order_line_cost_deleted_at" ON "production_order_line_cost" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "production_variant_cost" ("id" text not null, "variant_id" text not null, "lapas_id" text not null, "average_unit_cost" numeric not null, "quantity_basis" integer not null, "batch_count" integer not null default 0, "last_batch_id" text null, "raw_average_unit_cost" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "production_variant_cost_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_production_variant_cost_variant_id_unique" ON "production_variant_cost" ("variant_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_production_variant_cost_lapas_id" ON "production_variant_cost" ("lapas_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_production_variant_cost_deleted_at" ON "production_variant_cost" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "production_batch_maker" add constraint "production_batch_maker_batch_id_foreign" foreign key ("batch_id") references "production_batch" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table if exists "production_batch_maker" add constraint "production_batch_maker_inmate_id_foreign" foreign key ("inmate_id") references "inmate" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "production_batch_maker" drop constraint if exists "production_batch_maker_inmate_id_foreign";`);

    this.addSql(`alter table if exists "production_batch_maker" drop constraint if exists "production_batch_maker_batch_id_foreign";`);

    this.addSql(`drop table if exists "inmate" cascade;`);

    this.addSql(`drop table if exists "production_batch" cascade;`);

    this.addSql(`drop table if exists "production_batch_maker" cascade;`);

    this.addSql(`drop table if exists "production_order_line_cost" cascade;`);

    this.addSql(`drop table if exists "production_variant_cost" cascade;`);
  }

}
