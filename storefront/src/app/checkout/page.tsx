import type { ShippingGroup } from "@karya-binaan/contracts"
import type { HttpTypes } from "@medusajs/types"
import type { Metadata } from "next"
import Link from "next/link"
import type { ReactNode } from "react"
import { redirect } from "next/navigation"
import type { Translate } from "@/i18n"
import { getLocale, getTranslator } from "@/i18n/server"
import { addressPickerData } from "@/lib/data/areas"
import { countItems, retrieveCart } from "@/lib/data/cart"
import { getLapasShipping } from "@/lib/data/checkout"
import { isClientError, retrieveCustomer, toShopError } from "@/lib/data/customer"
import { XENDIT_CHANNEL_NAMES } from "@karya-binaan/contracts"
import {
  STRIPE_PROVIDER,
  XENDIT_PROVIDER,
  activePayment,
  getStripePublishableKey,
  listPaymentMethods,
  type ActivePayment,
} from "@/lib/data/payment"
import { AddressForm } from "@/modules/checkout/components/address-form"
import { CheckoutSummary } from "@/modules/checkout/components/cart-totals"
import { DeliveryForm, type DeliveryGroupView } from "@/modules/checkout/components/delivery-form"
import { PaymentForm } from "@/modules/checkout/components/payment-form"
import { PlaceOrderForm } from "@/modules/checkout/components/place-order-form"
import { Review } from "@/modules/checkout/components/review"
import { StepIndicator } from "@/modules/checkout/components/step-indicator"
import { StripePayment } from "@/modules/checkout/components/stripe-payment"
import { placeOrderTransferNotice, transferPlan } from "@/modules/checkout/transfer-wording"
import {
  addressValuesFrom,
  allowedStep,
  parseStep,
  stepHref,
  type CheckoutStep,
} from "@/modules/checkout/validation"
import { xenditChoiceValue, xenditReviewNote } from "@/modules/checkout/xendit"
import { MessagePanel } from "@/modules/common/components/message-panel"
import "@/modules/checkout/shop.css"
import "@/modules/checkout/xendit.css"

// Checkout reads the kb_cart cookie: always rendered per request, never indexed.
export const dynamic = "force-dynamic"

type SearchParams = Promise<Record<string, string | string[] | undefined>>

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslator()
  return { title: t("checkout.title"), robots: { index: false, follow: false } }
}

function EmptyCheckout({ t }: { t: Translate }) {
  return (
    <div className="container section">
      <MessagePanel
        title={t("checkout.emptyTitle")}
        actions={
          <>
            <Link prefetch={false} href="/produk" className="button button--primary">
              {t("checkout.emptyShop")}
            </Link>
            <Link prefetch={false} href="/keranjang" className="button button--ghost">
              {t("checkout.emptyBack")}
            </Link>
          </>
        }
      >
        <p className="notice notice--error" role="alert" data-testid="checkout-error">
          {t("checkout.error.emptyCart")}
        </p>
        <p>{t("checkout.emptyBody")}</p>
      </MessagePanel>
    </div>
  )
}

function StepError({ message, retry, t }: { message: string; retry: CheckoutStep; t: Translate }) {
  return (
    <div className="error-summary" role="alert" data-testid="checkout-error">
      <p className="error-summary__title">{t("checkout.error.loadTitle")}</p>
      <p>{message}</p>
      <p>
        <Link prefetch={false} href={stepHref(retry)}>{t("checkout.retry")}</Link>
      </p>
    </div>
  )
}

/** A payment session counts only while it is for the cart's current total (the cart may have changed since). */
function currentPayment(cart: HttpTypes.StoreCart): ActivePayment | null {
  const payment = activePayment(cart)
  if (!payment) return null
  if (payment.amount !== null && typeof cart.total === "number" && Math.abs(payment.amount - cart.total) >= 1) {
    return null
  }
  return payment
}

async function initialAddress(cart: HttpTypes.StoreCart) {
  // Medusa gives a new cart an address holding only the region's country: that is not an address yet.
  const fromCart = addressValuesFrom(cart.shipping_address, cart.email)
  if (fromCart.name || fromCart.address || fromCart.phone || fromCart.postal_code) return fromCart
  const customer = await retrieveCustomer().catch(() => null)
  const saved = customer?.addresses?.find((a) => a.is_default_shipping) ?? customer?.addresses?.[0] ?? null
  return addressValuesFrom(saved, cart.email || customer?.email)
}

