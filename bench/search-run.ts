/**
 * Runs inside the Medusa app (`medusa exec ../bench/search-run.ts` from backend/, started by
 * bench/search.mjs): indexes BENCH_PRODUCTS generated products, then times BENCH_QUERIES mixed
 * searches through the search module, BENCH_ROUNDS times (default 3). Prints p50/p95/p99 in ms of
 * each round, overall and per kind of query, then the median over the rounds of each figure.
 */
import { createRequire } from "node:module"
import path from "node:path"
import { percentile } from "./lib/figures"

const fromBackend = createRequire(path.join(process.cwd(), "package.json"))
const { SEARCH_MODULE } = fromBackend("./src/modules/search")
const { priceBucketOf } = fromBackend("./src/modules/search/types")

function summary(label: string, values: number[]) {
  const sorted = [...values].sort((a, b) => a - b)
  const mean = values.reduce((a, b) => a + b, 0) / values.length
  const f = (n: number) => n.toFixed(1).padStart(7)
  return `${label.padEnd(22)} n ${String(values.length).padStart(5)}  p50 ${f(percentile(sorted, 50))}  p95 ${f(percentile(sorted, 95))}  p99 ${f(percentile(sorted, 99))}  max ${f(sorted[sorted.length - 1])}`
}

/** A small deterministic generator, so every run indexes and asks the same things. */
function random(seed: number) {
  let state = seed >>> 0
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0
    return state / 2 ** 32
  }
}

const KINDS = [
  { words: ["Jahe Instan", "Kunyit Instan", "Temulawak Instan", "Jamu Beras Kencur", "Sirup Lidah Buaya", "Keripik Singkong", "Roti Tawar", "Bolu Pandan", "Nastar Nanas", "Sambal Bawang"], category: "makanan-minuman", price: [12_000, 95_000] },
  { words: ["Kursi Rotan", "Meja Jati", "Lemari Kayu", "Sofa Rotan Sintetis", "Rak Buku Jati", "Bangku Taman", "Meja Makan Mahoni", "Kursi Teras"], category: "furnitur", price: [350_000, 6_500_000] },
  { words: ["Batik Tulis", "Tanjak Melayu", "Kotak Tisu Ukir", "Cermin Hias", "Jam Dinding Kayu", "Lukisan Kanvas", "Patung Kayu", "Tas Anyaman"], category: "kerajinan", price: [45_000, 1_500_000] },
  { words: ["Sabun Sereh", "Pupuk Cair Organik", "Ember Plastik", "Bibit Sansevieria", "Keranjang Serbaguna", "Lulur Bengkoang"], category: "rumah-tangga", price: [10_000, 150_000] },
  { words: ["Sarung Tangan Softball", "Tas Ransel Softball", "Glove Catcher"], category: "olahraga", price: [150_000, 900_000] },
]
const QUALIFIERS = ["Merah", "Hitam", "Premium", "Mini", "Besar", "Klasik", "Motif Parang", "Natural", "Super", "Original", "Ukir", "Anyaman", "Ekspor", "Khas"]
const FILLER = "dibuat oleh warga binaan di bengkel kerja lapas dengan bahan pilihan dan pendampingan mitra industri setiap produk diperiksa sebelum dikirim cocok untuk oleh oleh hadiah dan kebutuhan rumah".split(" ")
const CITIES = ["Bojonegoro", "Tanjungpinang", "Surabaya", "Semarang", "Tangerang", "Jakarta", "Cikarang", "Ambarawa", "Medan", "Makassar", "Kupang", "Jayapura", "Denpasar", "Padang", "Pontianak", "Manado", "Ambon", "Mataram", "Palu", "Kendari"]

