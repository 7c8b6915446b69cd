import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Where a booked share was sold (`channel`: the web shop or the kind of venue of a direct sale)
 * and what the line was (`line_kind`: goods, or a service, jasa). NOT NULL with defaults, so
 * every entry booked before keeps the defaults ('online', 'goods': only the web shop sold
 * before direct sales existed). Adding a column with a constant default rewrites no row and
 * fires no row trigger: the ledger stays append-only and no trigger is touched. The values are
 * checked by the database like the other enums of the table.
 */
export class Migration20261207120000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "share_ledger_entry" add column if not exists "channel" text not null default 'online';`)
    this.addSql(`alter table if exists "share_ledger_entry" add column if not exists "line_kind" text not null default 'goods';`)
    this.addSql(`alter table if exists "share_ledger_entry" drop constraint if exists "share_ledger_entry_channel_check";`)
    this.addSql(`alter table if exists "share_ledger_entry" add constraint "share_ledger_entry_channel_check" check ("channel" in ('online', 'event', 'showroom', 'gate', 'cooperative'));`)
    this.addSql(`alter table if exists "share_ledger_entry" drop constraint if exists "share_ledger_entry_line_kind_check";`)
    this.addSql(`alter table if exists "share_ledger_entry" add constraint "share_ledger_entry_line_kind_check" check ("line_kind" in ('goods', 'service'));`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_share_ledger_entry_lapas_id_channel_booked_at" ON "share_ledger_entry" ("lapas_id", "channel", "booked_at") WHERE deleted_at IS NULL;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_share_ledger_entry_lapas_id_channel_booked_at";`)
    this.addSql(`alter table if exists "share_ledger_entry" drop constraint if exists "share_ledger_entry_line_kind_check";`)
    this.addSql(`alter table if exists "share_ledger_entry" drop constraint if exists "share_ledger_entry_channel_check";`)
    this.addSql(`alter table if exists "share_ledger_entry" drop column if exists "line_kind";`)
    this.addSql(`alter table if exists "share_ledger_entry" drop column if exists "channel";`)
  }
}
