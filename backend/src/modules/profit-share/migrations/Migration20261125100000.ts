import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * The accounting date of a ledger entry: `booked_at`, the instant the entry counts for in
 * periods and reports (a sale at its payment's capture, a refund at the refund, a correction
 * when it is booked). `created_at` stays the moment the row was written.
 *
 * Existing rows are backfilled from created_at. The ledger's append-only trigger refuses every
 * UPDATE, so this migration — and only this one — disables that trigger around the backfill and
 * enables it again in the same transaction: the backfill changes no amount and only fills a new
 * column with the one date the rows already had. Nothing else may ever do this.
 */
export class Migration20261125100000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "share_ledger_entry" add column if not exists "booked_at" timestamptz null;`)
    this.addSql(`alter table "share_ledger_entry" disable trigger "share_ledger_entry_no_update_delete";`)
    this.addSql(`update "share_ledger_entry" set "booked_at" = "created_at" where "booked_at" is null;`)
    this.addSql(`alter table "share_ledger_entry" enable trigger "share_ledger_entry_no_update_delete";`)
    this.addSql(`alter table "share_ledger_entry" alter column "booked_at" set not null;`)
    // An insert that names no date is dated when it is written (bookEntries always names one).
    this.addSql(`alter table "share_ledger_entry" alter column "booked_at" set default now();`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_share_ledger_entry_lapas_id_booked_at" ON "share_ledger_entry" ("lapas_id", "booked_at") WHERE deleted_at IS NULL;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_share_ledger_entry_lapas_id_booked_at";`)
    this.addSql(`alter table if exists "share_ledger_entry" drop column if exists "booked_at";`)
  }
}
