"use client"

import { useActionState } from "react"
import { useT } from "@/i18n/client"
import { EMPTY_FORM_STATE, type FormState } from "@/modules/checkout/form-state"
import { updateLineAction } from "../actions"

const MAX = 99

/** − / + / Hapus for one cart line. Each button submits the quantity it leads to (0 removes). */
export function LineControls({ lineId, quantity, title }: { lineId: string; quantity: number; title: string }) {
  const t = useT()
  const [state, formAction, pending] = useActionState<FormState, FormData>(updateLineAction, EMPTY_FORM_STATE)
  const error = state.serverMessage ?? (state.messages?.length ? t(state.messages[0].key, state.messages[0].params) : null)
  return (
    <form action={formAction} className="line-controls" aria-busy={pending || undefined}>
      <input type="hidden" name="line_id" value={lineId} />
      <div className="stepper" role="group" aria-label={t("cart.quantityOf", { title })}>
        <button
          type="submit"
          name="quantity"
          value={quantity - 1}
          className="stepper__button"
          disabled={pending || quantity <= 1}
          aria-label={t("cart.decrease", { title })}
          data-testid="cart-line-decrease"
        >
          −
        </button>
        <span className="stepper__value" data-testid="cart-line-quantity" aria-live="polite">
          {quantity}
        </span>
        <button
          type="submit"
          name="quantity"
          value={quantity + 1}
          className="stepper__button"
          disabled={pending || quantity >= MAX}
          aria-label={t("cart.increase", { title })}
          data-testid="cart-line-increase"
        >
          +
        </button>
      </div>
      <button
        type="submit"
        name="quantity"
        value="0"
        className="link-button"
        disabled={pending}
        aria-label={t("cart.removeLabel", { title })}
        data-testid="cart-line-remove"
      >
        {t("cart.remove")}
      </button>
      {pending && (
        <span className="line-controls__status" role="status">
          {t("cart.updating")}
        </span>
      )}
      {error && !pending && (
        <p className="notice notice--error line-controls__error" role="alert">
          {error}
        </p>
      )}
    </form>
  )
}
