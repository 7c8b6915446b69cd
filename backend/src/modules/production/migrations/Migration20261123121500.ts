import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Database-level guards on production figures, in addition to the API's validation:
 * batches hold at least one unit, costs are never negative, makers put in work.
 */
export class Migration20261123121500 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "production_batch" add constraint "production_batch_quantity_positive" check ("quantity" > 0);`)
    this.addSql(`alter table if exists "production_batch" add constraint "production_batch_unit_cost_nonnegative" check ("unit_cost" >= 0 and "unit_cost" = trunc("unit_cost"));`)
    this.addSql(`alter table if exists "production_batch_maker" add constraint "production_batch_maker_work_units_positive" check ("work_units" > 0);`)
    this.addSql(`alter table if exists "production_variant_cost" add constraint "production_variant_cost_average_nonnegative" check ("average_unit_cost" >= 0);`)
    this.addSql(`alter table if exists "production_order_line_cost" add constraint "production_order_line_cost_unit_cost_nonnegative" check ("unit_cost" >= 0);`)
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "production_batch" drop constraint if exists "production_batch_quantity_positive";`)
    this.addSql(`alter table if exists "production_batch" drop constraint if exists "production_batch_unit_cost_nonnegative";`)
    this.addSql(`alter table if exists "production_batch_maker" drop constraint if exists "production_batch_maker_work_units_positive";`)
    this.addSql(`alter table if exists "production_variant_cost" drop constraint if exists "production_variant_cost_average_nonnegative";`)
    this.addSql(`alter table if exists "production_order_line_cost" drop constraint if exists "production_order_line_cost_unit_cost_nonnegative";`)
  }
}
