"use client"

import { Elements, PaymentElement, useElements, useStripe } from "@stripe/react-stripe-js"
import { loadStripe, type Stripe } from "@stripe/stripe-js"
import { useMemo, useState, useTransition, type FormEvent } from "react"
import { useLocale, useT } from "@/i18n/client"
import { completeCardOrderAction } from "../actions"
import type { FormState } from "../form-state"
import { ErrorSummary } from "./form-parts"

const stripes = new Map<string, Promise<Stripe | null>>()

/** Stripe.js is loaded once per key, and only on the page that takes a card. */
function getStripe(publishableKey: string): Promise<Stripe | null> {
  let stripe = stripes.get(publishableKey)
  if (!stripe) {
    stripe = loadStripe(publishableKey)
    stripes.set(publishableKey, stripe)
  }
  return stripe
}

/**
 * Card payment with Stripe's Payment Element: Stripe confirms the payment in the browser (3-D Secure
 * included), then the server completes the cart. Payment methods that leave the page come back to
 * /checkout/selesai, which completes the cart the same way.
 */
export function StripePayment({ publishableKey, clientSecret }: { publishableKey: string; clientSecret: string }) {
  const locale = useLocale()
  const stripe = useMemo(() => getStripe(publishableKey), [publishableKey])
  return (
    <Elements
      stripe={stripe}
      options={{
        clientSecret,
        locale: locale === "en" ? "en" : "id",
        appearance: {
          theme: "stripe",
          variables: { colorPrimary: "#7c2d12", colorDanger: "#991b1b", borderRadius: "10px", fontSizeBase: "16px" },
        },
      }}
    >
      <CardForm />
    </Elements>
  )
}

function CardForm() {
  const t = useT()
  const stripe = useStripe()
  const elements = useElements()
  const [ready, setReady] = useState(false)
  const [loadFailed, setLoadFailed] = useState(false)
  const [state, setState] = useState<FormState>({})
  const [pending, startTransition] = useTransition()

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (!stripe || !elements || pending) return
    setState({})
    startTransition(async () => {
      const result = await stripe.confirmPayment({
        elements,
        redirect: "if_required",
        confirmParams: { return_url: `${window.location.origin}/checkout/selesai` },
      })
      if (result.error) {
        setState({
          messages: [{ key: "checkout.cardFailed", params: { message: result.error.message ?? "" } }],
        })
        return
      }
      // On success the action redirects to the order page; it only returns when it refused.
      const refusal = await completeCardOrderAction()
      if (refusal) setState(refusal)
    })
  }

  const usable = Boolean(stripe && elements && ready) && !loadFailed
  return (
    <form onSubmit={submit} className="checkout-form place-order" data-testid="stripe-form">
      <ErrorSummary state={state} formId="checkout-card" testId="checkout-error" title={t("checkout.error.placeTitle")} />
      <div className="form-section">
        <p className="form-section__title">{t("checkout.cardTitle")}</p>
        {!ready && !loadFailed && (
          <p className="muted" role="status">
            {t("checkout.cardLoading")}
          </p>
        )}
        {loadFailed && (
          <p className="notice notice--error" role="alert" data-testid="checkout-error">
            {t("checkout.cardUnavailable")}
          </p>
        )}
        <PaymentElement
          onReady={() => setReady(true)}
          onLoadError={() => setLoadFailed(true)}
          options={{ layout: "tabs" }}
        />
      </div>
      {usable && (
        <button
          type="submit"
          className="button button--primary button--block"
          disabled={pending}
          aria-disabled={pending || undefined}
          data-testid="place-order"
        >
          {pending ? t("checkout.placing") : t("checkout.place")}
        </button>
      )}
    </form>
  )
}
