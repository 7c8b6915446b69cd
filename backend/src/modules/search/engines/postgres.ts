import { normaliseQuery, normaliseText, queryWords, synonymsOf } from "../query-text"
import {
  PRICE_BUCKETS,
  type FacetValue,
  type SearchDocument,
  type SearchEngine,
  type SearchHit,
  type SearchParams,
  type SearchResult,
} from "../types"

/** Raw SQL with `?` bindings on one connection (the module's entity manager). */
export interface SqlRunner {
  execute(sql: string, bindings?: unknown[]): Promise<any[]>
}

/** Runs work in one transaction on one connection. */
export type InTransaction = <T>(work: (sql: SqlRunner) => Promise<T>) => Promise<T>

/**
 * A text[] bound as JSON: the entity manager's execute() spreads an array binding into a list of
 * values, which is not an array literal.
 */
const TEXT_ARRAY = "ARRAY(SELECT json_array_elements_text(?::json))"

const DOCUMENT_TABLE = "search_document"
const WORD_TABLE = "search_word"
/** One row (id 1): the index's version, raised by every write; cached browse counts carry it. */
const STATE_TABLE = "search_index_state"
/** Browse (empty query) answers kept: filter combinations × pages. */
const BROWSE_CACHE_ENTRIES = 500
/** Documents written per INSERT statement. */
const UPSERT_CHUNK = 200
/** Vocabulary words looked at when correcting one misspelt word. */
const CORRECTION_CANDIDATES = 8
const HEADLINE_TITLE = "StartSel=<mark>, StopSel=</mark>, HighlightAll=true"
const HEADLINE_DESCRIPTION = "StartSel=<mark>, StopSel=</mark>, MaxWords=24, MinWords=10, MaxFragments=1, FragmentDelimiter=\" … \""

/**
 * The default engine: PostgreSQL full-text search over a table of search documents.
 *
 * - Words are matched through a weighted tsvector (title A; subtitle, lapas, categories and tags
 *   B; description C) in the `indonesian` text search configuration when the server has it
 *   (its Snowball stemmer knows Indonesian affixes), `simple` otherwise.
 * - Every query word also matches as a prefix, its synonyms (instan/instant, kursi/chair …) and,
 *   when the word is not in the vocabulary of indexed words, the nearest vocabulary words by
 *   trigram distance (pg_trgm, GiST index) that are within a small edit distance: "jhe" finds
 *   "jahe".
 * - All words must match; when that finds nothing, any word may (ranked by how many match).
 * - Ranking: ts_rank plus the trigram similarity of the title to the whole query, so the product
 *   whose title is the query comes first.
 * - Hits, total and the three disjunctive facets come from one statement.
 */
export class PostgresSearchEngine implements SearchEngine {
  readonly name = "postgres" as const
  private config: Promise<string> | null = null
  private readonly browseCache = new Map<string, { version: string; result: SearchResult }>()

  constructor(private readonly inTransaction: InTransaction) {}

  async setup(): Promise<void> {
    await this.textSearchConfig()
  }

  /** `indonesian` when the server has that text search configuration, else `simple`. */
  textSearchConfig(): Promise<string> {
    this.config ??= this.inTransaction(async (sql) => {
      const rows = await sql.execute(`SELECT 1 FROM pg_ts_config WHERE cfgname = 'indonesian'`)
      return rows.length ? "indonesian" : "simple"
    }).catch((error) => {
      this.config = null
      throw error
    })
    return this.config
  }

  async upsert(documents: SearchDocument[]): Promise<void> {
    if (!documents.length) return
    const config = await this.textSearchConfig()
    await this.inTransaction(async (sql) => {
      await this.write(sql, config, documents)
      await bumpVersion(sql)
    })
  }

  async remove(productIds: string[]): Promise<void> {
    if (!productIds.length) return
    await this.inTransaction(async (sql) => {
      await sql.execute(`DELETE FROM ${DOCUMENT_TABLE} WHERE id = ANY(${TEXT_ARRAY})`, [JSON.stringify(productIds)])
      await bumpVersion(sql)
    })
  }

