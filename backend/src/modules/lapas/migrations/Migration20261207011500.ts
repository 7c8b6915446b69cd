import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** The lapas's Xendit xenPlatform sub-account, where online payments for its parts are split to. */
export class Migration20261207011500 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "lapas" add column if not exists "xendit_sub_account_id" text null;`)
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "lapas" drop column if exists "xendit_sub_account_id";`)
  }
}
