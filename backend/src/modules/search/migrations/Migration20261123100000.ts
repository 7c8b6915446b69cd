import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * The search module (written by hand): the search log, and the PostgreSQL engine's index.
 *
 * `search_document` is a derived index of sellable products, rebuilt from Medusa's own tables
 * by the indexing workflow; `search_vector` and `search_word` (the vocabulary typos are
 * corrected against) are filled by the engine. pg_trgm is a trusted extension: the database
 * owner may create it.
 */
export class Migration20261123100000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table if not exists "search_query" ("id" text not null, "query" text not null, "result_count" integer not null, "lapas_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "search_query_pkey" primary key ("id"));`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_search_query_created_at" ON "search_query" ("created_at") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_search_query_lapas_id_created_at" ON "search_query" ("lapas_id", "created_at") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_search_query_deleted_at" ON "search_query" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(`alter table "search_query" add constraint "search_query_result_count" check ("result_count" >= 0);`)

    this.addSql(`create extension if not exists pg_trgm;`)
    this.addSql(`create table if not exists "search_document" (
      "id" text not null,
      "handle" text not null,
      "title" text not null,
      "subtitle" text null,
      "description" text null,
      "thumbnail" text null,
      "lapas_id" text not null,
      "lapas_handle" text not null,
      "lapas_name" text not null,
      "category_handles" text[] not null default '{}',
      "category_names" text[] not null default '{}',
      "tags" text[] not null default '{}',
      "sales_channel_ids" text[] not null default '{}',
      "min_price" bigint null,
      "price_bucket" text null,
      "in_stock" boolean not null,
      "created_at" timestamptz not null,
      "title_text" text not null,
      "search_vector" tsvector not null,
      "indexed_at" timestamptz not null default now(),
      constraint "search_document_pkey" primary key ("id"));`)
    // fastupdate off: with a pending list, every search scans the not-yet-merged entries
    // linearly until the next vacuum (26 ms instead of 0.4 ms after indexing 10,000 products).
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_search_document_vector" ON "search_document" USING gin ("search_vector") WITH (fastupdate = off);`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_search_document_created_at" ON "search_document" ("created_at" DESC, "id");`)
    // C collation: the primary key's b-tree then also answers prefix searches (the words from 'kur' up to 'kur' followed by the last code point).
    this.addSql(`create table if not exists "search_word" ("word" text collate "C" not null, constraint "search_word_pkey" primary key ("word"));`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_search_word_trigram" ON "search_word" USING gist ("word" gist_trgm_ops);`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "search_word" cascade;`)
    this.addSql(`drop table if exists "search_document" cascade;`)
    this.addSql(`drop table if exists "search_query" cascade;`)
  }
}
