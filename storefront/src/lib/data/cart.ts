import "server-only"
import type { ProductLapas } from "@karya-binaan/contracts"
import type { HttpTypes } from "@medusajs/types"
import { cookies } from "next/headers"
import { cache } from "react"
import type { Locale } from "@/i18n"
import { getLocale } from "@/i18n/server"
import { groupItemsByLapas, type CartLapas, type LapasGroup } from "@/modules/cart/grouping"
import { ShopError, getAuthHeaders, toShopError, type AuthHeaders } from "./customer"
import { getRegion } from "./regions"
import { getSdk } from "./sdk"

/** httpOnly cookie holding the id of the buyer's open cart. */
export const CART_COOKIE = "kb_cart"
const CART_MAX_AGE = 60 * 60 * 24 * 30

/** Everything the cart and checkout pages show: line totals, the full address (kecamatan is in its metadata), shipping and payment. */
export const CART_FIELDS = [
  "+items.subtotal",
  "+items.total",
  "*shipping_address",
  "+shipping_methods.name",
  "+shipping_methods.shipping_option_id",
].join(",")

const COUNT_FIELDS = "id,completed_at,items.id,items.quantity"

export const MAX_LINE_QUANTITY = 99

export async function getCartId(): Promise<string | undefined> {
  const store = await cookies()
  return store.get(CART_COOKIE)?.value || undefined
}

export async function setCartId(cartId: string): Promise<void> {
  const store = await cookies()
  store.set(CART_COOKIE, cartId, {
    httpOnly: true,
    sameSite: "lax",
    secure: process.env.NODE_ENV === "production",
    path: "/",
    maxAge: CART_MAX_AGE,
  })
}

export async function removeCartId(): Promise<void> {
  const store = await cookies()
  store.delete(CART_COOKIE)
}

/** A cart by id; null when it does not exist (any more) or has already become an order. */
export async function fetchCart(
  cartId: string,
  headers: AuthHeaders = {},
  fields: string = CART_FIELDS
): Promise<HttpTypes.StoreCart | null> {
  try {
    const { cart } = await getSdk().store.cart.retrieve(cartId, { fields }, headers)
    return cart.completed_at ? null : cart
  } catch (error) {
    const failure = toShopError(error)
    if (failure.status === 404) return null
    throw failure
  }
}

/** The buyer's open cart (from the kb_cart cookie), or null. */
export const retrieveCart = cache(async (): Promise<HttpTypes.StoreCart | null> => {
  const cartId = await getCartId()
  if (!cartId) return null
  return fetchCart(cartId, await getAuthHeaders())
})

/** Number of units in the buyer's cart; 0 without a cart or when the backend cannot be reached. */
export const getCartItemCount = cache(async (): Promise<number> => {
  const cartId = await getCartId()
  if (!cartId) return 0
  try {
    const cart = await fetchCart(cartId, await getAuthHeaders(), COUNT_FIELDS)
    return countItems(cart)
  } catch {
    return 0
  }
})

export function countItems(cart: Pick<HttpTypes.StoreCart, "items"> | null | undefined): number {
  return (cart?.items ?? []).reduce((sum, item) => sum + (item.quantity ?? 0), 0)
}

type ProductLapasRow = { id: string; lapas?: ProductLapas | null }

/** The public lapas profile of each product (store products route, `fields=+lapas.*`). */
export async function fetchLapasOfProducts(productIds: string[]): Promise<Map<string, CartLapas | null>> {
  const ids = [...new Set(productIds.filter(Boolean))]
  const result = new Map<string, CartLapas | null>()
  if (ids.length === 0) return result
  const { products } = await getSdk().store.product.list({
    id: ids,
    fields: "id,+lapas.id,+lapas.handle,+lapas.name,+lapas.city,+lapas.time_zone",
    limit: ids.length,
  })
  for (const product of products as unknown as ProductLapasRow[]) {
    const lapas = product.lapas
    result.set(
      product.id,
      lapas?.id && lapas.name
        ? { id: lapas.id, handle: lapas.handle ?? null, name: lapas.name, city: lapas.city ?? null }
        : null
    )
  }
  return result
}

