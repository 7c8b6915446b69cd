import { formatDateTime } from "@karya-binaan/format"
import Link from "next/link"
import type { Locale, Translate } from "@/i18n"
import type { OrderGroup, OrderSummary } from "@/lib/data/orders"
import { productHref } from "@/lib/util/routes"
import { rupiah } from "@/modules/cart/grouping"
import { LineThumbnail } from "@/modules/cart/components/line-thumbnail"
import { fulfillmentStatusKey, isAwaitingPayment, paymentStatusKey } from "../status"

/** Dates of an order are shown in WIB (Asia/Jakarta), where payment deadlines are set. */
function when(value: string | null | undefined, locale: Locale): string | null {
  if (!value) return null
  try {
    return formatDateTime(value, "Asia/Jakarta", locale)
  } catch {
    return null
  }
}

export function TransferInstructions({ order, t, locale }: { order: OrderSummary; t: Translate; locale: Locale }) {
  const transfer = order.payment?.transfer
  if (!transfer) return null
  const due = when(transfer.due_at, locale)
  const accounts = transfer.accounts ?? []
  return (
    <section className="transfer" data-testid="transfer-instructions" aria-labelledby="transfer-title">
      <h2 id="transfer-title" className="transfer__title">
        {t("order.transferTitle")}
      </h2>
      <p>{due ? t("order.transferIntro", { due }) : t("order.transferIntroNoDue")}</p>
      {accounts.length > 1 && <p className="notice notice--info">{t("order.transferMultiple")}</p>}
      <ul role="list" className="transfer__accounts">
        {accounts.map((account, index) => (
          <li key={`${account.account_number}-${index}`} className="transfer-account" data-testid="transfer-account">
            <p className="transfer-account__lapas">{t("order.transferFor", { lapas: account.lapas.name })}</p>
            <dl className="transfer-account__details">
              <div>
                <dt>{t("order.transferBank")}</dt>
                <dd>{account.bank_name}</dd>
              </div>
              <div>
                <dt>{t("order.transferNumber")}</dt>
                <dd className="transfer-account__number" data-testid="transfer-account-number">
                  {account.account_number}
                </dd>
              </div>
              <div>
                <dt>{t("order.transferHolder")}</dt>
                <dd>{account.account_holder}</dd>
              </div>
              <div>
                <dt>{t("order.transferAmount")}</dt>
                <dd className="transfer-account__amount" data-testid="transfer-amount">
                  {rupiah(account.amount)}
                </dd>
              </div>
            </dl>
          </li>
        ))}
      </ul>
      {accounts.length > 1 && (
        <p className="transfer__total">
          {t("order.transferTotal")} <strong data-testid="transfer-total">{rupiah(transfer.total)}</strong>
        </p>
      )}
      {due && (
        <p>
          <strong>{t("order.transferDue")}</strong> <span data-testid="transfer-due">{due}</span>
        </p>
      )}
      <p>{t("order.transferReference", { number: `#${order.display_id}` })}</p>
      <p className="muted">{t("order.transferConfirmNote")}</p>
    </section>
  )
}

function OrderLapasGroup({ group, index, t }: { group: OrderGroup; index: number; t: Translate }) {
  const headingId = `order-group-${index}`
  return (
    <section
      className="cart-group"
      data-testid="order-lapas-group"
      data-lapas={group.lapas.handle ?? ""}
      aria-labelledby={headingId}
    >
      <h2 id={headingId} className="cart-group__title">
        {t("order.groupHeading", { lapas: group.lapas.name })}
      </h2>
      {(group.lapas.city || group.lapas.province) && (
        <p className="cart-group__city muted">{[group.lapas.city, group.lapas.province].filter(Boolean).join(", ")}</p>
      )}
      <ul role="list" className="cart-lines">
        {group.items.map((item) => (
          <li key={item.id} className="cart-line order-line" data-testid="order-line">
            <LineThumbnail url={item.thumbnail} size={56} />
            <div className="cart-line__body">
              <p className="cart-line__title">
                {item.product_handle ? <Link href={productHref(item.product_handle)}>{item.title}</Link> : item.title}
              </p>
              {item.variant_title && item.variant_title !== "Default" && (
                <p className="cart-line__variant muted">{item.variant_title}</p>
              )}
              <p className="muted">{t("order.lineQuantity", { quantity: item.quantity, price: rupiah(item.unit_price) })}</p>
            </div>
            <p className="cart-line__total">{rupiah(item.total)}</p>
          </li>
        ))}
      </ul>
      <dl className="totals totals--compact">
        {group.shipping && (
          <div className="totals__row">
            <dt>{group.shipping.name || (group.shipping.kind === "pickup" ? t("order.pickup") : t("order.courier"))}</dt>
            <dd>{group.shipping.amount > 0 ? rupiah(group.shipping.amount) : t("order.free")}</dd>
          </div>
        )}
        <div className="totals__row">
          <dt>{t("order.groupTotal")}</dt>
          <dd>{rupiah(group.total)}</dd>
        </div>
      </dl>
    </section>
  )
}

