import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Corrections on the share ledger: why one was booked and by whom. Nullable, so the entries
 * booked before are left as they are (adding a column fires no row trigger: the ledger stays
 * append-only). A correction entry must say why it was booked and carry its corrected HPP.
 */
export class Migration20261124090000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "share_ledger_entry" add column if not exists "reason" text null;`)
    this.addSql(`alter table if exists "share_ledger_entry" add column if not exists "created_by" text null;`)
    this.addSql(`alter table if exists "share_ledger_entry" drop constraint if exists "share_ledger_entry_correction_explained";`)
    this.addSql(`alter table if exists "share_ledger_entry" add constraint "share_ledger_entry_correction_explained" check ("kind" <> 'correction' or ("reason" is not null and length(btrim("reason")) > 0 and "unit_cost" is not null and "unit_cost" >= 0 and "unit_cost" = trunc("unit_cost")));`)
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "share_ledger_entry" drop constraint if exists "share_ledger_entry_correction_explained";`)
    this.addSql(`alter table if exists "share_ledger_entry" drop column if exists "created_by";`)
    this.addSql(`alter table if exists "share_ledger_entry" drop column if exists "reason";`)
  }
}