  async replaceAll(documents: SearchDocument[]): Promise<void> {
    const config = await this.textSearchConfig()
    await this.inTransaction(async (sql) => {
      // Readers keep seeing the old index until this transaction commits.
      await sql.execute(`DELETE FROM ${DOCUMENT_TABLE}`)
      await sql.execute(`DELETE FROM ${WORD_TABLE}`)
      await this.write(sql, config, documents)
      await bumpVersion(sql)
      // Fresh statistics, so the planner picks the text index for a rare word and a scan for a common one.
      await sql.execute(`ANALYZE ${DOCUMENT_TABLE}`)
      await sql.execute(`ANALYZE ${WORD_TABLE}`)
    })
  }

  private async write(sql: SqlRunner, config: string, documents: SearchDocument[]) {
    for (let start = 0; start < documents.length; start += UPSERT_CHUNK) {
      const chunk = documents.slice(start, start + UPSERT_CHUNK)
      await sql.execute(
        `INSERT INTO ${DOCUMENT_TABLE} AS d (id, handle, title, subtitle, description, thumbnail, lapas_id,
                lapas_handle, lapas_name, category_handles, category_names, tags, sales_channel_ids,
                min_price, price_bucket, in_stock, created_at, title_text, search_vector, indexed_at)
         SELECT x.id, x.handle, x.title, x.subtitle, x.description, x.thumbnail, x.lapas_id,
                x.lapas_handle, x.lapas_name, x.category_handles, x.category_names, x.tags, x.sales_channel_ids,
                x.min_price, x.price_bucket, x.in_stock, x.created_at, x.title_text,
                setweight(to_tsvector(?::regconfig, x.title), 'A')
                  || setweight(to_tsvector(?::regconfig, x.secondary_text), 'B')
                  || setweight(to_tsvector(?::regconfig, coalesce(x.description, '')), 'C'),
                now()
           FROM json_to_recordset(?::json) AS x(id text, handle text, title text, subtitle text,
                description text, thumbnail text, lapas_id text, lapas_handle text, lapas_name text,
                category_handles text[], category_names text[], tags text[], sales_channel_ids text[],
                min_price bigint, price_bucket text, in_stock boolean, created_at timestamptz,
                title_text text, secondary_text text)
         ON CONFLICT (id) DO UPDATE SET
                handle = excluded.handle, title = excluded.title, subtitle = excluded.subtitle,
                description = excluded.description, thumbnail = excluded.thumbnail,
                lapas_id = excluded.lapas_id, lapas_handle = excluded.lapas_handle,
                lapas_name = excluded.lapas_name, category_handles = excluded.category_handles,
                category_names = excluded.category_names, tags = excluded.tags,
                sales_channel_ids = excluded.sales_channel_ids, min_price = excluded.min_price,
                price_bucket = excluded.price_bucket, in_stock = excluded.in_stock,
                created_at = excluded.created_at, title_text = excluded.title_text,
                search_vector = excluded.search_vector, indexed_at = excluded.indexed_at`,
        [config, config, config, JSON.stringify(chunk.map(toRow))]
      )
      const words = [...new Set(chunk.flatMap(vocabularyOf))]
      if (words.length) {
        await sql.execute(
          `INSERT INTO ${WORD_TABLE} (word) SELECT unnest(${TEXT_ARRAY}) ORDER BY 1 ON CONFLICT (word) DO NOTHING`,
          [JSON.stringify(words)]
        )
      }
    }
  }

  async search(params: SearchParams): Promise<SearchResult> {
    const config = await this.textSearchConfig()
    const normalised = normaliseQuery(params.q)
    const words = queryWords(normalised)
    return this.inTransaction(async (sql) => {
      if (!words.length) {
        return this.browse(sql, params)
      }
      const terms = await this.termsOf(sql, words)
      const corrected = terms.some((t) => t.correction !== null)
        ? terms.map((t) => t.correction ?? t.typed).join(" ")
        : null
      const ranked = corrected ?? normalised
      const result = await this.run(sql, config, params, queriesOf(terms, " & "), ranked)
      if (result.total > 0 || words.length === 1) {
        return { ...result, corrected_query: corrected }
      }
      const anyWord = await this.run(sql, config, params, queriesOf(terms, " | "), ranked)
      return { ...anyWord, corrected_query: corrected }
    })
  }

