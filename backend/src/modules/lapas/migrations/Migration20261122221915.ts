import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261122221915 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "lapas" drop constraint if exists "lapas_handle_unique";`);
    this.addSql(`create table if not exists "lapas" ("id" text not null, "handle" text not null, "name" text not null, "lapas_class" text check ("lapas_class" in ('kelas_i', 'kelas_iia', 'kelas_iib', 'kelas_iii', 'rutan', 'bapas')) not null, "city" text not null, "province" text not null, "time_zone" text check ("time_zone" in ('Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura')) not null default 'Asia/Jakarta', "satker_code" text null, "pnbp_target_yearly" numeric not null default 0, "story" text null, "address" text null, "contact_email" text null, "contact_phone" text null, "logo_url" text null, "is_active" boolean not null default true, "raw_pnbp_target_yearly" jsonb not null default '{"value":"0","precision":20}', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "lapas_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_lapas_handle_unique" ON "lapas" ("handle") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_lapas_deleted_at" ON "lapas" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "lapas_partner" ("id" text not null, "name" text not null, "kind" text check ("kind" in ('pt', 'yayasan', 'lpk', 'koperasi', 'government_agency')) not null, "contact" text null, "lapas_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "lapas_partner_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_lapas_partner_lapas_id" ON "lapas_partner" ("lapas_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_lapas_partner_deleted_at" ON "lapas_partner" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "lapas_partner_agreement" ("id" text not null, "number" text not null, "starts_on" timestamptz not null, "ends_on" timestamptz not null, "activities" text[] not null, "partner_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "lapas_partner_agreement_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_lapas_partner_agreement_partner_id" ON "lapas_partner_agreement" ("partner_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_lapas_partner_agreement_deleted_at" ON "lapas_partner_agreement" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "lapas_partner" add constraint "lapas_partner_lapas_id_foreign" foreign key ("lapas_id") references "lapas" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "lapas_partner_agreement" add constraint "lapas_partner_agreement_partner_id_foreign" foreign key ("partner_id") references "lapas_partner" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "lapas_partner" drop constraint if exists "lapas_partner_lapas_id_foreign";`);

    this.addSql(`alter table if exists "lapas_partner_agreement" drop constraint if exists "lapas_partner_agreement_partner_id_foreign";`);

    this.addSql(`drop table if exists "lapas" cascade;`);

    this.addSql(`drop table if exists "lapas_partner" cascade;`);

    this.addSql(`drop table if exists "lapas_partner_agreement" cascade;`);
  }

}
