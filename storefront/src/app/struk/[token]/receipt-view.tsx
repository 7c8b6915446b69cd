import { DIRECT_PAYMENT_METHOD_LABELS, VENUE_KIND_LABELS, type PublicReceipt } from "@karya-binaan/contracts"
import { formatDateTime } from "@karya-binaan/format"
import Link from "next/link"
import type { Locale, Translate } from "@/i18n"
import { lapasTimeZone } from "@/lib/util/lapas"
import { rupiah } from "@/modules/cart/grouping"
import { PrintButton } from "./print-button"

function when(value: string | null, zone: PublicReceipt["lapas"]["time_zone"], locale: Locale): string {
  if (!value) return ""
  try {
    return formatDateTime(value, lapasTimeZone(zone), locale)
  } catch {
    return ""
  }
}

const lineTitle = (line: PublicReceipt["lines"][number]) =>
  line.variant_title && line.variant_title !== "Default" && line.variant_title !== line.title
    ? `${line.title} (${line.variant_title})`
    : line.title

/**
 * A direct sale's receipt as its buyer opens it from the cashier's link or QR code: phone first,
 * printable (the print styles keep only the receipt), with the till's PDFs, a "Dibatalkan" banner
 * when the sale was voided, and where the money goes. Times are in the lapas's zone.
 */
export function ReceiptView({
  receipt,
  token,
  t,
  locale,
}: {
  receipt: PublicReceipt
  token: string
  t: Translate
  locale: Locale
}) {
  const zone = receipt.lapas.time_zone
  const number = receipt.number == null ? null : `#${receipt.number}`
  const pdf = (format: "thermal" | "a4") => `/struk/${encodeURIComponent(token)}/pdf?format=${format}`
  const voided = receipt.status === "voided"
  return (
    <article className={`container section shop receipt${voided ? " receipt--voided" : ""}`} data-testid="receipt">
      {voided && (
        <div className="notice notice--error receipt__voided" role="alert" data-testid="receipt-voided">
          <strong>{t("receipt.voidedTitle")}</strong>
          <p>{t("receipt.voidedBody", { at: when(receipt.voided_at, zone, locale) })}</p>
        </div>
      )}
      <header className="receipt__header">
        <h1 className="page-title">{t("receipt.title")}</h1>
        <p className="receipt__lapas">{receipt.lapas.name}</p>
        {receipt.lapas.city && <p className="muted">{receipt.lapas.city}</p>}
      </header>

      <dl className="totals receipt__facts">
        {number && (
          <div className="totals__row">
            <dt>{t("receipt.number")}</dt>
            <dd data-testid="receipt-number">{number}</dd>
          </div>
        )}
        <div className="totals__row">
          <dt>{t("receipt.soldAt")}</dt>
          <dd data-testid="receipt-time">{when(receipt.sold_at, zone, locale)}</dd>
        </div>
        <div className="totals__row">
          <dt>{t("receipt.venue")}</dt>
          <dd>
            {receipt.venue.name} <span className="muted">({VENUE_KIND_LABELS[receipt.venue.kind]?.[locale] ?? receipt.venue.kind})</span>
          </dd>
        </div>
        {receipt.cashier_name && (
          <div className="totals__row">
            <dt>{t("receipt.cashier")}</dt>
            <dd>{receipt.cashier_name}</dd>
          </div>
        )}
      </dl>

      <section className="summary-box" aria-labelledby="receipt-items-title">
        <h2 id="receipt-items-title" className="summary-box__title">
          {t("receipt.items")}
        </h2>
        <ul role="list" className="receipt__lines">
          {receipt.lines.map((line, index) => (
            <li key={`${line.title}-${index}`} className="receipt__line" data-testid="receipt-line">
              <span className="receipt__line-title">{lineTitle(line)}</span>
              <span className="receipt__line-qty muted">
                {t("receipt.lineQuantity", { quantity: line.quantity, price: rupiah(line.unit_price) })}
              </span>
              <span className="receipt__line-total">{rupiah(line.subtotal)}</span>
            </li>
          ))}
        </ul>
        <dl className="totals">
          <div className="totals__row">
            <dt>{t("receipt.subtotal")}</dt>
            <dd>{rupiah(receipt.subtotal)}</dd>
          </div>
          {Number(receipt.discount) > 0 && (
            <div className="totals__row">
              <dt>{t("receipt.discount")}</dt>
              <dd>-{rupiah(receipt.discount)}</dd>
            </div>
          )}
          <div className="totals__row totals__row--total">
            <dt>{t("receipt.total")}</dt>
            <dd data-testid="receipt-total">{rupiah(receipt.total)}</dd>
          </div>
          <div className="totals__row">
            <dt>{t("receipt.payment")}</dt>
            <dd>{DIRECT_PAYMENT_METHOD_LABELS[receipt.payment_method]?.[locale] ?? receipt.payment_method}</dd>
          </div>
          {receipt.payment_method === "cash" && receipt.tendered != null && (
            <>
              <div className="totals__row">
                <dt>{t("receipt.tendered")}</dt>
                <dd>{rupiah(receipt.tendered)}</dd>
              </div>
              <div className="totals__row">
                <dt>{t("receipt.change")}</dt>
                <dd>{rupiah(receipt.change ?? 0)}</dd>
              </div>
            </>
          )}
        </dl>
      </section>

      <section className="notice notice--info receipt__impact" aria-labelledby="receipt-impact-title">
        <h2 id="receipt-impact-title" className="summary-box__title">
          {t("receipt.impactTitle")}
        </h2>
        <p>{t("receipt.impact")}</p>
      </section>

      <div className="receipt__actions">
        <PrintButton label={t("receipt.print")} />
        <p className="receipt__downloads">
          <span className="muted">{t("receipt.downloads")}:</span>{" "}
          <a href={pdf("thermal")} data-testid="receipt-pdf-thermal">
            {t("receipt.pdfThermal")}
          </a>{" "}
          ·{" "}
          <a href={pdf("a4")} data-testid="receipt-pdf-a4">
            {t("receipt.pdfA4")}
          </a>
        </p>
        <Link prefetch={false} className="button button--ghost" href="/produk">
          {t("receipt.shopMore")}
        </Link>
      </div>
    </article>
  )
}