  /**
   * For each query word: itself and its synonyms (also as the start of a longer word) and, for a
   * word that is neither an indexed word nor the start of one and has no synonyms, its corrections:
   * the indexed words nearest to it, only those at the smallest edit distance found ("jahee" is one
   * edit from "jahe" and two from "jahit": only "jahe"), and matched as whole words only.
   */
  private async termsOf(sql: SqlRunner, words: string[]): Promise<WordTerms[]> {
    // The nearest vocabulary words of every query word in one round trip (KNN over the trigram
    // GiST index); whether a word starts an indexed word is asked once per word, not per neighbour.
    const rows = await sql.execute(
      `WITH w AS MATERIALIZED (
         SELECT typed, position,
                EXISTS (SELECT 1 FROM ${WORD_TABLE} p
                         WHERE p.word >= typed COLLATE "C" AND p.word < (typed || chr(1114111)) COLLATE "C") AS starts_a_word
           FROM json_array_elements_text(?::json) WITH ORDINALITY AS typed_words(typed, position))
       SELECT w.typed, w.starts_a_word, n.word
         FROM w
         LEFT JOIN LATERAL (
          SELECT word FROM ${WORD_TABLE}
           WHERE NOT w.starts_a_word AND length(w.typed) >= 3
           ORDER BY word <-> w.typed LIMIT ${CORRECTION_CANDIDATES}) n ON true
        ORDER BY w.position`,
      [JSON.stringify(words)]
    )
    const nearest = new Map<string, string[]>()
    // Words that are a known word or the start of one ("kur" of "kursi") need no correcting:
    // their prefix match finds them.
    const complete = new Set<string>()
    for (const row of rows) {
      if (row.word) nearest.set(row.typed, [...(nearest.get(row.typed) ?? []), row.word])
      if (row.starts_a_word) complete.add(row.typed)
    }
    return words.map((word) => {
      const prefixes = [word, ...synonymsOf(word)]
      const terms: WordTerms = { typed: word, prefixes, exact: [], correction: null }
      if (complete.has(word) || word.length < 3 || /^\d+$/.test(word) || synonymsOf(word).length) return terms
      const corrections = closestTypos(word, nearest.get(word) ?? [])
      if (!corrections.length) return terms
      terms.correction = corrections[0]
      const exact = new Set<string>()
      for (const candidate of corrections) {
        exact.add(candidate)
        for (const synonym of synonymsOf(candidate)) exact.add(synonym)
      }
      terms.exact = [...exact].filter((w) => !prefixes.includes(w))
      return terms
    })
  }

  /**
   * Browsing without a query: the whole answer (page, total and facet counts) of each filter
   * combination and page is cached in this process, keyed by the index's version, which any write
   * to the index (from any process) raises; a cached answer then costs one primary-key read.
   */
  private async browse(sql: SqlRunner, params: SearchParams): Promise<SearchResult> {
    const key = JSON.stringify([
      [...params.sales_channel_ids].sort(),
      params.lapas ? [...params.lapas].sort() : null,
      params.category ? [...params.category].sort() : null,
      params.min_price ?? null,
      params.max_price ?? null,
      params.in_stock ?? false,
      params.limit,
      params.offset,
      params.facets !== false,
    ])
    const [state] = await sql.execute(`SELECT version::text AS version FROM ${STATE_TABLE} WHERE id = 1`)
    const version: string = state?.version ?? "0"
    const cached = this.browseCache.get(key)
    if (cached && cached.version === version) {
      // Most recently used last.
      this.browseCache.delete(key)
      this.browseCache.set(key, cached)
      return structuredClone(cached.result)
    }
    const config = await this.textSearchConfig()
    const result = await this.run(sql, config, params, null, "")
    this.browseCache.delete(key)
    this.browseCache.set(key, { version, result: structuredClone(result) })
    // Least recently used first: drop the oldest entries beyond the limit.
    while (this.browseCache.size > BROWSE_CACHE_ENTRIES) {
      this.browseCache.delete(this.browseCache.keys().next().value as string)
    }
    return result
  }