/** An order as the buyer sees it: number, status, what to pay where, and which lapas sends what. */
export function OrderView({
  order,
  t,
  locale,
  isNew = false,
}: {
  order: OrderSummary
  t: Translate
  locale: Locale
  isNew?: boolean
}) {
  const placed = when(order.created_at, locale)
  const address = order.shipping_address
  const canceled = order.status === "canceled"
  const payment = order.payment
  const transferPending = Boolean(payment?.transfer)
  const awaiting = isAwaitingPayment(order.payment_status, payment?.kind, transferPending)
  return (
    <div className="container section shop order" data-testid="order-view">
      {isNew && (
        <p className="notice notice--success" role="status" data-testid="order-thanks">
          {t("order.thanks")}
        </p>
      )}
      <h1 className="page-title">
        {t("order.heading")} <span data-testid="order-number">#{order.display_id}</span>
      </h1>
      {placed && <p className="muted">{t("order.placedAt", { date: placed })}</p>}

      <dl className="order-status" data-testid="order-status">
        {canceled ? (
          <div>
            <dt>{t("order.statusLabel")}</dt>
            <dd className="badge badge--danger">{t("order.status.canceled")}</dd>
          </div>
        ) : (
          <>
            <div>
              <dt>{t("order.paymentLabel")}</dt>
              <dd className={`badge ${awaiting ? "badge--warning" : "badge--success"}`} data-testid="order-payment-status">
                {t(paymentStatusKey(order.payment_status, payment?.kind, transferPending))}
              </dd>
            </div>
            <div>
              <dt>{t("order.fulfillmentLabel")}</dt>
              <dd className="badge">{t(fulfillmentStatusKey(order.fulfillment_status))}</dd>
            </div>
          </>
        )}
      </dl>

      {!canceled && <TransferInstructions order={order} t={t} locale={locale} />}
      {!canceled && payment?.kind === "card" && !awaiting && (
        <p className="notice notice--success">{t("order.cardPaid")}</p>
      )}

      <div className="order-groups">
        {order.groups.map((group, index) => (
          <OrderLapasGroup key={group.lapas.id} group={group} index={index} t={t} />
        ))}
      </div>

      <section className="summary-box" aria-labelledby="order-totals-title">
        <h2 id="order-totals-title" className="summary-box__title">
          {t("order.totalsTitle")}
        </h2>
        <dl className="totals">
          <div className="totals__row">
            <dt>{t("order.subtotal")}</dt>
            <dd>{rupiah(order.subtotal)}</dd>
          </div>
          <div className="totals__row">
            <dt>{t("order.shipping")}</dt>
            <dd>{rupiah(order.shipping_total)}</dd>
          </div>
          {order.discount_total > 0 && (
            <div className="totals__row">
              <dt>{t("order.discount")}</dt>
              <dd>-{rupiah(order.discount_total)}</dd>
            </div>
          )}
          {order.tax_total > 0 && (
            <div className="totals__row">
              <dt>{t("order.tax")}</dt>
              <dd>{rupiah(order.tax_total)}</dd>
            </div>
          )}
          <div className="totals__row totals__row--total">
            <dt>{t("order.total")}</dt>
            <dd data-testid="order-total">{rupiah(order.total)}</dd>
          </div>
        </dl>
      </section>

      {address && (
        <section className="summary-box" aria-labelledby="order-address-title">
          <h2 id="order-address-title" className="summary-box__title">
            {t("order.addressTitle")}
          </h2>
          <address className="review-address">
            <strong>{[address.first_name, address.last_name].filter(Boolean).join(" ")}</strong>
            {address.phone && (
              <>
                <br />
                {address.phone}
              </>
            )}
            <br />
            {[address.address_1, address.address_2].filter(Boolean).join(", ")}
            <br />
            {[address.district, address.city].filter(Boolean).join(", ")}
            <br />
            {[address.province, address.postal_code].filter(Boolean).join(" ")}
          </address>
        </section>
      )}

      {order.email && <p className="muted">{t("order.emailNote", { email: order.email })}</p>}

      <div className="order-actions">
        <Link href="/produk" className="button button--primary">
          {t("order.continue")}
        </Link>
        <Link href="/lacak-pesanan" className="button button--ghost">
          {t("order.lookupAnother")}
        </Link>
      </div>
    </div>
  )
}
