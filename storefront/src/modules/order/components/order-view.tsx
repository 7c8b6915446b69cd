import { formatDateTime, timeZoneAbbreviation, type LapasTimeZone } from "@karya-binaan/format"
import Link from "next/link"
import type { Locale, Translate } from "@/i18n"
import type { BuyerPartProgress, OrderSummary, OrderSummaryPart } from "@karya-binaan/contracts"
import { lapasTimeZone } from "@/lib/util/lapas"
import { productHref } from "@/lib/util/routes"
import { rupiah } from "@/modules/cart/grouping"
import { LineThumbnail } from "@/modules/cart/components/line-thumbnail"
import {
  badgeClass,
  entryZone,
  formatWhen,
  groupStateKey,
  orderProgressKey,
  orderZone,
  progressFromStatuses,
  progressTone,
  timelineOf,
  timelineText,
} from "../progress"
import { isAwaitingPayment, paymentStatusKey } from "../status"
import { accountDigits, amountDigits, todayIn } from "../transfer-notice"
import { CopyButton } from "./copy-button"
import { Resi, TrackingLink } from "./resi"
import { TransferNotice, type TransferNoticeTexts } from "./transfer-notice"

/** Dates of an order are shown in WIB (Asia/Jakarta), where payment deadlines are set. */
function when(value: string | null | undefined, locale: Locale): string | null {
  if (!value) return null
  try {
    return formatDateTime(value, "Asia/Jakarta", locale)
  } catch {
    return null
  }
}

/** The "Saya sudah transfer" form's texts, translated here (placeholders filled in the browser). */
function noticeTexts(t: Translate, zone: LapasTimeZone, amount: number): TransferNoticeTexts {
  return {
    open: t("order.notice.open"),
    openAgain: t("order.notice.openAgain"),
    title: t("order.notice.title"),
    amount: t("order.notice.amount"),
    amountHint: t("order.notice.amountHint", { example: amountDigits(amount) }),
    date: t("order.notice.date"),
    dateHint: t("order.notice.dateHint", { zone: timeZoneAbbreviation(zone) }),
    sender: t("order.notice.sender"),
    senderHint: t("order.notice.senderHint"),
    bank: t("order.notice.bank"),
    optional: t("order.notice.optional"),
    proof: t("order.notice.proof"),
    proofHint: t("order.notice.proofHint"),
    proofTooLarge: t("order.notice.proofTooLarge"),
    proofNotImage: t("order.notice.proofNotImage"),
    orderMissing: t("order.notice.orderMissing"),
    unavailable: t("checkout.error.unavailable"),
    submit: t("order.notice.submit"),
    sending: t("order.notice.sending"),
    sent: t("order.notice.sent"),
    sentDetail: t("order.notice.sentDetail"),
    errorTitle: t("order.notice.errorTitle"),
  }
}

/**
 * Where to transfer what, one account per lapas: account number and exact amount each with a
 * copy button, and "Saya sudah transfer" that tells the lapas (with an optional proof photo).
 */
