import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * The bank account a lapas receives transfers on (written by hand; touches only the lapas
 * table): three nullable columns, so existing lapas keep working until the national office
 * fills them in.
 */
export class Migration20261126090000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "lapas" add column if not exists "bank_name" text null, add column if not exists "bank_account_number" text null, add column if not exists "bank_account_holder" text null;`)
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "lapas" drop column if exists "bank_name", drop column if exists "bank_account_number", drop column if exists "bank_account_holder";`)
  }
}
