import { formatRupiah } from "@karya-binaan/format"
import type { HttpTypes } from "@medusajs/types"
import type { Translate } from "@/i18n"
import { rupiah, wholeRupiahOf } from "@/modules/cart/grouping"

/** Subtotal, shipping, discount, tax and total of a cart, as a definition list. */
export function CartTotals({
  cart,
  t,
  shippingChosen,
}: {
  cart: HttpTypes.StoreCart
  t: Translate
  /** false before the delivery step: shipping shows "chosen later" instead of Rp 0. */
  shippingChosen: boolean
}) {
  const discount = wholeRupiahOf(cart.discount_total)
  const tax = wholeRupiahOf(cart.tax_total)
  return (
    <dl className="totals" data-testid="checkout-totals">
      <div className="totals__row">
        <dt>{t("checkout.subtotal")}</dt>
        <dd>{rupiah(cart.item_subtotal ?? cart.subtotal)}</dd>
      </div>
      <div className="totals__row">
        <dt>{t("checkout.shipping")}</dt>
        <dd>{shippingChosen ? rupiah(cart.shipping_total) : t("checkout.shippingLater")}</dd>
      </div>
      {discount > 0n && (
        <div className="totals__row">
          <dt>{t("checkout.discount")}</dt>
          <dd>-{formatRupiah(discount)}</dd>
        </div>
      )}
      {tax > 0n && (
        <div className="totals__row">
          <dt>{t("checkout.tax")}</dt>
          <dd>{formatRupiah(tax)}</dd>
        </div>
      )}
      <div className="totals__row totals__row--total">
        <dt>{t("checkout.total")}</dt>
        <dd data-testid="checkout-total">{rupiah(cart.total)}</dd>
      </div>
    </dl>
  )
}

/** The cart at a glance on every step; folded on phones so the form comes first. */
export function CheckoutSummary({
  cart,
  t,
  shippingChosen,
}: {
  cart: HttpTypes.StoreCart
  t: Translate
  shippingChosen: boolean
}) {
  const items = cart.items ?? []
  return (
    <details className="checkout-summary">
      <summary className="checkout-summary__toggle">
        <span>{t("checkout.summaryTitle")}</span>
        <strong>{rupiah(cart.total)}</strong>
      </summary>
      <ul role="list" className="checkout-summary__items">
        {items.map((item) => (
          <li key={item.id}>
            <span>
              {item.quantity} × {item.product_title || item.title}
              {item.variant_title && item.variant_title !== "Default" ? ` (${item.variant_title})` : ""}
            </span>
            <span>{rupiah(item.subtotal ?? item.unit_price * item.quantity)}</span>
          </li>
        ))}
      </ul>
      <CartTotals cart={cart} t={t} shippingChosen={shippingChosen} />
    </details>
  )
}