export function TransferInstructions({ order, t, locale }: { order: OrderSummary; t: Translate; locale: Locale }) {
  const transfer = order.payment?.transfer
  if (!transfer) return null
  const due = when(transfer.due_at, locale)
  const accounts = transfer.accounts ?? []
  // An account names its lapas by handle; the order's part carries the lapas's zone.
  const zoneOf = (handle: string | undefined) =>
    lapasTimeZone(order.groups.find((group) => handle && group.lapas?.handle === handle)?.lapas?.time_zone)
  return (
    <section className="transfer" data-testid="transfer-instructions" aria-labelledby="transfer-title">
      <h2 id="transfer-title" className="transfer__title">
        {t("order.transferTitle")}
      </h2>
      <p>{due ? t("order.transferIntro", { due }) : t("order.transferIntroNoDue")}</p>
      {accounts.length > 1 && <p className="notice notice--info">{t("order.transferMultiple")}</p>}
      <ul role="list" className="transfer__accounts">
        {accounts.map((account, index) => {
          const lapasName = account.lapas?.name ?? ""
          const zone = zoneOf(account.lapas?.handle)
          return (
            <li
              key={`${account.account_number}-${index}`}
              className="transfer-account"
              data-testid="transfer-account"
              data-lapas={account.lapas?.handle ?? ""}
            >
              <p className="transfer-account__lapas">{t("order.transferFor", { lapas: lapasName })}</p>
              <dl className="transfer-account__details">
                <div>
                  <dt>{t("order.transferBank")}</dt>
                  <dd>{account.bank_name}</dd>
                </div>
                <div>
                  <dt>{t("order.transferNumber")}</dt>
                  <dd>
                    <span className="transfer-account__number" data-testid="transfer-account-number" translate="no">
                      {account.account_number}
                    </span>{" "}
                    {account.account_number && (
                      <CopyButton
                        text={accountDigits(account.account_number)}
                        label={t("order.copy")}
                        accessibleLabel={t("order.transferCopyNumber", { lapas: lapasName })}
                        copiedLabel={t("order.transferNumberCopied")}
                        testId="copy-account-number"
                      />
                    )}
                  </dd>
                </div>
                <div>
                  <dt>{t("order.transferHolder")}</dt>
                  <dd>{account.account_holder}</dd>
                </div>
                <div>
                  <dt>{t("order.transferAmount")}</dt>
                  <dd>
                    <span className="transfer-account__amount" data-testid="transfer-amount">
                      {rupiah(account.amount)}
                    </span>{" "}
                    <CopyButton
                      text={amountDigits(account.amount)}
                      label={t("order.copy")}
                      accessibleLabel={t("order.transferCopyAmount", { lapas: lapasName })}
                      copiedLabel={t("order.transferAmountCopied")}
                      testId="copy-amount"
                    />
                  </dd>
                </div>
              </dl>
              {account.lapas?.handle && (
                <TransferNotice
                  orderId={order.id}
                  lapasHandle={account.lapas.handle}
                  lapasName={lapasName}
                  amount={account.amount}
                  today={todayIn(zone)}
                  zone={zone}
                  locale={locale}
                  notice={account.notice ? { amount: account.notice.amount, transferred_on: account.notice.transferred_on } : null}
                  texts={noticeTexts(t, zone, account.amount)}
                />
              )}
            </li>
          )
        })}
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

/** When the part reached its current state, in the lapas's zone. */
function partDate(progress: BuyerPartProgress, zone: LapasTimeZone, t: Translate, locale: Locale): string | null {
  const at = (value: string | null) => formatWhen(value, zone, locale)
  switch (progress.state) {
    case "delivered": {
      const date = at(progress.delivered_at)
      return date && t("order.partDeliveredAt", { date })
    }
    case "picked_up": {
      const date = at(progress.delivered_at)
      return date && t("order.partPickedUpAt", { date })
    }
    case "shipped": {
      const date = at(progress.shipped_at)
      return date && t("order.partShippedAt", { date })
    }
    case "ready_for_pickup": {
      const date = at(progress.ready_at)
      return date && t("order.partReadyAt", { date })
    }
    default:
      return null
  }
}

/** A lapas's part: its state, and once sent the courier, the resi and the link to track it. */
function PartProgress({
  group,
  orderNumber,
  t,
  locale,
}: {
  group: OrderSummaryPart
  orderNumber: number
  t: Translate
  locale: Locale
}) {
  const progress = group.progress
  if (!progress) return null
  const date = partDate(progress, lapasTimeZone(group.lapas?.time_zone), t, locale)
  // Each shipped package's resi with its courier's tracking page (older answers carry only `resi`).
  const shipments = (progress.shipments ?? []).filter((shipment) => shipment.resi)
  return (
    <>
      <dl className="part-progress" data-testid="order-part-progress" data-state={progress.state}>
        <div>
          <dt>{t("order.statusLabel")}</dt>
          <dd>
            <span className={badgeClass(progressTone(progress.state))} data-testid="order-part-state">
              {t(groupStateKey(progress.state))}
            </span>
            {date && <span className="part-progress__date muted">{date}</span>}
          </dd>
        </div>
        {progress.courier && (
          <div>
            <dt>{t("order.courier")}</dt>
            <dd data-testid="order-courier">{progress.courier}</dd>
          </div>
        )}
        {progress.resi && (
          <div>
            <dt>{t("order.resi")}</dt>
            <dd className="part-progress__resi">
              {shipments.length ? (
                shipments.map((shipment, index) => (
                  <span key={`${shipment.resi}-${index}`} className="part-progress__shipment" data-testid="order-shipment">
                    <Resi resi={shipment.resi!} t={t} />
                    {shipment.tracking_url && (
                      <TrackingLink url={shipment.tracking_url} courier={shipment.courier_name ?? shipment.courier ?? ""} t={t} />
                    )}
                  </span>
                ))
              ) : (
                <Resi resi={progress.resi} t={t} />
              )}
            </dd>
          </div>
        )}
      </dl>
      {progress.cancellation && (
        <p className="notice notice--info" data-testid="order-part-canceled">
          {progress.cancellation.cause === "unpaid"
            ? t("order.partCanceledUnpaid", {
                lapas: group.lapas?.name ?? "",
                date: formatWhen(progress.cancellation.due_at, lapasTimeZone(group.lapas?.time_zone), locale) ?? "",
              })
            : t("order.partCanceledByLapas", {
                lapas: group.lapas?.name ?? "",
                reason: progress.cancellation.reason ?? "",
              })}
        </p>
      )}
      {(progress.refunded_amount ?? 0) > 0 && (
        <p className="muted" data-testid="order-part-refund">
          {t("order.partRefunded", { amount: rupiah(progress.refunded_amount) })}
        </p>
      )}
      {progress.state === "ready_for_pickup" && (
        <p className="notice notice--info" data-testid="order-pickup-note">
          {t("order.partPickupNote", { lapas: group.lapas?.name ?? "", number: `#${orderNumber}` })}
        </p>
      )}
    </>
  )
}

/** The order's steps, oldest first, each dated in its lapas's zone. */
export function OrderTimeline({ order, t, locale }: { order: OrderSummary; t: Translate; locale: Locale }) {
  const entries = timelineOf(order)
  return (
    <section className="summary-box order-timeline" aria-labelledby="order-timeline-title">
      <h2 id="order-timeline-title" className="summary-box__title">
        {t("order.timelineTitle")}
      </h2>
      <ol className="timeline" data-testid="order-timeline">
        {entries.map((entry, index) => {
          const date = formatWhen(entry.at, entryZone(order, entry), locale)
          return (
            <li
              key={`${entry.key}-${entry.at}-${index}`}
              className={`timeline__entry timeline__entry--${entry.key}`}
              data-testid="order-timeline-entry"
              data-key={entry.key}
            >
              <p className="timeline__text">{timelineText(entry, t)}</p>
              {date && (
                <p className="timeline__date muted">
                  <time dateTime={entry.at}>{date}</time>
                </p>
              )}
            </li>
          )
        })}
      </ol>
    </section>
  )
}

function OrderLapasGroup({
  group,
  index,
  orderNumber,
  t,
  locale,
}: {
  group: OrderSummaryPart
  index: number
  orderNumber: number
  t: Translate
  locale: Locale
}) {
  const headingId = `order-group-${index}`
  return (
    <section
      className="cart-group"
      data-testid="order-lapas-group"
      data-lapas={group.lapas?.handle ?? ""}
      aria-labelledby={headingId}
    >
      <h2 id={headingId} className="cart-group__title">
        {t("order.groupHeading", { lapas: group.lapas?.name ?? "" })}
      </h2>
      {(group.lapas?.city || group.lapas?.province) && (
        <p className="cart-group__city muted">{[group.lapas?.city, group.lapas?.province].filter(Boolean).join(", ")}</p>
      )}
      <PartProgress group={group} orderNumber={orderNumber} t={t} locale={locale} />
      <ul role="list" className="cart-lines">
        {group.items.map((item) => (
          <li key={item.id} className="cart-line order-line" data-testid="order-line">
            <LineThumbnail url={item.thumbnail} size={56} />
            <div className="cart-line__body">
              <p className="cart-line__title">
                {item.product_handle ? <Link prefetch={false} href={productHref(item.product_handle)}>{item.title}</Link> : item.title}
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
  paymentSection,
}: {
  order: OrderSummary
  t: Translate
  locale: Locale
  isNew?: boolean
  /** The online payment's own section (Xendit: QR, virtual account, e-wallet), under the status. */
  paymentSection?: React.ReactNode
}) {
  // Like the timeline: in the zone of the order's lapas (WIB when they lie in several zones).
  const placed = formatWhen(order.created_at, orderZone(order), locale)
  const address = order.shipping_address
  const canceled = order.status === "canceled"
  const payment = order.payment
  const transferPending = !canceled && Boolean(payment?.transfer)
  const awaiting = isAwaitingPayment(order.payment_status, payment?.kind, transferPending)
  const progress =
    order.progress ??
    progressFromStatuses({
      status: order.status,
      payment_status: order.payment_status,
      fulfillment_status: order.fulfillment_status,
      payment_kind: payment?.kind,
      transfer_pending: transferPending,
    })
  const refunded = order.payment_status === "refunded" || order.payment_status === "partially_refunded"
  // The payment badge adds nothing while the status itself says "awaiting payment".
  const showPayment = canceled ? refunded : progress !== "awaiting_payment"
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
        <div>
          <dt>{t("order.statusLabel")}</dt>
          <dd className={badgeClass(progressTone(progress))} data-testid="order-progress" data-progress={progress}>
            {t(orderProgressKey(progress))}
          </dd>
        </div>
        {showPayment && (
          <div>
            <dt>{t("order.paymentLabel")}</dt>
            <dd
              className={`badge ${awaiting ? "badge--warning" : refunded ? "" : "badge--success"}`.trim()}
              data-testid="order-payment-status"
            >
              {t(paymentStatusKey(order.payment_status, payment?.kind, transferPending))}
            </dd>
          </div>
        )}
      </dl>

      {!canceled && <TransferInstructions order={order} t={t} locale={locale} />}
      {!canceled && paymentSection}
      {!canceled && payment?.kind === "card" && !awaiting && (
        <p className="notice notice--success">{t("order.cardPaid")}</p>
      )}

      <div className="order-groups">
        {order.groups.map((group, index) => (
          <OrderLapasGroup
            key={group.lapas?.id ?? index}
            group={group}
            index={index}
            orderNumber={order.display_id}
            t={t}
            locale={locale}
          />
        ))}
      </div>

      <OrderTimeline order={order} t={t} locale={locale} />

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
        <Link prefetch={false} href="/produk" className="button button--primary">
          {t("order.continue")}
        </Link>
        <Link prefetch={false} href="/lacak-pesanan" className="button button--ghost">
          {t("order.lookupAnother")}
        </Link>
      </div>
    </div>
  )
}
