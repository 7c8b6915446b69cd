import type { ComponentProps } from "react"
import { Link } from "react-router-dom"

export const lapasPath = (id: string) => `/lapas/${encodeURIComponent(id)}`

/** The dashboard's own product page. */
export const productPath = (id: string) => `/products/${encodeURIComponent(id)}`

/** "Produk per lapas", optionally filtered to one lapas (`?lapas_id=`). */
export const lapasProductsPath = (lapasId?: string) =>
  lapasId
    ? `/lapas-products?${new URLSearchParams({ lapas_id: lapasId })}`
    : "/lapas-products"

type AdminLinkProps = Omit<ComponentProps<typeof Link>, "className"> & { className?: string }

/** A link between dashboard pages, styled as the dashboard's own links. */
export function AdminLink({ className, ...rest }: AdminLinkProps) {
  return (
    <Link
      className={className ?? "text-ui-fg-interactive hover:text-ui-fg-interactive-hover transition-fg"}
      {...rest}
    />
  )
}
