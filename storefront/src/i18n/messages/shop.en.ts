import type { shopId } from "./shop.id"

/** English texts for cart, checkout, order confirmation, order lookup, account: exactly the keys of `shop.id.ts`. */
export const shopEn: Record<keyof typeof shopId, string> = {
}
