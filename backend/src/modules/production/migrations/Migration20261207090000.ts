import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * The two parts of a batch's HPP when staff enter them (a "batch layanan" of a service: materials
 * and labour per service): nullable, both or neither, and then unit_cost is exactly their sum.
 * Additive: existing batches keep null parts.
 */
export class Migration20261207090000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "production_batch" add column if not exists "material_cost" numeric null, add column if not exists "labour_cost" numeric null, add column if not exists "raw_material_cost" jsonb null, add column if not exists "raw_labour_cost" jsonb null;`)
    this.addSql(`alter table if exists "production_batch" drop constraint if exists "production_batch_cost_parts";`)
    this.addSql(`alter table if exists "production_batch" add constraint "production_batch_cost_parts" check (("material_cost" is null) = ("labour_cost" is null) and ("material_cost" is null or ("material_cost" >= 0 and "labour_cost" >= 0 and "material_cost" = trunc("material_cost") and "labour_cost" = trunc("labour_cost") and "unit_cost" = "material_cost" + "labour_cost")));`)
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "production_batch" drop constraint if exists "production_batch_cost_parts";`)
    this.addSql(`alter table if exists "production_batch" drop column if exists "material_cost", drop column if exists "labour_cost", drop column if exists "raw_material_cost", drop column if exists "raw_labour_cost";`)
  }
}
