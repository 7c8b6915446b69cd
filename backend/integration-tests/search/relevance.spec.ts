/**
 * Relevance of the PostgreSQL engine on the demo catalogue (src/scripts/demo-data/catalogue.ts),
 * against a real PostgreSQL and without booting Medusa: a fresh database gets the search module's
 * migrations, the demo products are indexed as the indexing workflow would index them, and each
 * query of the set below must put the expected product first. Takes a few seconds.
 *
 * Needs DB_HOST/DB_PORT/DB_USERNAME/DB_PASSWORD (scripts/with-postgres.mjs sets them).
 */
import { ModulesSdkUtils } from "@medusajs/framework/utils"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { CATEGORIES, LAPAS, PRODUCTS } from "../../src/scripts/demo-data/catalogue"
import { PostgresSearchEngine, type SqlRunner } from "../../src/modules/search/engines/postgres"
import { Migration20261123100000 } from "../../src/modules/search/migrations/Migration20261123100000"
import { Migration20261207093117 } from "../../src/modules/search/migrations/Migration20261207093117"
import { canonicalQuery, normaliseQuery } from "../../src/modules/search/query-text"
import { priceBucketOf, type SearchDocument, type SearchResult } from "../../src/modules/search/types"

type Knex = ReturnType<typeof ModulesSdkUtils.createPgConnection>

const CHANNEL = "sc_demo"
const database = `kb_search_relevance_${process.pid}`
const url = (db: string) =>
  `postgres://${encodeURIComponent(process.env.DB_USERNAME || "postgres")}:${encodeURIComponent(process.env.DB_PASSWORD || "")}@${process.env.DB_HOST || "localhost"}:${process.env.DB_PORT || "5432"}/${db}`

let admin: Knex
let db: Knex
let engine: PostgresSearchEngine

/** The SQL of a hand-written migration, without MikroORM's migrator. */
async function migrationSql(migration: new (...args: any[]) => { up(): Promise<void> }): Promise<string[]> {
  const statements: string[] = []
  const instance = Object.create(migration.prototype) as { up(): Promise<void>; addSql(sql: string): void }
  instance.addSql = (sql: string) => statements.push(sql)
  await instance.up()
  return statements
}

/** A demo product as the indexing workflow makes it a document (its category has no parent). */
function documentOf(product: (typeof PRODUCTS)[number], index: number): SearchDocument {
  const lapas = LAPAS.find((l) => l.handle === product.lapas)!
  const category = CATEGORIES.find((c) => c.handle === product.category)!
  const price = Math.min(...product.variants.map((v) => v.price))
  return {
    id: `prod_${product.handle}`,
    handle: product.handle,
    title: product.title,
    subtitle: product.subtitle,
    description: product.description,
    thumbnail: null,
    lapas_id: `lapas_${lapas.handle}`,
    lapas_handle: lapas.handle,
    lapas_name: lapas.name,
    category_handles: [category.handle],
    category_names: [category.name],
    tags: [...product.tags].sort(),
    sales_channel_ids: [CHANNEL],
    min_price: price,
    price_bucket: priceBucketOf(price),
    in_stock: product.variants.some((v) => v.stock > 0),
    created_at: new Date(Date.UTC(2026, 10, 1) + index * 60_000).toISOString(),
  }
}

const search = (q: string, extra: Record<string, unknown> = {}): Promise<SearchResult> =>
  engine.search({ q, sales_channel_ids: [CHANNEL], limit: 20, offset: 0, ...extra })

beforeAll(async () => {
  admin = ModulesSdkUtils.createPgConnection({ clientUrl: url("postgres"), schema: "public" })
  await admin.raw(`DROP DATABASE IF EXISTS ${database}`)
  await admin.raw(`CREATE DATABASE ${database}`)
  db = ModulesSdkUtils.createPgConnection({ clientUrl: url(database), schema: "public" })
  for (const migration of [Migration20261123100000, Migration20261207093117]) {
    for (const statement of await migrationSql(migration as any)) await db.raw(statement)
  }
  engine = new PostgresSearchEngine((work) =>
    db.transaction((trx) => {
      const runner: SqlRunner = { execute: async (sql, bindings) => (await trx.raw(sql, (bindings ?? []) as any[])).rows }
      return work(runner)
    })
  )
  await engine.replaceAll(PRODUCTS.map(documentOf))
})

afterAll(async () => {
  await db?.destroy()
  await admin?.raw(`DROP DATABASE IF EXISTS ${database}`)
  await admin?.destroy()
})

/**
 * Query → the handle of the product that must come first. Indonesian, English, misspelt (a
 * dropped, doubled, swapped or wrong letter) and several words.
 */
