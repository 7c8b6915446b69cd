import { NextResponse, type NextRequest } from "next/server"
import { getOrderSummary } from "@/lib/data/orders"
import { decodeSegment } from "@/lib/util/routes"
import { xenditStateKey } from "@/modules/order/xendit"

export const dynamic = "force-dynamic"

/**
 * The order page's poller asks here while a Xendit payment is pending: only the state it compares
 * (payment status, Medusa's payment and order statuses), nothing else of the order. The order id
 * is the key, as for the page itself.
 */
export async function GET(_request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  const headers = { "cache-control": "no-store" }
  try {
    const order = await getOrderSummary(decodeSegment(id))
    if (!order) return NextResponse.json({ message: "Pesanan tidak ditemukan." }, { status: 404, headers })
    return NextResponse.json({ state: xenditStateKey(order, Date.now()) }, { headers })
  } catch (error) {
    console.error("[storefront] reading the order's payment state failed", error)
    return NextResponse.json({ message: "Status pembayaran belum bisa dibaca." }, { status: 502, headers })
  }
}
