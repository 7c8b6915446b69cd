import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Search quality and demand (issue 24), written by hand:
 * - `search_index_state`: one row whose version every write to the PostgreSQL index raises, so
 *   cached browse counts (total and facets of an empty query) of every process are recomputed.
 * - `search_query.canonical_query`: the form a search is grouped under in the demand report (its
 *   typo corrections applied, spelling variants as their first spelling); old rows keep their query.
 * - `search_event`: what a buyer did from a search's results page (opened a product, put one in
 *   the cart), by the search's id only: nothing about the buyer.
 */
export class Migration20261207093117 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table if not exists "search_index_state" ("id" integer not null, "version" bigint not null default 0, constraint "search_index_state_pkey" primary key ("id"), constraint "search_index_state_one_row" check ("id" = 1));`)
    this.addSql(`insert into "search_index_state" ("id", "version") values (1, 0) on conflict ("id") do nothing;`)

    this.addSql(`alter table "search_query" add column if not exists "canonical_query" text null;`)
    this.addSql(`update "search_query" set "canonical_query" = "query" where "canonical_query" is null;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_search_query_created_at_canonical" ON "search_query" ("created_at", "canonical_query") WHERE deleted_at IS NULL;`)

    this.addSql(`create table if not exists "search_event" (
      "search_query_id" text not null,
      "kind" text not null,
      "product_id" text not null,
      "created_at" timestamptz not null default now(),
      constraint "search_event_pkey" primary key ("search_query_id", "kind", "product_id"),
      constraint "search_event_kind" check ("kind" in ('click', 'add_to_cart')),
      constraint "search_event_search_query_id_foreign" foreign key ("search_query_id") references "search_query" ("id") on delete cascade);`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "search_event" cascade;`)
    this.addSql(`drop index if exists "IDX_search_query_created_at_canonical";`)
    this.addSql(`alter table "search_query" drop column if exists "canonical_query";`)
    this.addSql(`drop table if exists "search_index_state" cascade;`)
  }
}