  private async run(
    sql: SqlRunner,
    config: string,
    params: SearchParams,
    tsquery: TsQueries | null,
    ranked: string
  ): Promise<SearchResult> {
    // The statement is assembled out of textual order, so values are named here and put in the
    // order their placeholders appear at the end.
    const values: unknown[] = []
    const bind = (value: unknown) => {
      values.push(value)
      return `\u0000${values.length - 1}\u0000`
    }
    const bindArray = (list: string[]) => TEXT_ARRAY.replace("?", bind(JSON.stringify(list)))
    const toTsquery = (text: string) => `to_tsquery(${bind(config)}::regconfig, ${bind(text)})`
    const query =
      tsquery === null
        ? "NULL::tsquery AS tsq, NULL::tsquery AS whole, NULL::tsquery AS in_title"
        : `${toTsquery(tsquery.match)} AS tsq, ${toTsquery(tsquery.whole)} AS whole, ${toTsquery(tsquery.inTitle)} AS in_title`
    const match = tsquery === null ? "true" : "d.search_vector @@ q.tsq"
    // Whole words in the title first (the query's words in its order in the title before that),
    // then whole words anywhere, then the rest (a typed word as the start of a longer one); within
    // each, ts_rank (title weighs most) and the title's likeness to the (corrected) query.
    const score =
      tsquery === null
        ? "0"
        : `2 * (d.search_vector @@ q.in_title)::int + (d.search_vector @@ q.whole)::int
           + (strpos(' ' || d.title_text || ' ', ' ' || ${bind(ranked)} || ' ') > 0)::int
           + ts_rank(d.search_vector, q.tsq) + similarity(d.title_text, ${bind(ranked)})`
    const channels = bindArray(params.sales_channel_ids)
    const lapasOk = params.lapas?.length ? `d.lapas_handle = ANY(${bindArray(params.lapas)})` : "true"
    const categoryOk = params.category?.length ? `d.category_handles && ${bindArray(params.category)}` : "true"
    const priceParts = ["true"]
    if (params.min_price !== undefined) priceParts.push(`d.min_price >= ${bind(params.min_price)}`)
    if (params.max_price !== undefined) priceParts.push(`d.min_price <= ${bind(params.max_price)}`)
    const priceOk = priceParts.join(" AND ")
    const stockOk = params.in_stock ? "d.in_stock" : "true"

    const headlineTitle =
      tsquery === null ? "d.title" : `ts_headline(${bind(config)}::regconfig, d.title, q.tsq, ${bind(HEADLINE_TITLE)})`
    const headlineDescription =
      tsquery === null
        ? "NULL"
        : `CASE WHEN d.description IS NULL OR d.description = '' THEN NULL
                ELSE ts_headline(${bind(config)}::regconfig, d.description, q.tsq, ${bind(HEADLINE_DESCRIPTION)}) END`
    const limit = bind(params.limit)
    const offset = bind(params.offset)
    const withFacets = params.facets !== false

    // The total and the lapas and price facets in one pass over the matches: one grouping set
    // each, every count filtered by the filters that apply to it (GROUPING() tells the sets apart).
    const groupingSql = withFacets
      ? `g AS (
        SELECT f.lapas_handle, f.price_bucket, GROUPING(f.lapas_handle) AS by_lapas_off, GROUPING(f.price_bucket) AS by_price_off,
               min(f.lapas_name) AS lapas_name,
               count(*) FILTER (WHERE f.lapas_ok AND f.category_ok AND f.price_ok AND f.stock_ok)::int AS total,
               count(*) FILTER (WHERE f.category_ok AND f.price_ok AND f.stock_ok)::int AS lapas_count,
               count(*) FILTER (WHERE f.lapas_ok AND f.category_ok AND f.stock_ok)::int AS price_count
          FROM f GROUP BY GROUPING SETS ((f.lapas_handle), (f.price_bucket), ())
      )`
      : ""
    const totalSql = withFacets
      ? `(SELECT coalesce(max(g.total), 0) FROM g WHERE g.by_lapas_off = 1 AND g.by_price_off = 1)`
      : `(SELECT count(*)::int FROM f WHERE f.lapas_ok AND f.category_ok AND f.price_ok AND f.stock_ok)`
    const facetSql = withFacets
      ? `,
      (SELECT coalesce(json_agg(x ORDER BY x.count DESC, x.label), '[]'::json) FROM (
         SELECT g.lapas_handle AS value, g.lapas_name AS label, g.lapas_count AS count
           FROM g WHERE g.by_lapas_off = 0 AND g.lapas_count > 0) x) AS lapas_facet,
      (SELECT coalesce(json_agg(x ORDER BY x.count DESC, x.label), '[]'::json) FROM (
         SELECT c.handle AS value, min(c.name) AS label, count(*)::int AS count
           FROM (SELECT unnest(f.category_handles) AS handle, unnest(f.category_names) AS name
                   FROM f WHERE f.lapas_ok AND f.price_ok AND f.stock_ok) c
          GROUP BY c.handle) x) AS category_facet,
      (SELECT coalesce(json_object_agg(g.price_bucket, g.price_count), '{}'::json)
         FROM g WHERE g.by_price_off = 0) AS price_facet`
      : ""

    const statement = `
      WITH q AS (SELECT ${query}),
      f AS MATERIALIZED (
        SELECT d.id, d.lapas_handle, d.lapas_name, d.category_handles, d.category_names, d.price_bucket, d.created_at,
               ${score} AS score,
               ${lapasOk} AS lapas_ok, ${categoryOk} AS category_ok, (${priceOk}) AS price_ok, ${stockOk} AS stock_ok
          FROM ${DOCUMENT_TABLE} d, q
         WHERE d.sales_channel_ids && ${channels}
           AND d.min_price IS NOT NULL
           AND ${match}
           -- A product failing two filters is neither a hit nor counted by any facet.
           AND (NOT ${lapasOk})::int + (NOT ${categoryOk})::int + (NOT (${priceOk}))::int + (NOT ${stockOk})::int <= 1
      )${groupingSql ? `,
      ${groupingSql}` : ""}
      SELECT
      ${totalSql} AS total,
      (SELECT coalesce(json_agg(h ORDER BY h.rank), '[]'::json) FROM (
         SELECT d.id, d.title, d.handle, d.thumbnail, d.lapas_name, d.lapas_handle, d.min_price::text AS min_price,
                d.in_stock, ${headlineTitle} AS highlight_title, ${headlineDescription} AS highlight_description, page.rank
           FROM (SELECT f.id, row_number() OVER (ORDER BY f.score DESC, f.created_at DESC, f.id) AS rank
                   FROM f
                  WHERE f.lapas_ok AND f.category_ok AND f.price_ok AND f.stock_ok
                  ORDER BY f.score DESC, f.created_at DESC, f.id
                  LIMIT ${limit} OFFSET ${offset}) page
           JOIN ${DOCUMENT_TABLE} d ON d.id = page.id, q) h) AS hits
      ${facetSql}`

    const bindings: unknown[] = []
    const positional = statement.replace(/\u0000(\d+)\u0000/g, (_, index: string) => {
      bindings.push(values[Number(index)])
      return "?"
    })
    const [row] = await sql.execute(positional, bindings)
    return {
      hits: (row.hits as any[]).map(toHit),
      total: row.total,
      facets: withFacets
        ? {
            lapas: row.lapas_facet as FacetValue[],
            category: row.category_facet as FacetValue[],
            price: PRICE_BUCKETS.map((bucket) => ({
              value: bucket.value,
              min: bucket.min,
              max: bucket.max,
              count: Number((row.price_facet as Record<string, number>)[bucket.value] ?? 0),
            })),
          }
        : { lapas: [], category: [], price: [] },
    }
  }
}

