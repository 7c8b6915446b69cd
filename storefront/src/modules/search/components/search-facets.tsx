import Link from "next/link"
import type { MessageKey, Translate } from "@/i18n"
import type { FacetOption, FilterChip, SearchFacetGroups } from "@/lib/util/search-facets"

const GROUP_TITLES: Record<"lapas" | "category" | "price" | "stock", MessageKey> = {
  lapas: "searchPage.facet.lapas",
  category: "searchPage.facet.category",
  price: "searchPage.facet.price",
  stock: "searchPage.facet.stock",
}

/** One option: a link that toggles it, drawn as a checkbox (a radio for the one-choice price). */
function FacetLink({ option, t }: { option: FacetOption; t: Translate }) {
  return (
    <Link
      href={option.href}
      // Every search is logged by the backend: only searches the buyer asks for, none prefetched.
      prefetch={false}
      rel="nofollow"
      className="facet-option"
      data-testid="search-facet"
      data-facet={option.facet}
      data-value={option.value}
      data-selected={option.selected ? "true" : "false"}
      data-count={option.count ?? undefined}
      data-kind={option.facet === "price" ? "radio" : "checkbox"}
    >
      <span className="facet-option__box" aria-hidden="true" />
      <span className="facet-option__label">
        {option.label}
        {option.selected && <span className="visually-hidden"> {t("searchPage.selected")}</span>}
      </span>
      {option.count !== null && (
        <span className="facet-option__count">
          <span aria-hidden="true">{option.count}</span>
          <span className="visually-hidden">, {t("searchPage.countHidden", { count: option.count })}</span>
        </span>
      )}
    </Link>
  )
}

function FacetGroup({ kind, options, t }: { kind: keyof typeof GROUP_TITLES; options: FacetOption[]; t: Translate }) {
  if (options.length === 0) return null
  const titleId = `facet-${kind}-title`
  return (
    <section className="facet" aria-labelledby={titleId}>
      <h2 id={titleId} className="facet__title">
        {t(GROUP_TITLES[kind])}
      </h2>
      <ul className="facet__options" role="list">
        {options.map((option) => (
          <li key={option.value}>
            <FacetLink option={option} t={t} />
          </li>
        ))}
      </ul>
    </section>
  )
}

/**
 * The facets as links (no JavaScript needed), folded behind "Saring hasil" on a phone. Each count
 * says how many products the buyer gets by choosing that value.
 */
export function SearchFacets({ groups, activeCount, t }: { groups: SearchFacetGroups; activeCount: number; t: Translate }) {
  return (
    <details className="filters__panel search-facets" data-testid="search-facets">
      <summary className="filters__summary">
        {activeCount > 0 ? t("searchPage.filtersActive", { count: activeCount }) : t("searchPage.filters")}
      </summary>
      <div className="search-facets__groups">
        <FacetGroup kind="lapas" options={groups.lapas} t={t} />
        <FacetGroup kind="category" options={groups.category} t={t} />
        <FacetGroup kind="price" options={groups.price} t={t} />
        <FacetGroup kind="stock" options={[groups.stock]} t={t} />
      </div>
    </details>
  )
}

/** The query and active filters as chips; each removes itself. "Hapus semua filter" keeps the query. */
export function ActiveFilters({ chips, clearHref, t }: { chips: FilterChip[]; clearHref: string | null; t: Translate }) {
  if (chips.length === 0) return null
  return (
    <ul className="chips search-page__chips" role="list" aria-label={t("searchPage.activeFilters")} data-testid="search-active-filters">
      {chips.map((chip) => (
        <li key={chip.key}>
          <Link href={chip.href} prefetch={false} className="chip chip--removable" rel="nofollow" data-filter={chip.key}>
            {chip.label}
            <span className="visually-hidden"> {t("searchPage.remove")}</span>
            <span aria-hidden="true"> ×</span>
          </Link>
        </li>
      ))}
      {clearHref && (
        <li>
          <Link href={clearHref} prefetch={false} className="chip search-page__clear" rel="nofollow">
            {t("searchPage.clearFilters")}
          </Link>
        </li>
      )}
    </ul>
  )
}
