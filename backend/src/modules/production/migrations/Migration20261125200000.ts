import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * production_line_batch: the batches an order line's units came from (written by hand; touches
 * only this table). Append-only: UPDATE is always refused; DELETE only inside the compensation of
 * an order that failed to be placed (SET LOCAL karya_binaan.allow_line_batch_delete = 'on');
 * TRUNCATE only for maintenance (karya_binaan.allow_ledger_truncate = 'on', like the ledger).
 */
export class Migration20261125200000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table if not exists "production_line_batch" ("id" text not null, "order_id" text not null, "line_item_id" text not null, "variant_id" text not null, "batch_id" text not null, "quantity" integer not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "production_line_batch_pkey" primary key ("id"));`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_production_line_batch_order_id" ON "production_line_batch" ("order_id") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_production_line_batch_line_item_id" ON "production_line_batch" ("line_item_id") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_production_line_batch_batch_id" ON "production_line_batch" ("batch_id") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_production_line_batch_deleted_at" ON "production_line_batch" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_production_line_batch_line_item_id_batch_id_unique" ON "production_line_batch" ("line_item_id", "batch_id") WHERE deleted_at IS NULL;`)
    this.addSql(`alter table "production_line_batch" add constraint "production_line_batch_quantity_positive" check ("quantity" > 0);`)
    this.addSql(`alter table "production_line_batch" add constraint "production_line_batch_batch_id_foreign" foreign key ("batch_id") references "production_batch" ("id") on update restrict on delete restrict;`)

    this.addSql(`create or replace function "production_line_batch_append_only"() returns trigger language plpgsql as $$
begin
  if TG_OP = 'TRUNCATE' and current_setting('karya_binaan.allow_ledger_truncate', true) = 'on' then
    return null;
  end if;
  if TG_OP = 'DELETE' and current_setting('karya_binaan.allow_line_batch_delete', true) = 'on' then
    return null;
  end if;
  raise exception 'What an order line took from a batch is append-only: % on % is refused.', TG_OP, TG_TABLE_NAME
    using errcode = 'insufficient_privilege';
end;
$$;`)
    this.addSql(`drop trigger if exists "production_line_batch_no_update_delete" on "production_line_batch";`)
    this.addSql(`create trigger "production_line_batch_no_update_delete" before update or delete on "production_line_batch" for each statement execute function "production_line_batch_append_only"();`)
    this.addSql(`drop trigger if exists "production_line_batch_no_truncate" on "production_line_batch";`)
    this.addSql(`create trigger "production_line_batch_no_truncate" before truncate on "production_line_batch" for each statement execute function "production_line_batch_append_only"();`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "production_line_batch" cascade;`)
    this.addSql(`drop function if exists "production_line_batch_append_only"();`)
  }
}
