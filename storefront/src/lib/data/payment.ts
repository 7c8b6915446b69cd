import "server-only"
import {
  BANK_TRANSFER_PROVIDER_ID,
  XENDIT_PROVIDER_ID,
  isXenditChannel,
  type PaymentKind,
  type XenditChannel,
  type XenditSessionInput,
} from "@karya-binaan/contracts"
import type { HttpTypes } from "@medusajs/types"
import { getAuthHeaders, toShopError } from "./customer"
import { getSdk } from "./sdk"

/** Medusa's manual provider, shown to buyers as bank transfer. */
export const BANK_TRANSFER_PROVIDER = BANK_TRANSFER_PROVIDER_ID
/** Stripe (`@medusajs/medusa/payment-stripe`, id "stripe"). */
export const STRIPE_PROVIDER = "pp_stripe_stripe"
/** Xendit (QRIS, virtual accounts, e-wallets; `backend/src/modules/xendit`), offered only when the backend has its key. */
export const XENDIT_PROVIDER = XENDIT_PROVIDER_ID

export type PaymentMethod = { id: string; kind: Exclude<PaymentKind, "other"> }

/** Stripe's publishable key, read on the server at request time and handed to the Payment Element. */
export function getStripePublishableKey(env: Record<string, string | undefined> = process.env): string | null {
  return env.NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY?.trim() || null
}

/**
 * The methods the storefront can actually take, in display order: bank transfer whenever the region
 * offers the manual provider, then Xendit's channels when the region offers Xendit, Stripe only when
 * the region offers it and the storefront has its key.
 * Providers the storefront has no UI for are left out, so there is never a dead choice.
 */
export function usablePaymentMethods(providerIds: readonly string[], stripeKey: string | null): PaymentMethod[] {
  const methods: PaymentMethod[] = []
  if (providerIds.includes(BANK_TRANSFER_PROVIDER)) methods.push({ id: BANK_TRANSFER_PROVIDER, kind: "bank_transfer" })
  if (providerIds.includes(XENDIT_PROVIDER)) methods.push({ id: XENDIT_PROVIDER, kind: "xendit" })
  if (stripeKey && providerIds.includes(STRIPE_PROVIDER)) methods.push({ id: STRIPE_PROVIDER, kind: "card" })
  return methods
}

/** Payment providers enabled in a region (`GET /store/payment-providers?region_id=`). */
export async function listPaymentProviderIds(regionId: string): Promise<string[]> {
  try {
    const { payment_providers } = await getSdk().store.payment.listPaymentProviders(
      { region_id: regionId },
      await getAuthHeaders()
    )
    return payment_providers.map((provider) => provider.id)
  } catch (error) {
    throw toShopError(error)
  }
}

export async function listPaymentMethods(regionId: string): Promise<PaymentMethod[]> {
  return usablePaymentMethods(await listPaymentProviderIds(regionId), getStripePublishableKey())
}

/**
 * Start (or restart) the cart's payment with one provider; replaces any earlier session. Xendit
 * takes the buyer's channel (and OVO number) as `data`; the backend adds the amounts and the split.
 */
export async function initiatePayment(
  cart: HttpTypes.StoreCart,
  providerId: string,
  data?: XenditSessionInput
): Promise<void> {
  try {
    await getSdk().store.payment.initiatePaymentSession(
      cart,
      data ? { provider_id: providerId, data } : { provider_id: providerId },
      { fields: "id" },
      await getAuthHeaders()
    )
  } catch (error) {
    throw toShopError(error)
  }
}

export type ActivePayment = {
  providerId: string
  clientSecret: string | null
  /** The provider's own id of the payment (Stripe: the PaymentIntent id). */
  externalId: string | null
  amount: number | null
  /** Xendit: the channel the buyer picked, and until when its code or number can be paid (ISO instant). */
  channel: XenditChannel | null
  expiresAt: string | null
}

/** The cart's current payment session (the buyer's chosen provider), if any. */
export function activePayment(cart: HttpTypes.StoreCart): ActivePayment | null {
  const sessions = cart.payment_collection?.payment_sessions ?? []
  const session = sessions.find((s) => s.status === "pending" || s.status === "requires_more") ?? sessions[0]
  if (!session?.provider_id) return null
  const data = (session.data ?? {}) as Record<string, unknown>
  return {
    providerId: session.provider_id,
    clientSecret: typeof data.client_secret === "string" ? data.client_secret : null,
    externalId: typeof data.id === "string" ? data.id : null,
    amount: typeof session.amount === "number" ? session.amount : null,
    channel: isXenditChannel(data.channel) ? data.channel : null,
    expiresAt: typeof data.expires_at === "string" ? data.expires_at : null,
  }
}
