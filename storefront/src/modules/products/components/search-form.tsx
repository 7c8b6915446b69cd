import type { Translate } from "@/i18n"
import { SEARCH_PATH } from "@/lib/util/search"

/** Product search: a plain GET form to the results page /cari, so it works without JavaScript. */
export function SearchForm({
  t,
  q,
  kategori,
  id = "search",
}: {
  t: Translate
  q?: string
  /** keep searching within this category (`/cari?kategori=`) */
  kategori?: string
  id?: string
}) {
  return (
    <form action={SEARCH_PATH} method="get" role="search" className="search-form" aria-label={t("search.label")}>
      <label htmlFor={`${id}-q`} className="visually-hidden">
        {t("search.label")}
      </label>
      <input
        id={`${id}-q`}
        name="q"
        type="search"
        defaultValue={q}
        placeholder={t("search.placeholder")}
        className="input search-form__input"
        maxLength={100}
        enterKeyHint="search"
        autoComplete="off"
      />
      {kategori && <input type="hidden" name="kategori" value={kategori} />}
      <button type="submit" className="button button--primary search-form__button">
        {t("search.submit")}
      </button>
    </form>
  )
}
