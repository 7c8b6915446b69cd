"use client"

import Link from "next/link"
import { commonMessages } from "@/i18n/common"
import { useT } from "@/i18n/client"

/**
 * Previous / next links of a paged list. The page lives in the query (`?halaman=2` by default);
 * `query` holds the list's other parameters so they are kept.
 */
export function Pagination({
  page,
  pages,
  basePath,
  query = {},
  param = "halaman",
}: {
  page: number
  pages: number
  basePath: string
  query?: Record<string, string>
  param?: string
}) {
  const t = useT(commonMessages)
  if (pages <= 1) return null
  const href = (target: number) => {
    const params = new URLSearchParams(query)
    if (target > 1) params.set(param, String(target))
    else params.delete(param)
    const search = params.toString()
    return search ? `${basePath}?${search}` : basePath
  }
  return (
    <nav className="pagination" aria-label={t("pagination.label")}>
      {page > 1 ? (
        <Link className="button button--secondary" href={href(page - 1)} rel="prev">
          {t("pagination.previous")}
        </Link>
      ) : (
        <span />
      )}
      <span className="pagination__status" aria-current="page">
        {t("pagination.status", { page, pages })}
      </span>
      {page < pages ? (
        <Link className="button button--secondary" href={href(page + 1)} rel="next">
          {t("pagination.next")}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  )
}
