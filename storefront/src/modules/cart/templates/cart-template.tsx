import type { HttpTypes } from "@medusajs/types"
import Link from "next/link"
import type { Locale, Translate } from "@/i18n"
import { cartMultiLapasNote } from "@/modules/checkout/transfer-wording"
import { productHref } from "@/lib/util/routes"
import { LineControls } from "../components/line-controls"
import { LineThumbnail } from "../components/line-thumbnail"
import { lineAmount, rupiah, type LapasGroup } from "../grouping"

type Line = HttpTypes.StoreCartLineItem

function CartLine({ item, t }: { item: Line; t: Translate }) {
  const title = item.product_title || item.title || ""
  const variant = item.variant_title && item.variant_title !== "Default" ? item.variant_title : null
  return (
    <li className="cart-line" data-testid="cart-line" data-line-id={item.id}>
      <LineThumbnail url={item.thumbnail} />
      <div className="cart-line__body">
        <p className="cart-line__title">
          {item.product_handle ? <Link prefetch={false} href={productHref(item.product_handle)}>{title}</Link> : title}
        </p>
        {variant && <p className="cart-line__variant muted">{variant}</p>}
        <p className="cart-line__price muted">{t("cart.unitPrice", { price: rupiah(item.unit_price) })}</p>
        <LineControls lineId={item.id} quantity={item.quantity} title={title} />
      </div>
      <p className="cart-line__total" data-testid="cart-line-total">
        {rupiah(lineAmount(item))}
      </p>
    </li>
  )
}

export function CartGroups({ groups, t }: { groups: LapasGroup<Line>[]; t: Translate }) {
  return (
    <div className="cart-groups">
      {groups.map((group, index) => {
        const headingId = `cart-group-${index}`
        return (
          <section
            key={group.lapas?.id ?? "unknown"}
            className="cart-group"
            data-testid="cart-lapas-group"
            data-lapas={group.lapas?.handle ?? ""}
            aria-labelledby={headingId}
          >
            <h2 id={headingId} className="cart-group__title">
              {group.lapas ? t("cart.groupHeading", { lapas: group.lapas.name }) : t("cart.groupUnknown")}
            </h2>
            {group.lapas?.city && <p className="cart-group__city muted">{group.lapas.city}</p>}
            <ul role="list" className="cart-lines">
              {group.items.map((item) => (
                <CartLine key={item.id} item={item} t={t} />
              ))}
            </ul>
            <p className="cart-group__subtotal">
              <span>{t("cart.groupSubtotal")}</span> <strong>{rupiah(group.subtotal)}</strong>
            </p>
          </section>
        )
      })}
    </div>
  )
}

export function CartTemplate({
  cart,
  groups,
  t,
  locale = "id",
}: {
  cart: HttpTypes.StoreCart
  groups: LapasGroup<Line>[]
  t: Translate
  locale?: Locale
}) {
  const count = (cart.items ?? []).reduce((sum, item) => sum + item.quantity, 0)
  const lapasCount = groups.filter((g) => g.lapas).length
  // Several lapas: delivery is chosen per lapas, and a bank transfer is one transfer per lapas.
  const multiLapasNote = cartMultiLapasNote(groups.map((g) => g.lapas?.name), t, locale)
  return (
    <div className="container section shop">
      <h1 className="page-title">{t("cart.title")}</h1>
      <p className="muted cart__count" data-testid="cart-count">
        {lapasCount > 1
          ? t("cart.countFromLapas", { count, lapas: lapasCount })
          : t("cart.itemsCount", { count })}
      </p>
      {multiLapasNote && (
        <p className="notice notice--info" data-testid="cart-transfer-note">
          {multiLapasNote}
        </p>
      )}
      <div className="shop-layout">
        <CartGroups groups={groups} t={t} />
        <aside className="summary-box" aria-labelledby="cart-summary-title">
          <h2 id="cart-summary-title" className="summary-box__title">
            {t("cart.summaryTitle")}
          </h2>
          <dl className="totals">
            <div className="totals__row totals__row--total">
              <dt>{t("cart.subtotal")}</dt>
              <dd data-testid="cart-subtotal">{rupiah(cart.item_subtotal ?? cart.subtotal)}</dd>
            </div>
          </dl>
          <p className="muted summary-box__note">{t("cart.shippingNote")}</p>
          <Link prefetch={false} href="/checkout" className="button button--primary button--block" data-testid="cart-checkout">
            {t("cart.checkout")}
          </Link>
          <Link prefetch={false} href="/produk" className="button button--ghost button--block">
            {t("cart.continue")}
          </Link>
        </aside>
      </div>
    </div>
  )
}
