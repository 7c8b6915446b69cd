import Link from "next/link"
import type { Translate } from "@/i18n"
import { LISTING_PATH, listingHref, type ListingParams } from "@/lib/util/routes"

/** Previous / next links that keep every filter of the listing (or of the search, via `hrefForPage`). */
export function Pagination({
  page,
  totalPages,
  params = {},
  basePath = LISTING_PATH,
  hrefForPage,
  prefetch,
  t,
}: {
  page: number
  totalPages: number
  params?: ListingParams
  basePath?: string
  /** the URL of a page, when it is not a listing URL (e.g. /cari) */
  hrefForPage?: (page: number) => string
  /** false: never prefetch the pages (the search logs every page 1 it answers) */
  prefetch?: boolean
  t: Translate
}) {
  if (totalPages <= 1) return null
  const href = hrefForPage ?? ((halaman: number) => listingHref({ ...params, halaman }, basePath))
  return (
    <nav className="pagination" aria-label={t("pagination.label")}>
      {page > 1 ? (
        <Link className="button button--ghost" href={href(page - 1)} prefetch={prefetch} rel="prev">
          {t("pagination.previous")}
        </Link>
      ) : (
        <span aria-hidden="true" />
      )}
      <span className="pagination__status" aria-current="page">
        {t("pagination.pageOf", { page, total: totalPages })}
      </span>
      {page < totalPages ? (
        <Link className="button button--ghost" href={href(page + 1)} prefetch={prefetch} rel="next">
          {t("pagination.next")}
        </Link>
      ) : (
        <span aria-hidden="true" />
      )}
    </nav>
  )
}
