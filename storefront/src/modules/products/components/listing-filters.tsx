import type { HttpTypes } from "@medusajs/types"
import Link from "next/link"
import { formatRupiah } from "@karya-binaan/format"
import type { Locale, Translate } from "@/i18n"
import { categoryName } from "@/lib/util/category"
import type { StoreLapas } from "@karya-binaan/contracts"
import { DEFAULT_SORT, LISTING_PATH, SORT_KEYS, listingHref, type ListingParams } from "@/lib/util/routes"

/**
 * Filters and sort of a listing as one GET form to /produk: it works without JavaScript, and on a
 * phone it folds away behind "Saring & urutkan". Active filters show as chips that remove themselves.
 * On a collection page (`params.koleksi`) the form stays on the page, whose path holds the
 * collection, and offers lapas, price and sort only.
 */
export function ListingFilters({
  params,
  categories,
  lapasList,
  basePath = LISTING_PATH,
  t,
  locale,
}: {
  params: ListingParams
  categories: HttpTypes.StoreProductCategory[]
  lapasList: StoreLapas[]
  basePath?: string
  t: Translate
  locale: Locale
}) {
  const selectedLapas = params.lapas ? lapasList.find((l) => l.handle === params.lapas) : undefined
  const chips: { key: string; label: string; href: string }[] = []
  if (params.q) chips.push({ key: "q", label: t("filters.chip.search", { q: params.q }), href: listingHref({ ...params, q: undefined, halaman: 1 }, basePath) })
  if (selectedLapas)
    chips.push({ key: "lapas", label: selectedLapas.name, href: listingHref({ ...params, lapas: undefined, halaman: 1 }, basePath) })
  if (params.harga_min !== undefined)
    chips.push({
      key: "harga_min",
      label: t("filters.chip.priceMin", { price: formatRupiah(params.harga_min) }),
      href: listingHref({ ...params, harga_min: undefined, halaman: 1 }, basePath),
    })
  if (params.harga_maks !== undefined)
    chips.push({
      key: "harga_maks",
      label: t("filters.chip.priceMax", { price: formatRupiah(params.harga_maks) }),
      href: listingHref({ ...params, harga_maks: undefined, halaman: 1 }, basePath),
    })
  const sorted = params.urut && params.urut !== DEFAULT_SORT
  const action = params.koleksi ? basePath : LISTING_PATH
  const activeCount = chips.length + (sorted ? 1 : 0)

  return (
    <div className="filters">
      <details className="filters__panel">
        <summary className="filters__summary">
          {activeCount > 0 ? t("filters.toggleActive", { count: activeCount }) : t("filters.toggle")}
        </summary>
        <form action={action} method="get" className="filters__form" data-testid="listing-filters">
          {params.q && <input type="hidden" name="q" value={params.q} />}
          {!params.koleksi && (
            <div className="field">
              <label htmlFor="filter-kategori" className="field__label">
                {t("filters.category")}
              </label>
              <select id="filter-kategori" name="kategori" defaultValue={params.kategori ?? ""} className="input">
                <option value="">{t("filters.allCategories")}</option>
                {categories.map((category) => (
                  <option key={category.id} value={category.handle}>
                    {categoryName(category, locale)}
                  </option>
                ))}
              </select>
            </div>
          )}
          <div className="field">
            <label htmlFor="filter-lapas" className="field__label">
              {t("filters.lapas")}
            </label>
            <select id="filter-lapas" name="lapas" defaultValue={params.lapas ?? ""} className="input">
              <option value="">{t("filters.allLapas")}</option>
              {lapasList.map((lapas) => (
                <option key={lapas.id} value={lapas.handle}>
                  {lapas.name}
                </option>
              ))}
            </select>
          </div>
          <fieldset className="field field--range">
            <legend className="field__label">{t("filters.price")}</legend>
            <div className="field__row">
              <div className="field">
                <label htmlFor="filter-harga-min" className="field__hint">
                  {t("filters.priceMin")}
                </label>
                <input
                  id="filter-harga-min"
                  name="harga_min"
                  type="text"
                  inputMode="numeric"
                  pattern="[0-9. ]*"
                  autoComplete="off"
                  placeholder="0"
                  defaultValue={params.harga_min ?? ""}
                  className="input"
                />
              </div>
              <div className="field">
                <label htmlFor="filter-harga-maks" className="field__hint">
                  {t("filters.priceMax")}
                </label>
                <input
                  id="filter-harga-maks"
                  name="harga_maks"
                  type="text"
                  inputMode="numeric"
                  pattern="[0-9. ]*"
                  autoComplete="off"
                  placeholder="500000"
                  defaultValue={params.harga_maks ?? ""}
                  className="input"
                />
              </div>
            </div>
          </fieldset>
          <div className="field">
            <label htmlFor="filter-urut" className="field__label">
              {t("filters.sort")}
            </label>
            <select id="filter-urut" name="urut" defaultValue={params.urut ?? DEFAULT_SORT} className="input">
              {SORT_KEYS.map((key) => (
                <option key={key} value={key}>
                  {t(`filters.sort.${key}`)}
                </option>
              ))}
            </select>
          </div>
          {params.q && <p className="muted filters__note">{t("filters.searchNote")}</p>}
          <div className="filters__actions">
            <button type="submit" className="button button--primary">
              {t("filters.apply")}
            </button>
            <Link prefetch={false} href={action} className="button button--ghost">
              {t("filters.reset")}
            </Link>
          </div>
        </form>
      </details>

      {chips.length > 0 && (
        <ul className="chips filters__chips" role="list" aria-label={t("filters.activeLabel")}>
          {chips.map((chip) => (
            <li key={chip.key}>
              <Link prefetch={false} href={chip.href} className="chip chip--removable">
                {chip.label}
                <span className="visually-hidden"> {t("filters.remove")}</span>
                <span aria-hidden="true"> ×</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
