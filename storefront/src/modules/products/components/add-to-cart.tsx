"use client"

import Link from "next/link"
import { useActionState, useEffect, useState } from "react"
import { useT } from "@/i18n/client"
import { addToCartAction } from "@/modules/cart/actions"
import { EMPTY_FORM_STATE, type FormState } from "@/modules/checkout/form-state"

/**
 * "Tambah ke keranjang" for the chosen variant. Works as a plain form without JavaScript; with it,
 * the button shows progress, and success or the reason of a refusal is announced below it.
 */
export function AddToCart({ variantId, disabled }: { variantId: string | null; disabled?: boolean }) {
  const t = useT()
  const [state, formAction, pending] = useActionState<FormState, FormData>(addToCartAction, EMPTY_FORM_STATE)
  // Feedback belongs to the variant it was given for: choosing another variant clears it.
  const [shownFor, setShownFor] = useState<string | null>(null)
  useEffect(() => {
    if (!pending) setShownFor(variantId)
  }, [state, pending]) // not on variantId: a new variant hides the old feedback until its own result
  const fresh = shownFor === variantId
  const unavailable = disabled || !variantId
  const error =
    fresh && (state.serverMessage || state.messages?.length)
      ? state.serverMessage ?? state.messages!.map((m) => t(m.key, m.params)).join(" ")
      : null

  return (
    <form action={formAction} className="add-to-cart">
      <input type="hidden" name="variant_id" value={variantId ?? ""} />
      <input type="hidden" name="quantity" value="1" />
      <button
        type="submit"
        className="button button--primary button--block"
        data-testid="add-to-cart"
        disabled={unavailable || pending}
        aria-disabled={unavailable || pending ? true : undefined}
      >
        {pending ? t("cart.adding") : !variantId && !disabled ? t("cart.chooseVariant") : t("cart.add")}
      </button>
      <div className="add-to-cart__feedback" aria-live="polite">
        {fresh && !pending && state.done && (
          <p className="notice notice--success" data-testid="add-to-cart-success">
            {t(state.done)}{" "}
            <Link prefetch={false} href="/keranjang" className="notice__link">
              {t("cart.viewCart")}
            </Link>
          </p>
        )}
      </div>
      {error && !pending && (
        <p className="notice notice--error" role="alert" data-testid="add-to-cart-error">
          {error}
        </p>
      )}
    </form>
  )
}
