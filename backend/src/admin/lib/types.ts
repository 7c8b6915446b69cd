/**
 * Shapes of Medusa's own `/admin/products` as the lapas screens call it (`fields=+lapas.*`).
 * Our routes' shapes come from `@karya-binaan/contracts`.
 */
import type { AdminLapas } from "@karya-binaan/contracts"

export type ProductWithLapasResponse = {
  product: { id: string; lapas?: AdminLapas | null }
}

export type ProductStatus = "draft" | "proposed" | "published" | "rejected"

/** A row of `GET /admin/products` with the fields the lapas product tables ask for. */
export type LapasProduct = {
  id: string
  title: string
  handle: string
  status: ProductStatus
  thumbnail: string | null
  variants?: { id: string }[] | null
  lapas?: Pick<AdminLapas, "id" | "name" | "handle" | "city"> | null
}

export type LapasProductListResponse = {
  products: LapasProduct[]
  count: number
  offset: number
  limit: number
}

/** The lapas product list's filters and page. */
export type LapasProductListParams = {
  /** National users only; the guard scopes lapas users to their own lapas anyway. */
  lapasId?: string
  q?: string
  limit: number
  offset: number
}
