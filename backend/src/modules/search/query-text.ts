/**
 * How a buyer's text becomes a query, the same for both engines and for the search log.
 */

/** Lower case, accents and punctuation dropped, words separated by single spaces. */
export function normaliseText(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
}

/** A buyer's text as searched and logged: normalised, at most 100 characters. */
export function normaliseQuery(text: string): string {
  return normaliseText(text).slice(0, 100).trim()
}

/** The words of a normalised query (at most 8: longer texts are sentences, not searches). */
export function queryWords(normalised: string): string[] {
  return normalised ? normalised.split(" ").slice(0, 8) : []
}

/**
 * Words buyers use for the same thing: Indonesian spelling variants and the English words of
 * buyers who search in English. Every word of a group finds what any other finds.
 */
export const SYNONYM_GROUPS: string[][] = [
  ["instan", "instant"],
  ["kursi", "chair"],
  ["meja", "table"],
  ["lemari", "cupboard", "wardrobe"],
  ["rotan", "rattan"],
  ["jati", "teak"],
  ["kayu", "wood", "wooden"],
  ["jahe", "ginger"],
  ["kunyit", "turmeric"],
  ["kopi", "coffee"],
  ["roti", "bread"],
  ["kue", "cake", "cookies"],
  ["tas", "bag"],
  ["kaos", "kaus", "tshirt"],
  ["sabun", "soap"],
  ["pupuk", "fertilizer", "fertiliser"],
  ["keripik", "kripik", "chips"],
  ["minuman", "drink"],
  ["kerajinan", "craft", "crafts"],
  ["jam", "clock"],
  ["cermin", "mirror"],
  ["lukisan", "painting"],
  ["patung", "sculpture", "statue"],
]

const SYNONYMS_OF: Map<string, string[]> = new Map(
  SYNONYM_GROUPS.flatMap((group) => group.map((word) => [word, group.filter((other) => other !== word)] as const))
)

/** The other words of a word's synonym group (none for most words). */
export function synonymsOf(word: string): string[] {
  return SYNONYMS_OF.get(word) ?? []
}

/**
 * Spellings of one word (not translations): a search with any of them is logged and grouped in
 * the demand report under the first. "jahe instant" counts as "jahe instan".
 */
export const SPELLING_VARIANTS: string[][] = [
  ["instan", "instant"],
  ["kaos", "kaus"],
  ["keripik", "kripik"],
  ["fertilizer", "fertiliser"],
]

const CANONICAL_SPELLING: Map<string, string> = new Map(
  SPELLING_VARIANTS.flatMap((group) => group.slice(1).map((word) => [word, group[0]] as const))
)

/**
 * The form a query is grouped under: each word replaced by its correction (when the engine
 * corrected it) and by the first spelling of its variants. `corrected` is the engine's corrected
 * query (same number of words) or null.
 */
export function canonicalQuery(normalised: string, corrected: string | null = null): string {
  const words = normalised ? normalised.split(" ") : []
  const fixed = corrected ? normaliseQuery(corrected) : ""
  const fixes = fixed ? fixed.split(" ") : []
  const base = fixes.length === words.length ? fixes : words
  return base.map((word) => CANONICAL_SPELLING.get(word) ?? word).join(" ")
}

/** The same groups in Meilisearch's settings format: each word maps to the others of its group. */
export function meilisearchSynonyms(): Record<string, string[]> {
  return Object.fromEntries(SYNONYMS_OF)
}
