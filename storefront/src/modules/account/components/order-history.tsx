import { formatDate } from "@karya-binaan/format"
import Link from "next/link"
import type { Locale, Translate } from "@/i18n"
import type { OrderSummary } from "@karya-binaan/contracts"
import { rupiah } from "@/modules/cart/grouping"
import { Resi, TrackingLink } from "@/modules/order/components/resi"
import { paymentMethodName } from "@/modules/order/status"
import { badgeClass, groupStateKey, orderProgressKey, progressTone } from "@/modules/order/progress"

function date(value: string | Date | null | undefined, locale: Locale): string {
  if (!value) return ""
  try {
    return formatDate(value instanceof Date ? value : String(value), "Asia/Jakarta", locale)
  } catch {
    return ""
  }
}

/** Each lapas's part of the order: its state, and once sent the courier and the resi. */
function OrderParts({ summary, t }: { summary: OrderSummary; t: Translate }) {
  const groups = (summary.groups ?? []).filter((group) => group.progress)
  if (groups.length === 0) return null
  return (
    <ul role="list" className="order-history__parts" data-testid="order-history-parts">
      {groups.map((group, index) => (
        <li
          key={group.lapas?.id ?? index}
          className="order-history__part"
          data-testid="order-history-part"
          data-state={group.progress.state}
        >
          <span className="order-history__lapas">{group.lapas?.name}</span>{" "}
          <span className={badgeClass(progressTone(group.progress.state))}>{t(groupStateKey(group.progress.state))}</span>
          {(group.progress.courier || group.progress.resi) && (
            <span className="order-history__shipment">
              {group.progress.courier && <span>{group.progress.courier}</span>}
              {group.progress.resi && (
                <span>
                  {t("order.resi")} <Resi resi={group.progress.resi} t={t} />
                </span>
              )}
              {(group.progress.shipments ?? [])
                .filter((shipment) => shipment.tracking_url)
                .map((shipment, index) => (
                  <TrackingLink
                    key={`${shipment.resi}-${index}`}
                    url={shipment.tracking_url!}
                    courier={shipment.courier_name ?? shipment.courier ?? ""}
                    t={t}
                  />
                ))}
            </span>
          )}
        </li>
      ))}
    </ul>
  )
}

/** Units the buyer still has on the order: parts canceled on their own left it. */
function unitsOf(order: OrderSummary): number {
  return (order.groups ?? [])
    .filter((group) => !group.progress?.cancellation)
    .flatMap((group) => group.items ?? [])
    .reduce((sum, item) => sum + (item.quantity ?? 0), 0)
}

/** The customer's orders, newest first, each linking to its order page with its progress per lapas. */
export function OrderHistory({ orders, t, locale }: { orders: OrderSummary[]; t: Translate; locale: Locale }) {
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
        const method = paymentMethodName(order.payment?.kind, order.payment?.xendit?.channel, t)
        const progress = order.progress
        return (
          <li key={order.id} className="summary-box order-history__item" data-testid="order-history-item">
            <p className="order-history__head">
              <Link href={`/pesanan/${encodeURIComponent(order.id)}`} className="order-history__link">
                {t("account.orderNumber", { number: `#${order.display_id}` })}
              </Link>
              <span className="muted">{date(order.created_at, locale)}</span>
            </p>
            <p className="muted">
              {t("account.orderItems", { count: unitsOf(order) })} · <strong>{rupiah(order.total)}</strong>
              {method && <span data-testid="order-history-payment"> · {method}</span>}
            </p>
            <p className="order-history__status">
              <span className={badgeClass(progressTone(progress))} data-testid="order-history-progress" data-progress={progress}>
                {t(orderProgressKey(progress))}
              </span>
            </p>
            <OrderParts summary={order} t={t} />
          </li>
        )
      })}
    </ul>
  )
}