export type CartView = { cart: HttpTypes.StoreCart; groups: LapasGroup<HttpTypes.StoreCartLineItem>[] }

/** The open cart with its lines grouped by the lapas that sends them. */
export async function retrieveCartView(): Promise<CartView | null> {
  const cart = await retrieveCart()
  if (!cart) return null
  const items = cart.items ?? []
  let lapasByProduct = new Map<string, CartLapas | null>()
  try {
    lapasByProduct = await fetchLapasOfProducts(items.map((item) => item.product_id ?? ""))
  } catch (error) {
    // Grouping is a courtesy on the cart page; the lines still show without it.
    console.error("[storefront] could not load the lapas of cart products", error)
  }
  return { cart, groups: groupItemsByLapas(items, lapasByProduct) }
}

/**
 * Add a variant to the buyer's cart. The first add creates a cart in the IDR region (for the
 * logged-in customer when there is one) and remembers it in the kb_cart cookie. The cart records
 * the buyer's language in `metadata.locale`; Medusa copies it to the order, whose emails use it.
 */
export async function addToCart(variantId: string, quantity: number): Promise<void> {
  const sdk = getSdk()
  const headers = await getAuthHeaders()
  const cartId = await getCartId()
  try {
    if (cartId && (await fetchCart(cartId, headers, "id,completed_at"))) {
      await sdk.store.cart.createLineItem(cartId, { variant_id: variantId, quantity }, { fields: "id" }, headers)
      return
    }
    const region = await getRegion()
    if (!region) throw new ShopError("The store has no IDR region", 503)
    const { cart } = await sdk.store.cart.create(
      { region_id: region.id, items: [{ variant_id: variantId, quantity }], metadata: { locale: await getLocale() } },
      { fields: "id" },
      headers
    )
    await setCartId(cart.id)
  } catch (error) {
    throw toShopError(error)
  }
}

/**
 * After a language switch: record the new language on the open cart (`metadata.locale`), keeping
 * its other metadata. Nothing happens without an open cart or when it already has this language.
 */
export async function rememberCartLocale(locale: Locale): Promise<void> {
  const cartId = await getCartId()
  if (!cartId) return
  const headers = await getAuthHeaders()
  const cart = await fetchCart(cartId, headers, "id,completed_at,metadata")
  if (!cart || cart.metadata?.locale === locale) return
  try {
    await getSdk().store.cart.update(
      cartId,
      // Medusa replaces a cart's metadata as a whole: send back what is there with the locale.
      { metadata: { ...(cart.metadata ?? {}), locale } },
      { fields: "id" },
      headers
    )
  } catch (error) {
    throw toShopError(error)
  }
}

async function requireCartId(): Promise<string> {
  const cartId = await getCartId()
  if (!cartId) throw new ShopError("No cart", 404)
  return cartId
}

/** Set a line's quantity; 0 removes the line. */
export async function updateLineItem(lineId: string, quantity: number): Promise<void> {
  if (quantity <= 0) return removeLineItem(lineId)
  const cartId = await requireCartId()
  try {
    await getSdk().store.cart.updateLineItem(cartId, lineId, { quantity }, { fields: "id" }, await getAuthHeaders())
  } catch (error) {
    throw toShopError(error)
  }
}

export async function removeLineItem(lineId: string): Promise<void> {
  const cartId = await requireCartId()
  try {
    await getSdk().store.cart.deleteLineItem(cartId, lineId, { fields: "id" }, await getAuthHeaders())
  } catch (error) {
    throw toShopError(error)
  }
}

/** Give the open cart to the customer who just logged in (errors are not fatal for the login). */
export async function transferCartToCustomer(token: string): Promise<void> {
  const cartId = await getCartId()
  if (!cartId) return
  try {
    await getSdk().store.cart.transferCart(cartId, { fields: "id" }, { authorization: `Bearer ${token}` })
  } catch (error) {
    console.warn("[storefront] could not move the cart to the customer", toShopError(error).message)
  }
}
