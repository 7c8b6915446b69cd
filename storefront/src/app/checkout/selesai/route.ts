import { NextResponse, type NextRequest } from "next/server"
import { CART_COOKIE, fetchCart, getCartId } from "@/lib/data/cart"
import { placeOrder } from "@/lib/data/checkout"
import { getAuthHeaders } from "@/lib/data/customer"
import { STRIPE_PROVIDER, activePayment } from "@/lib/data/payment"
import { XENDIT_RETURN_COOKIE, xenditReturnPath } from "@/modules/order/xendit"

export const dynamic = "force-dynamic"

/**
 * Stripe sends the buyer here after a payment method that leaves the page (bank redirect, some
 * 3-D Secure flows). The cart is completed only when it is paying with Stripe and Stripe reports
 * success for this cart's own PaymentIntent, so a link to this address cannot place anyone's
 * order; anything else goes back to the review step with a message. Xendit's e-wallets return here
 * too (`?xendit=<session>`), after the order was placed: they are led to the order's page.
 */
export async function GET(request: NextRequest) {
  const back = new URL("/checkout?langkah=tinjau&pembayaran=gagal", request.url)
  const params = request.nextUrl.searchParams
  if (params.has("xendit")) {
    // Xendit's e-wallet return: the order was placed before paying, so this only finds its page
    // again (from the cookie "Buka <e-wallet>" set), always a path of ours.
    const response = NextResponse.redirect(
      new URL(xenditReturnPath(request.cookies.get(XENDIT_RETURN_COOKIE)?.value), request.url),
      303
    )
    response.cookies.delete({ name: XENDIT_RETURN_COOKIE, path: "/checkout/selesai" })
    return response
  }
  const status = params.get("redirect_status")
  if (status !== "succeeded" && status !== "processing") return NextResponse.redirect(back, 303)

  const cartId = await getCartId()
  if (!cartId) return NextResponse.redirect(new URL("/keranjang", request.url), 303)
  const headers = await getAuthHeaders()
  try {
    const cart = await fetchCart(cartId, headers)
    const payment = cart ? activePayment(cart) : null
    if (
      !payment ||
      payment.providerId !== STRIPE_PROVIDER ||
      !payment.externalId ||
      payment.externalId !== params.get("payment_intent")
    ) {
      return NextResponse.redirect(back, 303)
    }
    const result = await placeOrder(cartId, headers)
    if (!result.ok) return NextResponse.redirect(back, 303)
    const response = NextResponse.redirect(
      new URL(`/pesanan/${encodeURIComponent(result.order.id)}?baru=1`, request.url),
      303
    )
    response.cookies.delete(CART_COOKIE)
    return response
  } catch (error) {
    console.error("[storefront] completing the cart after Stripe failed", error)
    return NextResponse.redirect(back, 303)
  }
}