function groupViews(groups: ShippingGroup[], cart: HttpTypes.StoreCart): DeliveryGroupView[] {
  const items = new Map((cart.items ?? []).map((item) => [item.id, item]))
  return groups.map((group) => ({
    ...group,
    lines: group.item_ids
      .map((id) => items.get(id))
      .filter((item) => item !== undefined)
      .map((item) => ({ id: item.id, title: item.product_title || item.title || "", quantity: item.quantity })),
  }))
}

export default async function CheckoutPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams
  const wanted = parseStep(params.langkah)
  const [t, locale, cart] = await Promise.all([getTranslator(), getLocale(), retrieveCart()])
  if (!cart || countItems(cart) === 0) return <EmptyCheckout t={t} />

  let groups: ShippingGroup[] | null = null
  let loadError: string | null = null
  if (wanted !== "alamat") {
    try {
      groups = await getLapasShipping(cart.id)
    } catch (error) {
      const failure = toShopError(error)
      if (!isClientError(failure)) console.error("[storefront] lapas shipping failed", failure)
      loadError = isClientError(failure) ? failure.message : t("checkout.error.unavailable")
    }
  }
  const payment = currentPayment(cart)
  // A bank transfer is one transfer per lapas: said at the payment step, in the review and above "Buat pesanan".
  const lapasNames = (groups ?? []).map((group) => group.lapas.name)
  if (!loadError) {
    const step = allowedStep(wanted, {
      itemCount: countItems(cart),
      email: cart.email,
      address: cart.shipping_address,
      groups,
      paymentProviderId: payment?.providerId,
    })
    if (step !== wanted) redirect(stepHref(step))
  }

  let content: ReactNode
  if (loadError) {
    content = <StepError message={loadError} retry={wanted} t={t} />
  } else if (wanted === "alamat") {
    const picker = addressPickerData(await initialAddress(cart))
    content = <AddressForm initial={picker.values} areas={picker.areas} />
  } else if (wanted === "pengiriman") {
    content = <DeliveryForm groups={groupViews(groups ?? [], cart)} />
  } else if (wanted === "pembayaran") {
    const methods = cart.region_id ? await listPaymentMethods(cart.region_id) : []
    content =
      methods.length > 0 ? (
        <PaymentForm
          methods={methods}
          selected={
            payment?.providerId === XENDIT_PROVIDER && payment.channel
              ? xenditChoiceValue(payment.channel)
              : (payment?.providerId ?? null)
          }
          bankTransferHint={transferPlan(lapasNames, t, locale)}
        />
      ) : (
        <StepError message={t("checkout.paymentNone")} retry="pembayaran" t={t} />
      )
  } else {
    const isCard = payment?.providerId === STRIPE_PROVIDER
    const xenditChannel = payment?.providerId === XENDIT_PROVIDER ? payment.channel : null
    const stripeKey = getStripePublishableKey()
    let placeOrder: ReactNode
    if (xenditChannel) {
      placeOrder = <PlaceOrderForm notice={xenditReviewNote(xenditChannel, payment?.expiresAt ?? null, t, locale)} />
    } else if (!isCard) {
      placeOrder = <PlaceOrderForm notice={placeOrderTransferNotice(lapasNames, t, locale)} />
    } else if (stripeKey && payment?.clientSecret) {
      placeOrder = <StripePayment publishableKey={stripeKey} clientSecret={payment.clientSecret} />
    } else {
      placeOrder = <StepError message={t("checkout.cardUnavailable")} retry="pembayaran" t={t} />
    }
    content = (
      <>
        {params.pembayaran === "gagal" && (
          <p className="notice notice--error" role="alert" data-testid="checkout-error">
            {t("checkout.cardNotCompleted")}
          </p>
        )}
        <Review
          cart={cart}
          groups={groups ?? []}
          paymentKind={isCard ? "card" : xenditChannel ? "xendit" : "bank_transfer"}
          paymentName={xenditChannel ? XENDIT_CHANNEL_NAMES[xenditChannel] : undefined}
          transferPlan={isCard || xenditChannel ? null : transferPlan(lapasNames, t, locale)}
          t={t}
        >
          {placeOrder}
        </Review>
      </>
    )
  }

  return (
    <div className="container section shop checkout">
      <h1 className="page-title">{t(`checkout.heading.${wanted}`)}</h1>
      <StepIndicator current={wanted} t={t} />
      {wanted !== "tinjau" && <CheckoutSummary cart={cart} t={t} shippingChosen={wanted === "pembayaran"} />}
      {content}
    </div>
  )
}
