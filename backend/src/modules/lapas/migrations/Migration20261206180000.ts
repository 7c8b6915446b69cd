import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** The lapas's static QRIS image for its direct-sales till. */
export class Migration20261206180000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "lapas" add column if not exists "qris_image_url" text null;`)
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "lapas" drop column if exists "qris_image_url";`)
  }
}
