import Link from "next/link"
import { getTranslator } from "@/i18n/server"
import { getCartItemCount } from "@/lib/data/cart"

/** Header link to the cart; its text (accessible name) carries the number of items, e.g. "Keranjang 2 barang". */
export async function CartLink() {
  const [t, count] = await Promise.all([getTranslator(), getCartItemCount()])
  return (
    <Link
      prefetch={false}
      href="/keranjang"
      className="cart-link"
      data-testid="cart-link"
      data-count={count}
    >
      <svg className="cart-link__icon" viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">
        <path
          d="M3 4h2l2.4 10.2a1 1 0 0 0 1 .8h8.9a1 1 0 0 0 1-.76L20 7H6.2"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
        <circle cx="9" cy="19" r="1.6" fill="currentColor" />
        <circle cx="17" cy="19" r="1.6" fill="currentColor" />
      </svg>
      <span className="cart-link__label">{t("cart.link")}</span>
      <span className="cart-link__count">{count}</span>
      <span className="visually-hidden"> {t("cart.linkItems")}</span>
    </Link>
  )
}
