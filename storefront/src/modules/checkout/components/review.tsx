import type { PaymentKind, ShippingGroup } from "@karya-binaan/contracts"
import type { HttpTypes } from "@medusajs/types"
import Link from "next/link"
import type { ReactNode } from "react"
import type { Translate } from "@/i18n"
import { lineAmount, rupiah } from "@/modules/cart/grouping"
import { optionEstimate, optionPrice, optionTitle } from "../delivery"
import { addressValuesFrom, stepHref, type CheckoutStep } from "../validation"
import { CartTotals } from "./cart-totals"

function ReviewSection({
  id,
  title,
  edit,
  t,
  children,
}: {
  id: string
  title: string
  edit: CheckoutStep
  t: Translate
  children: ReactNode
}) {
  return (
    <section className="review-section" aria-labelledby={`${id}-title`}>
      <div className="review-section__header">
        <h2 id={`${id}-title`} className="review-section__title">
          {title}
        </h2>
        <Link prefetch={false} href={stepHref(edit)} className="review-section__edit" aria-label={t("checkout.editLabel", { section: title })}>
          {t("checkout.edit")}
        </Link>
      </div>
      {children}
    </section>
  )
}

/** Step 4: everything the order will contain, per lapas, with links back to each step. */
export function Review({
  cart,
  groups,
  paymentKind,
  transferPlan,
  paymentName,
  t,
  children,
}: {
  cart: HttpTypes.StoreCart
  groups: ShippingGroup[]
  paymentKind: Exclude<PaymentKind, "other">
  /** Bank transfer: how many transfers to which lapas (transfer-wording.ts). */
  transferPlan?: string | null
  /** The chosen method's own name when the kind alone does not say it (a Xendit channel). */
  paymentName?: string
  t: Translate
  /** The "Buat pesanan" form of the chosen payment method. */
  children: ReactNode
}) {
  const address = addressValuesFrom(cart.shipping_address, cart.email)
  const items = new Map((cart.items ?? []).map((item) => [item.id, item]))
  return (
    <div className="review" data-testid="checkout-review">
      <ReviewSection id="review-contact" title={t("checkout.contactTitle")} edit="alamat" t={t}>
        <p>{address.email}</p>
      </ReviewSection>

      <ReviewSection id="review-address" title={t("checkout.reviewAddress")} edit="alamat" t={t}>
        <address className="review-address">
          <strong>{address.name}</strong>
          <br />
          {address.phone}
          <br />
          {address.address}
          <br />
          {[address.village, address.district, address.city].filter(Boolean).join(", ")}
          <br />
          {[address.province, address.postal_code].filter(Boolean).join(" ")}
        </address>
      </ReviewSection>

      {groups.map((group, index) => {
        const option = group.options.find((o) => o.id === group.selected_option_id) ?? null
        const lines = group.item_ids.map((id) => items.get(id)).filter((item) => item !== undefined)
        return (
          <ReviewSection
            key={group.lapas.id}
            id={`review-group-${index}`}
            title={t("checkout.reviewFrom", { lapas: group.lapas.name })}
            edit="pengiriman"
            t={t}
          >
            <ul role="list" className="review-lines" data-testid="review-lapas-group">
              {lines.map((item) => (
                <li key={item.id} className="review-line">
                  <span>
                    {item.quantity} × {item.product_title || item.title}
                    {item.variant_title && item.variant_title !== "Default" ? ` (${item.variant_title})` : ""}
                  </span>
                  <span>{rupiah(lineAmount(item))}</span>
                </li>
              ))}
              {option && (
                <li className="review-line review-line--shipping">
                  <span>
                    {[optionTitle(option, t), optionEstimate(option, t)].filter(Boolean).join(" · ")}
                  </span>
                  <span>{optionPrice(option, t)}</span>
                </li>
              )}
            </ul>
          </ReviewSection>
        )
      })}

      <ReviewSection id="review-payment" title={t("checkout.paymentTitle")} edit="pembayaran" t={t}>
        <p data-testid="review-payment">
          {paymentName ?? (paymentKind === "card" ? t("checkout.paymentCard") : t("checkout.paymentBankTransfer"))}
        </p>
        {paymentKind === "bank_transfer" && transferPlan && (
          <p className="muted" data-testid="review-transfer-plan">
            {transferPlan}
          </p>
        )}
      </ReviewSection>

      <section className="review-section" aria-labelledby="review-totals-title">
        <h2 id="review-totals-title" className="review-section__title">
          {t("checkout.summaryTitle")}
        </h2>
        <CartTotals cart={cart} t={t} shippingChosen />
      </section>

      {children}
    </div>
  )
}