const FIRST: [string, string][] = [
  // Indonesian, as buyers type it
  ["jahe", "jahe-instan"],
  ["jahe instan", "jahe-instan"],
  ["kunyit", "kunyit-instan"],
  ["temulawak", "temulawak-instan"],
  ["jamu beras kencur", "jamu-beras-kencur"],
  ["sirup lidah buaya", "sirup-lidah-buaya"],
  ["dodol", "dodol-lidah-buaya"],
  ["meja jati", "meja-makan-jati"],
  ["kursi rotan", "kursi-teras-rotan-sintetis"],
  ["kursi makan", "kursi-makan-jati"],
  ["tanjak", "tanjak-melayu"],
  ["kotak tisu", "kotak-tisu-kayu"],
  ["cermin hias", "cermin-hias-ukir"],
  ["jam dinding", "jam-dinding-kayu"],
  ["batik tulis", "batik-tulis-porong"],
  ["patung kayu", "patung-kayu-penari"],
  ["sofa jati", "sofa-jati-tiga-dudukan"],
  ["roti tawar", "roti-tawar-gandum"],
  ["nastar", "nastar-nanas"],
  ["sambal bawang", "sambal-bawang"],
  ["selada", "selada-hidroponik"],
  ["ember plastik", "ember-plastik-tutup"],
  ["sarung tangan softball", "sarung-tangan-softball"],
  ["pupuk cair", "pupuk-cair-organik"],
  ["tempat sampah", "tempat-sampah-injak"],
  // English
  ["ginger", "jahe-instan"],
  ["ginger instant", "jahe-instan"],
  ["turmeric", "kunyit-instan"],
  ["teak table", "meja-makan-jati"],
  ["rattan chair", "kursi-teras-rotan-sintetis"],
  ["coffee table", "meja-kopi-rotan-sintetis"],
  ["wooden clock", "jam-dinding-kayu"],
  ["painting", "lukisan-pesisir-bintan"],
  ["soap", "sabun-herbal-handmade"],
  // misspelt
  ["jahee", "jahe-instan"],
  ["jhe instan", "jahe-instan"],
  ["jahe instant", "jahe-instan"],
  ["kunyitt", "kunyit-instan"],
  ["tanjk", "tanjak-melayu"],
  ["kurssi rotan", "kursi-teras-rotan-sintetis"],
  ["mejja jati", "meja-makan-jati"],
  ["temulwak", "temulawak-instan"],
  ["nastr", "nastar-nanas"],
  ["sambl bawang", "sambal-bawang"],
  ["lukisn kanvas", "lukisan-kanvas-surabaya"],
  // prefixes, as the search box suggests
  ["temula", "temulawak-instan"],
  ["tanj", "tanjak-melayu"],
]

describe("relevance on the demo catalogue (PostgreSQL engine)", () => {
  it.each(FIRST)("%s → %s first", async (query, handle) => {
    const result = await search(query)
    expect([query, result.hits[0]?.handle]).toEqual([query, handle])
  })

  it("holds at least 40 queries", () => {
    expect(FIRST.length).toBeGreaterThanOrEqual(40)
  })

  it('"jahee": the jahe products first, no glove and no batik (their descriptions say "dijahit")', async () => {
    const result = await search("jahee")
    expect(result.hits.length).toBeGreaterThan(0)
    const handles = result.hits.map((hit) => hit.handle)
    expect(handles[0]).toBe("jahe-instan")
    expect(handles.filter((h) => /softball|batting|mitt|batik|tanjak/.test(h))).toEqual([])
    expect(result.corrected_query).toBe("jahe")
  })

  it("says what a misspelt query was corrected to, and nothing for a query as typed", async () => {
    expect((await search("jhe instan")).corrected_query).toBe("jahe instan")
    expect((await search("kurssi rotan")).corrected_query).toBe("kursi rotan")
    expect((await search("jahe instan")).corrected_query).toBeNull()
    // A synonym is not a correction.
    expect((await search("jahe instant")).corrected_query).toBeNull()
    expect((await search("ginger")).corrected_query).toBeNull()
  })

  it("ranks a whole word before a longer word that starts with it", async () => {
    // "jam" (clock) is a word of its own and the start of "jamu".
    const result = await search("jam")
    expect(result.hits[0].handle).toBe("jam-dinding-kayu")
    expect(result.hits.map((h) => h.handle)).toContain("jamu-beras-kencur")
  })

  it("groups spelling variants under their corrected form", async () => {
    for (const typed of ["jhe instan", "jahe instant", "Jahe Instant", "jahe instan"]) {
      const normalised = normaliseQuery(typed)
      const { corrected_query } = await search(typed)
      expect([typed, canonicalQuery(normalised, corrected_query ?? null)]).toEqual([typed, "jahe instan"])
    }
  })

  it("browsing serves the total and facets from its cache until the index changes", async () => {
    const first = await search("", { category: ["furnitur"] })
    const again = await search("", { category: ["furnitur"] })
    expect(again.total).toBe(first.total)
    expect(again.facets).toEqual(first.facets)
    expect(again.hits.map((h) => h.id)).toEqual(first.hits.map((h) => h.id))
    const removed = first.hits[0].id
    await engine.remove([removed])
    const after = await search("", { category: ["furnitur"] })
    expect(after.total).toBe(first.total - 1)
    expect(after.hits.map((h) => h.id)).not.toContain(removed)
    await engine.upsert(PRODUCTS.map(documentOf).filter((d) => d.id === removed))
    expect((await search("", { category: ["furnitur"] })).total).toBe(first.total)
  })
})
