import type { HttpTypes } from "@medusajs/types"
import { formatDate } from "@karya-binaan/format"
import Link from "next/link"
import type { Locale, Translate } from "@/i18n"
import { rupiah } from "@/modules/cart/grouping"
import { fulfillmentStatusKey, paymentStatusKey, type PaymentKind } from "@/modules/order/status"

function date(value: string | Date | null | undefined, locale: Locale): string {
  if (!value) return ""
  try {
    return formatDate(value instanceof Date ? value : String(value), "Asia/Jakarta", locale)
  } catch {
    return ""
  }
}

/** The customer's orders, newest first, each linking to its order page. */
export function OrderHistory({
  orders,
  t,
  locale,
}: {
  orders: (HttpTypes.StoreOrder & { payment_kind?: PaymentKind | null })[]
  t: Translate
  locale: Locale
}) {
  if (orders.length === 0) {
    return (
      <p className="muted" data-testid="order-history-empty">
        {t("account.ordersEmpty")}
      </p>
    )
  }
  return (
    <ul role="list" className="order-history" data-testid="order-history">
      {orders.map((order) => {
        const count = (order.items ?? []).reduce((sum, item) => sum + (item.quantity ?? 0), 0)
        const canceled = order.status === "canceled"
        return (
          <li key={order.id} className="summary-box order-history__item" data-testid="order-history-item">
            <p className="order-history__head">
              <Link href={`/pesanan/${encodeURIComponent(order.id)}`} className="order-history__link">
                {t("account.orderNumber", { number: `#${order.display_id}` })}
              </Link>
              <span className="muted">{date(order.created_at, locale)}</span>
            </p>
            <p className="muted">
              {t("account.orderItems", { count })} · <strong>{rupiah(order.total)}</strong>
            </p>
            <p className="order-history__status">
              {canceled ? (
                <span className="badge badge--danger">{t("order.status.canceled")}</span>
              ) : (
                <>
                  <span className="badge">{t(paymentStatusKey(order.payment_status, order.payment_kind))}</span>{" "}
                  <span className="badge">{t(fulfillmentStatusKey(order.fulfillment_status))}</span>
                </>
              )}
            </p>
          </li>
        )
      })}
    </ul>
  )
}