/** What one query word matches: itself and its synonyms as prefixes; its corrections as whole words. */
interface WordTerms {
  typed: string
  prefixes: string[]
  exact: string[]
  /** The correction shown to the buyer ("Maksud Anda"), null when the word was not corrected. */
  correction: string | null
}

/** The three tsqueries of a search: what matches, whole words anywhere, whole words in the title. */
interface TsQueries {
  match: string
  whole: string
  inTitle: string
}

/**
 * Words are normalised to letters and digits, so nothing in them is tsquery syntax. Prefixes as
 * `word:*`, corrections as `word` (never the start of a longer word: "jahe" must not find "jahit").
 */
function queriesOf(terms: WordTerms[], join: " & " | " | "): TsQueries {
  const group = (t: WordTerms, mark: (word: string, prefix: boolean) => string) =>
    `(${[...t.prefixes.map((w) => mark(w, true)), ...t.exact.map((w) => mark(w, false))].join(" | ")})`
  return {
    match: terms.map((t) => group(t, (w, prefix) => (prefix ? `${w}:*` : w))).join(join),
    whole: terms.map((t) => group(t, (w) => w)).join(join),
    inTitle: terms.map((t) => group(t, (w) => `${w}:A`)).join(join),
  }
}

/** Every write raises the index's version, so cached browse counts of any process are recomputed. */
async function bumpVersion(sql: SqlRunner) {
  await sql.execute(
    `INSERT INTO ${STATE_TABLE} (id, version) VALUES (1, 1) ON CONFLICT (id) DO UPDATE SET version = ${STATE_TABLE}.version + 1`
  )
}

