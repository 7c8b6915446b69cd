import { NextResponse, type NextRequest } from "next/server"
import { getOrderSummary } from "@/lib/data/orders"
import { decodeSegment } from "@/lib/util/routes"
import {
  XENDIT_RETURN_COOKIE,
  XENDIT_RETURN_MAX_AGE,
  walletTarget,
  xenditDisplayStatus,
} from "@/modules/order/xendit"

export const dynamic = "force-dynamic"

/**
 * "Buka <e-wallet>" on the order page: sends the buyer to the e-wallet (the app's deep link on a
 * phone, Xendit's checkout page otherwise), both read from the order's own payment, never from the
 * request. It first remembers the order in a short-lived cookie, so that Xendit's return
 * (`/checkout/selesai?xendit=…`) leads back to this order. Anything else goes back to the order page.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  const orderId = decodeSegment(id)
  const orderPage = new URL(`/pesanan/${encodeURIComponent(orderId)}`, request.url)
  try {
    const order = await getOrderSummary(orderId)
    const view = order?.payment?.xendit
    if (!order || !view || order.status === "canceled" || view.method !== "ewallet") {
      return NextResponse.redirect(orderPage, 303)
    }
    const target =
      xenditDisplayStatus(view, Date.now()) === "pending"
        ? walletTarget(view, request.headers.get("user-agent"), Boolean(view.simulator_url))
        : null
    if (!target) return NextResponse.redirect(orderPage, 303)
    const response = NextResponse.redirect(target, 303)
    response.cookies.set(XENDIT_RETURN_COOKIE, order.id, {
      httpOnly: true,
      // Xendit brings the buyer back by a top-level GET from its own site: Lax still sends it.
      sameSite: "lax",
      secure: process.env.NODE_ENV === "production",
      path: "/checkout/selesai",
      maxAge: XENDIT_RETURN_MAX_AGE,
    })
    return response
  } catch (error) {
    console.error("[storefront] opening the e-wallet failed", error)
    return NextResponse.redirect(orderPage, 303)
  }
}
