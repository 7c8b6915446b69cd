import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123120742 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "share_ledger_entry" drop constraint if exists "share_ledger_entry_idempotency_key_unique";`);
    this.addSql(`create table if not exists "share_ledger_entry" ("id" text not null, "order_id" text not null, "line_item_id" text not null, "lapas_id" text null, "account" text check ("account" in ('capital', 'premi', 'pnbp')) not null, "amount" numeric not null, "kind" text check ("kind" in ('sale', 'refund', 'correction')) not null, "reference_id" text null, "idempotency_key" text not null, "policy_id" text null, "capital_bp" integer null, "premi_bp" integer null, "pnbp_bp" integer null, "unit_cost" numeric null, "quantity" integer not null, "revenue" numeric not null, "paid" numeric not null, "raw_amount" jsonb not null, "raw_unit_cost" jsonb null, "raw_revenue" jsonb not null, "raw_paid" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "share_ledger_entry_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_share_ledger_entry_idempotency_key_unique" ON "share_ledger_entry" ("idempotency_key") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_share_ledger_entry_deleted_at" ON "share_ledger_entry" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_share_ledger_entry_order_id" ON "share_ledger_entry" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_share_ledger_entry_lapas_id_created_at" ON "share_ledger_entry" ("lapas_id", "created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "share_policy" ("id" text not null, "scope" text check ("scope" in ('all', 'lapas', 'partner_agreement')) not null, "lapas_id" text null, "partner_agreement_id" text null, "capital_bp" integer not null, "premi_bp" integer not null, "pnbp_bp" integer not null, "effective_from" timestamptz not null, "note" text null, "created_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "share_policy_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_share_policy_deleted_at" ON "share_policy" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_share_policy_scope_lapas_id_partner_agreement_id_effective_from" ON "share_policy" ("scope", "lapas_id", "partner_agreement_id", "effective_from") WHERE deleted_at IS NULL;`);

    // Money rules the database itself keeps.
    this.addSql(`alter table "share_policy" add constraint "share_policy_bp_sum" check ("capital_bp" >= 0 and "premi_bp" >= 0 and "pnbp_bp" >= 0 and "capital_bp" + "premi_bp" + "pnbp_bp" = 10000);`);
    this.addSql(`alter table "share_ledger_entry" add constraint "share_ledger_entry_whole_rupiah" check ("amount" = trunc("amount") and "revenue" = trunc("revenue") and "paid" = trunc("paid"));`);

    // The ledger is append-only: UPDATE, DELETE and TRUNCATE are refused by the database,
    // whoever sends them (statement-level, so even a statement matching no row fails).
    // TRUNCATE alone can be allowed for one session by maintenance tooling that really means
    // to wipe a database: SET karya_binaan.allow_ledger_truncate = 'on'.
    this.addSql(`create or replace function "share_ledger_entry_append_only"() returns trigger language plpgsql as $$
begin
  if TG_OP = 'TRUNCATE' and current_setting('karya_binaan.allow_ledger_truncate', true) = 'on' then
    return null;
  end if;
  raise exception 'The share ledger is append-only: % on % is refused. Book a correcting entry instead.', TG_OP, TG_TABLE_NAME
    using errcode = 'insufficient_privilege';
end;
$$;`);
    this.addSql(`drop trigger if exists "share_ledger_entry_no_update_delete" on "share_ledger_entry";`);
    this.addSql(`create trigger "share_ledger_entry_no_update_delete" before update or delete on "share_ledger_entry" for each statement execute function "share_ledger_entry_append_only"();`);
    this.addSql(`drop trigger if exists "share_ledger_entry_no_truncate" on "share_ledger_entry";`);
    this.addSql(`create trigger "share_ledger_entry_no_truncate" before truncate on "share_ledger_entry" for each statement execute function "share_ledger_entry_append_only"();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "share_ledger_entry" cascade;`);

    this.addSql(`drop table if exists "share_policy" cascade;`);

    this.addSql(`drop function if exists "share_ledger_entry_append_only"();`);
  }

}
