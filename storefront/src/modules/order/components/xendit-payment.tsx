import { XENDIT_CHANNEL_NAMES, type OrderSummary, type XenditChannel, type XenditPaymentView } from "@karya-binaan/contracts"
import Link from "next/link"
import type { Locale, Translate } from "@/i18n"
import { lapasTimeZone } from "@/lib/util/lapas"
import { rupiah } from "@/modules/cart/grouping"
import { formatWhen } from "../progress"
import { formatRemaining, safeExternalUrl, xenditDisplayStatus, xenditStateKey } from "../xendit"
import type { QrImages } from "../xendit-qr"
import { CopyButton } from "./copy-button"
import { XenditCountdown } from "./xendit-countdown"
import { XenditPoll } from "./xendit-poll"

/** The bank of each virtual account, as its app and ATMs are called. */
const VA_BANK: Partial<Record<XenditChannel, string>> = {
  BCA: "BCA",
  BNI: "BNI",
  BRI: "BRI",
  MANDIRI: "Mandiri",
  PERMATA: "Permata",
}

/** The order's own paths for the e-wallet hand-off and the poller (route handlers under /pesanan/[id]). */
export function xenditPaths(orderId: string) {
  const base = `/pesanan/${encodeURIComponent(orderId)}`
  return { wallet: `${base}/bayar`, status: `${base}/status` }
}

/**
 * The order page's Xendit payment: the QRIS code (with a download), the virtual account number or
 * the e-wallet's button, the amount, the deadline in the zone of the first part's lapas with a
 * live countdown, and a poller that refreshes the page once paid. Paid, expired, failed and
 * canceled payments get one line each.
 */
export function XenditPayment({
  order,
  view,
  qr,
  t,
  locale,
  now,
}: {
  order: Pick<OrderSummary, "id" | "display_id" | "status" | "payment_status" | "payment" | "groups">
  view: XenditPaymentView
  /** The QRIS code drawn on the server (null for other methods, or when it could not be drawn). */
  qr: QrImages | null
  t: Translate
  locale: Locale
  /** Render time (ms), for the expiry and the countdown's first value. */
  now: number
}) {
  const status = xenditDisplayStatus(view, now)
  const channel = XENDIT_CHANNEL_NAMES[view.channel] ?? view.channel
  const zone = lapasTimeZone(order.groups?.[0]?.lapas?.time_zone)
  const paths = xenditPaths(order.id)
  const titleId = "xendit-title"

  if (status !== "pending") {
    const paidAt = formatWhen(view.paid_at, zone, locale)
    return (
      <section className="xendit" data-testid="xendit-payment" data-status={status} aria-labelledby={titleId}>
        <h2 id={titleId} className="xendit__title">
          {status === "paid" ? t("xendit.paid") : t("xendit.title", { channel })}
        </h2>
        {status === "paid" && (
          <p className="notice notice--success" role="status">
            {paidAt ? t("xendit.paidAt", { date: paidAt, channel }) : t("xendit.paid")}
          </p>
        )}
        {status !== "paid" && (
          <>
            <p className="notice notice--error" role="status">
              {status === "expired" ? t("xendit.expired") : status === "failed" ? t("xendit.failed") : t("xendit.canceled")}
            </p>
            <p>
              <Link prefetch={false} href="/produk" className="button button--ghost" data-testid="xendit-shop-again">
                {t("xendit.shopAgain")}
              </Link>
            </p>
          </>
        )}
      </section>
    )
  }

  const deadline = formatWhen(view.expires_at, zone, locale)
  const simulator = safeExternalUrl(view.simulator_url, { allowHttp: true })
  const state = xenditStateKey(order, now)
  const amount = rupiah(view.amount)
  return (
    <section className="xendit" data-testid="xendit-payment" data-status={status} aria-labelledby={titleId}>
      <h2 id={titleId} className="xendit__title">
        {t("xendit.title", { channel })}
      </h2>

      {view.method === "qris" && (
        <>
          <p>{t("xendit.qrIntro")}</p>
          {qr && (
            <div className="xendit__qr-box">
              <div
                className="xendit__qr"
                role="img"
                aria-label={t("xendit.qrAlt", { number: `#${order.display_id}` })}
                data-testid="xendit-qr"
                dangerouslySetInnerHTML={{ __html: qr.svg }}
              />
              <a
                href={qr.png}
                download={`qris-pesanan-${order.display_id}.png`}
                className="button button--ghost"
                data-testid="xendit-download-qr"
              >
                {t("xendit.downloadQr")}
              </a>
            </div>
          )}
        </>
      )}

      {view.method === "virtual_account" && <p>{t("xendit.vaIntro", { bank: VA_BANK[view.channel] ?? channel })}</p>}

      {view.method === "ewallet" && view.channel === "OVO" && (
        <p className="notice notice--info" data-testid="xendit-ovo">
          {t("xendit.ovoIntro")}
        </p>
      )}
      {view.method === "ewallet" && view.channel !== "OVO" && (
        <>
          <p>{t("xendit.walletIntro", { channel })}</p>
          <p>
            {/* A plain link: the route picks the app's deep link on a phone, Xendit's page otherwise. */}
            <a href={paths.wallet} className="button button--primary" data-testid="xendit-open-wallet" rel="nofollow">
              {t("xendit.openWallet", { channel })}
            </a>
          </p>
        </>
      )}

      <dl className="xendit__details">
        {view.method === "virtual_account" && view.va_number && (
          <>
            <div>
              <dt>{t("xendit.vaBank")}</dt>
              <dd>{channel}</dd>
            </div>
            <div>
              <dt>{t("xendit.vaNumber")}</dt>
              <dd className="xendit__copyable">
                <span className="xendit__number" data-testid="xendit-va-number">
                  {view.va_number}
                </span>
                <span data-testid="xendit-copy-va">
                  <CopyButton
                    text={view.va_number}
                    label={t("order.copy")}
                    accessibleLabel={t("xendit.copyVa")}
                    copiedLabel={t("xendit.vaCopied")}
                  />
                </span>
              </dd>
            </div>
          </>
        )}
        <div>
          <dt>{t("xendit.amount")}</dt>
          <dd className="xendit__copyable">
            <strong className="xendit__amount" data-testid="xendit-amount">
              {amount}
            </strong>
            <span data-testid="xendit-copy-amount">
              <CopyButton
                text={String(view.amount)}
                label={t("order.copy")}
                accessibleLabel={t("xendit.copyAmount")}
                copiedLabel={t("xendit.amountCopied")}
              />
            </span>
          </dd>
        </div>
        {deadline && view.expires_at && (
          <div>
            <dt>{t("xendit.deadline")}</dt>
            <dd>
              <span data-testid="xendit-deadline">{deadline}</span>
              <XenditCountdown
                deadline={view.expires_at}
                initial={formatRemaining(Date.parse(view.expires_at) - now)}
                label={t("xendit.remaining")}
                doneLabel={t("xendit.timeUp")}
              />
            </dd>
          </div>
        )}
      </dl>

      <p className="muted">{t("xendit.pendingNote")}</p>
      {simulator && (
        <p className="xendit__dev">
          <a href={simulator} data-testid="xendit-simulator-link" rel="nofollow">
            {t("xendit.simulator")}
          </a>
        </p>
      )}
      {state && <XenditPoll url={paths.status} current={state} />}
    </section>
  )
}
