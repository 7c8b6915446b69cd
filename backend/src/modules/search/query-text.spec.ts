import { meilisearchSynonyms, normaliseQuery, queryWords, synonymsOf } from "./query-text"
import { editDistance, isLikelyTypo } from "./engines/postgres"
import { PRICE_BUCKETS, priceBucketOf } from "./types"

describe("normaliseQuery", () => {
  it("lower-cases, drops accents and punctuation and collapses spaces", () => {
    expect(normaliseQuery("  JAHE   Instan!! ")).toBe("jahe instan")
    expect(normaliseQuery("Kursi-rotan, (sintetis)")).toBe("kursi rotan sintetis")
    expect(normaliseQuery("Café Kopi")).toBe("cafe kopi")
    expect(normaliseQuery("%_'\"")).toBe("")
  })

  it("keeps at most 100 characters and 8 words", () => {
    expect(normaliseQuery("a".repeat(300))).toHaveLength(100)
    expect(queryWords("a b c d e f g h i j")).toEqual(["a", "b", "c", "d", "e", "f", "g", "h"])
    expect(queryWords("")).toEqual([])
  })
})

describe("synonyms", () => {
  it("every word of a group finds the others, both ways", () => {
    expect(synonymsOf("instant")).toEqual(["instan"])
    expect(synonymsOf("instan")).toEqual(["instant"])
    expect(synonymsOf("chair")).toContain("kursi")
    expect(synonymsOf("meja")).toContain("table")
    expect(synonymsOf("sepeda")).toEqual([])
    expect(meilisearchSynonyms().instant).toEqual(["instan"])
  })
})

describe("typo correction", () => {
  it("counts edits, a swapped pair of letters as one", () => {
    expect(editDistance("jhe", "jahe")).toBe(1)
    expect(editDistance("kurdi", "kursi")).toBe(1)
    expect(editDistance("ajhe", "jahe")).toBe(1)
    expect(editDistance("meja", "jati")).toBe(4)
  })

  it("allows one edit in short words and two in longer ones", () => {
    expect(isLikelyTypo("jhe", "jahe")).toBe(true)
    expect(isLikelyTypo("jhe", "jamu")).toBe(false)
    expect(isLikelyTypo("temulwak", "temulawak")).toBe(true)
    expect(isLikelyTypo("tmulwak", "temulawak")).toBe(true)
    expect(isLikelyTypo("kopi", "kapas")).toBe(false)
  })
})

describe("price buckets", () => {
  it("puts each price in exactly one bucket, lower bound inclusive", () => {
    expect(priceBucketOf(null)).toBeNull()
    expect(priceBucketOf(0)).toBe(PRICE_BUCKETS[0].value)
    expect(priceBucketOf(49_999)).toBe("0-50000")
    expect(priceBucketOf(50_000)).toBe("50000-100000")
    expect(priceBucketOf(25_000_000)).toBe("1000000-")
  })
})