export default async function bench({ container }: { container: any }) {
  const products = Number(process.env.BENCH_PRODUCTS || 10_000)
  const queries = Number(process.env.BENCH_QUERIES || 1_000)
  const search = container.resolve(SEARCH_MODULE)
  if (search.engineName() !== "postgres") throw new Error("The bench measures the PostgreSQL engine; unset MEILISEARCH_HOST.")
  const next = random(7)
  const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)]
  const channel = "sc_bench"
  const lapas = CITIES.map((city) => ({ id: `lapas_${city.toLowerCase()}`, handle: `lapas-${city.toLowerCase()}`, name: `Lapas Kelas IIA ${city}` }))

  const documents = Array.from({ length: products }, (_, i) => {
    const kind = pick(KINDS)
    const base = pick(kind.words)
    const title = `${base} ${pick(QUALIFIERS)} ${i % 7 === 0 ? pick(CITIES) : ""}`.trim()
    const home = pick(lapas)
    const price = Math.round((kind.price[0] + next() * (kind.price[1] - kind.price[0])) / 500) * 500
    const description = `${title} ${Array.from({ length: 30 }, () => pick(FILLER)).join(" ")} ${home.name}.`
    return {
      id: `prod_bench_${String(i).padStart(6, "0")}`,
      handle: `${title.toLowerCase().replace(/[^a-z0-9]+/g, "-")}-${i}`,
      title,
      subtitle: null,
      description,
      thumbnail: null,
      lapas_id: home.id,
      lapas_handle: home.handle,
      lapas_name: home.name,
      category_handles: [kind.category],
      category_names: [kind.category.replace(/-/g, " ")],
      tags: [base.split(" ")[0].toLowerCase()],
      sales_channel_ids: [channel],
      min_price: price,
      price_bucket: priceBucketOf(price),
      in_stock: next() > 0.15,
      created_at: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(),
    }
  })

  const indexStart = performance.now()
  await search.replaceAllDocuments(documents)
  const indexMs = performance.now() - indexStart
  console.log(`Indexed ${products} products in ${(indexMs / 1000).toFixed(1)} s (${Math.round(products / (indexMs / 1000))} per second)`)

  const typo = (word: string) => {
    if (word.length < 4) return word
    const at = 1 + Math.floor(next() * (word.length - 2))
    return next() < 0.5 ? word.slice(0, at) + word.slice(at + 1) : word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2)
  }
  const titles = KINDS.flatMap((k) => k.words)
  const kindsOfQuery: [string, number, () => Record<string, unknown>][] = [
    ["exact", 30, () => ({ q: pick(titles) })],
    ["one word", 15, () => ({ q: pick(titles).split(" ")[0] })],
    ["misspelt", 15, () => ({ q: pick(titles).split(" ").map(typo).join(" ") })],
    ["english", 5, () => ({ q: pick(["ginger instant", "teak table", "rattan chair", "soap", "bread", "wooden cupboard"]) })],
    ["prefix (suggest)", 10, () => ({ q: pick(titles).slice(0, 3 + Math.floor(next() * 4)), facets: false, limit: 6 })],
    ["filtered", 15, () => ({ q: pick(titles).split(" ")[0], lapas: [pick(lapas).handle], in_stock: true, max_price: 500_000 })],
    ["browse (no query)", 5, () => ({ q: "", category: [pick(KINDS).category], min_price: 50_000 })],
    ["nothing found", 5, () => ({ q: pick(["sepeda listrik", "laptop gaming", "xyzzy", "televisi"]) })],
  ]
  const weights = kindsOfQuery.reduce((a, [, w]) => a + w, 0)
  const plan = Array.from({ length: queries }, () => {
    let r = next() * weights
    for (const entry of kindsOfQuery) {
      r -= entry[1]
      if (r <= 0) return entry
    }
    return kindsOfQuery[0]
  })

  const ask = (params: Record<string, unknown>) =>
    search.searchProducts({ sales_channel_ids: [channel], limit: 20, offset: 0, ...params })
  for (let i = 0; i < 50; i++) await ask(plan[i % plan.length][2]())

  const rounds = Math.max(1, Number(process.env.BENCH_ROUNDS || 3))
  const figures: { all: number[]; byKind: Map<string, number[]> }[] = []
  for (let round = 1; round <= rounds; round++) {
    const all: number[] = []
    const byKind = new Map<string, number[]>()
    let found = 0
    for (const [kind, , make] of plan) {
      const params = make()
      const start = performance.now()
      const result = await ask(params)
      const ms = performance.now() - start
      if (result.total > 0) found++
      all.push(ms)
      byKind.set(kind, [...(byKind.get(kind) ?? []), ms])
    }
    figures.push({ all, byKind })
    console.log(`\nRound ${round} of ${rounds}: ${queries} queries over ${products} products (PostgreSQL engine, one at a time; ms):`)
    console.log(summary("all", all))
    for (const [kind] of kindsOfQuery) if (byKind.get(kind)) console.log(summary(kind, byKind.get(kind)!))
    console.log(`${found} of ${queries} queries found something`)
  }

  // The median over the rounds of each round's percentile.
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
  const pct = (values: number[], p: number) => percentile([...values].sort((a, b) => a - b), p)
  const medianLine = (label: string, of: (r: (typeof figures)[number]) => number[] | undefined) => {
    const sets = figures.map(of).filter((v): v is number[] => !!v?.length)
    if (!sets.length) return
    const f = (n: number) => n.toFixed(1).padStart(7)
    console.log(
      `${label.padEnd(22)} p50 ${f(median(sets.map((v) => pct(v, 50))))}  p95 ${f(median(sets.map((v) => pct(v, 95))))}  p99 ${f(median(sets.map((v) => pct(v, 99))))}   p95 per round: ${sets.map((v) => pct(v, 95).toFixed(1)).join(", ")}`
    )
  }
  console.log(`\nMedians of ${rounds} rounds (ms):`)
  medianLine("all", (r) => r.all)
  for (const [kind] of kindsOfQuery) medianLine(kind, (r) => r.byKind.get(kind))
  if (!process.env.BENCH_KEEP) await search.replaceAllDocuments([])
}
