import Link from "next/link"
import type { Translate } from "@/i18n"
import { CHECKOUT_STEPS, stepHref, type CheckoutStep } from "../validation"

/** Where the buyer is in checkout: "Langkah 2 dari 4: Pengiriman", earlier steps link back. */
export function StepIndicator({ current, t }: { current: CheckoutStep; t: Translate }) {
  const index = CHECKOUT_STEPS.indexOf(current)
  return (
    <nav className="checkout-steps" aria-label={t("checkout.stepsLabel")} data-testid="checkout-step" data-step={current}>
      <p className="checkout-steps__current">
        {t("checkout.stepOf", {
          current: index + 1,
          total: CHECKOUT_STEPS.length,
          name: t(`checkout.step.${current}`),
        })}
      </p>
      <ol className="checkout-steps__list">
        {CHECKOUT_STEPS.map((step, i) => {
          const state = i < index ? "done" : i === index ? "current" : "todo"
          const label = t(`checkout.step.${step}`)
          return (
            <li key={step} className={`checkout-steps__item checkout-steps__item--${state}`} aria-current={state === "current" ? "step" : undefined}>
              <span className="checkout-steps__number" aria-hidden="true">
                {i < index ? "✓" : i + 1}
              </span>
              {state === "done" ? (
                <Link prefetch={false} href={stepHref(step)} className="checkout-steps__label">
                  {label}
                  <span className="visually-hidden"> ({t("checkout.stepDone")})</span>
                </Link>
              ) : (
                <span className="checkout-steps__label">{label}</span>
              )}
            </li>
          )
        })}
      </ol>
    </nav>
  )
}