function toRow(document: SearchDocument) {
  return {
    ...document,
    title_text: normaliseText(document.title),
    secondary_text: [document.subtitle ?? "", document.lapas_name, ...document.category_names, ...document.tags.map((tag) => tag.replace(/-/g, " "))].join(" "),
  }
}

/** The words a buyer might misspell: every normalised word of the searchable text, 3 letters or more. */
function vocabularyOf(document: SearchDocument): string[] {
  const text = [
    document.title,
    document.subtitle ?? "",
    document.lapas_name,
    ...document.category_names,
    ...document.tags,
    document.description ?? "",
  ].join(" ")
  return normaliseText(text)
    .split(" ")
    .filter((word) => word.length >= 3 && word.length <= 40 && !/^\d+$/.test(word))
}

function toHit(row: any): SearchHit {
  return {
    id: row.id,
    title: row.title,
    handle: row.handle,
    thumbnail: row.thumbnail,
    lapas: { name: row.lapas_name, handle: row.lapas_handle },
    min_price: row.min_price === null ? null : Number(row.min_price),
    in_stock: row.in_stock,
    highlight: { title: row.highlight_title ?? row.title, description: row.highlight_description ?? null },
  }
}

/**
 * Whether `candidate` is plausibly what a buyer meant by `typed`: within one edit for short
 * words, two for longer ones (Damerau–Levenshtein: a swapped pair of letters is one edit).
 */
export function isLikelyTypo(typed: string, candidate: string): boolean {
  const allowed = typed.length <= 4 ? 1 : 2
  if (Math.abs(typed.length - candidate.length) > allowed) return false
  return editDistance(typed, candidate) <= allowed
}

/**
 * The candidates that are likely typos of `typed`, keeping only those at the smallest edit
 * distance among them, in the order given (nearest by trigram first).
 */
export function closestTypos(typed: string, candidates: string[]): string[] {
  const typos = candidates.filter((candidate) => candidate !== typed && isLikelyTypo(typed, candidate))
  if (!typos.length) return []
  const distances = typos.map((candidate) => editDistance(typed, candidate))
  const best = Math.min(...distances)
  return typos.filter((_, i) => distances[i] === best)
}

export function editDistance(a: string, b: string): number {
  const rows = a.length + 1
  const cols = b.length + 1
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)))
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1)
      }
    }
  }
  return d[a.length][b.length]
}
