import Link from "next/link"
import type { Translate } from "@/i18n"
import { listingHref } from "@/lib/util/routes"

export function Pagination({
  page,
  totalPages,
  kategori,
  t,
}: {
  page: number
  totalPages: number
  kategori?: string
  t: Translate
}) {
  if (totalPages <= 1) return null
  return (
    <nav className="pagination" aria-label={t("pagination.label")}>
      {page > 1 ? (
        <Link className="button button--ghost" href={listingHref({ kategori, halaman: page - 1 })} rel="prev">
          {t("pagination.previous")}
        </Link>
      ) : (
        <span aria-hidden="true" />
      )}
      <span className="pagination__status" aria-current="page">
        {t("pagination.pageOf", { page, total: totalPages })}
      </span>
      {page < totalPages ? (
        <Link className="button button--ghost" href={listingHref({ kategori, halaman: page + 1 })} rel="next">
          {t("pagination.next")}
        </Link>
      ) : (
        <span aria-hidden="true" />
      )}
    </nav>
  )
}
