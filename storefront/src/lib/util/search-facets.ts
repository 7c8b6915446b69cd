/**
 * What the results page shows of the facets and filters, as plain data: each option with its label,
 * count, whether it is chosen and the link that toggles it; each active filter as a removable chip.
 * Pure (labels come in as functions), so the links are tested without rendering.
 */
import type { FacetValue, SearchFacets } from "@karya-binaan/contracts"
import { parsePriceBucket, searchHref, toggleValue, type PriceRange, type SearchPageParams } from "./search"

export type FacetKind = "lapas" | "category" | "price" | "stock"

export type FacetOption = {
  facet: FacetKind
  value: string
  label: string
  /** products the buyer gets by choosing it (disjunctive); null when unknown (stock) */
  count: number | null
  selected: boolean
  /** the same search with this option toggled, from page 1 */
  href: string
}

export type FacetLabels = {
  /** a lapas name by handle; `fallback` is the backend's label, if any */
  lapas: (handle: string, fallback?: string) => string
  /** a category name in the buyer's language by handle */
  category: (handle: string, fallback?: string) => string
  price: (range: PriceRange) => string
  inStock: string
}

export type SearchFacetGroups = {
  lapas: FacetOption[]
  category: FacetOption[]
  price: FacetOption[]
  stock: FacetOption
}

/**
 * Options of a multi-choice facet: the backend's values (in its order) with a count, and every
 * chosen value even when the backend no longer lists it, so it can always be unchosen. Values no
 * product would match (count 0) are left out unless chosen.
 */
function multiOptions(
  facet: "lapas" | "category",
  values: FacetValue[],
  chosen: string[],
  params: SearchPageParams,
  label: (handle: string, fallback?: string) => string
): FacetOption[] {
  const key = facet === "lapas" ? "lapas" : "kategori"
  const byValue = new Map(values.map((v) => [v.value, v]))
  const listed = [...values, ...chosen.filter((v) => !byValue.has(v)).map((value) => ({ value, label: value, count: 0 }))]
  return listed
    .filter((v) => v.count > 0 || chosen.includes(v.value))
    .map((v) => ({
      facet,
      value: v.value,
      label: label(v.value, byValue.get(v.value)?.label),
      count: v.count,
      selected: chosen.includes(v.value),
      href: searchHref({ ...params, [key]: toggleValue(chosen, v.value), halaman: 1 }),
    }))
}

export function buildFacetGroups(params: SearchPageParams, facets: SearchFacets, labels: FacetLabels): SearchFacetGroups {
  const chosenPrice = parsePriceBucket(params.harga)
  const price: FacetOption[] = facets.price
    .filter((bucket) => bucket.count > 0 || bucket.value === params.harga)
    .map((bucket) => {
      const selected = bucket.value === params.harga
      return {
        facet: "price",
        value: bucket.value,
        label: labels.price(bucket),
        count: bucket.count,
        selected,
        href: searchHref({ ...params, harga: selected ? undefined : bucket.value, halaman: 1 }),
      }
    })
  if (chosenPrice && params.harga && !price.some((option) => option.selected)) {
    price.push({
      facet: "price",
      value: params.harga,
      label: labels.price(chosenPrice),
      count: 0,
      selected: true,
      href: searchHref({ ...params, harga: undefined, halaman: 1 }),
    })
  }
  return {
    lapas: multiOptions("lapas", facets.lapas, params.lapas, params, labels.lapas),
    category: multiOptions("category", facets.category, params.kategori, params, labels.category),
    price,
    stock: {
      facet: "stock",
      value: "1",
      label: labels.inStock,
      count: null,
      selected: params.stok,
      href: searchHref({ ...params, stok: !params.stok, halaman: 1 }),
    },
  }
}

export type FilterChip = { key: string; label: string; href: string }

/** The active query and filters, each with the link that removes it (back to page 1). */
export function buildFilterChips(
  params: SearchPageParams,
  labels: FacetLabels & { query: (q: string) => string }
): FilterChip[] {
  const chips: FilterChip[] = []
  if (params.q) chips.push({ key: "q", label: labels.query(params.q), href: searchHref({ ...params, q: undefined, halaman: 1 }) })
  for (const handle of params.lapas) {
    chips.push({
      key: `lapas:${handle}`,
      label: labels.lapas(handle),
      href: searchHref({ ...params, lapas: params.lapas.filter((h) => h !== handle), halaman: 1 }),
    })
  }
  for (const handle of params.kategori) {
    chips.push({
      key: `kategori:${handle}`,
      label: labels.category(handle),
      href: searchHref({ ...params, kategori: params.kategori.filter((h) => h !== handle), halaman: 1 }),
    })
  }
  const price = parsePriceBucket(params.harga)
  if (price) chips.push({ key: "harga", label: labels.price(price), href: searchHref({ ...params, harga: undefined, halaman: 1 }) })
  if (params.stok) chips.push({ key: "stok", label: labels.inStock, href: searchHref({ ...params, stok: false, halaman: 1 }) })
  return chips
}
