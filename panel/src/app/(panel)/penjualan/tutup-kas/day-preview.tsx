import type { CashClosing, CashClosingMethodTotal, CashClosingPreview, DirectSale } from "@karya-binaan/contracts"
import { formatDateTime, formatRupiah, type LapasTimeZone } from "@karya-binaan/format"
import Link from "next/link"
import { Badge } from "@/components/badge"
import { DateTime } from "@/components/date-time"
import { EmptyState } from "@/components/empty-state"
import { Money } from "@/components/money"
import { ResponsiveTable, type Column } from "@/components/responsive-table"
import type { KeyOf, Translator } from "@/i18n/define"
import type { directSalesAdminMessages } from "@/i18n/direct-sales-admin"
import type { Locale } from "@/i18n/locale"
import styles from "../riwayat/direct-sales.module.css"
import { saleBadges, saleNumber } from "../riwayat/rules"
import { closeCashAction } from "./actions"
import { CloseCashForm } from "./close-cash-form"
import { describeDifference } from "./closing-rules"

type T = Translator<KeyOf<typeof directSalesAdminMessages>>

/** "Kurang Rp 5.000" in red, "Lebih …", or "Pas". */
export function DifferenceText({ difference, t, testId }: { difference: CashClosing["difference"]; t: T; testId?: string }) {
  const d = describeDifference(BigInt(difference))
  return (
    <span className={styles[d.kind]} data-testid={testId}>
      {d.kind === "even" ? t("closing.even") : t(`closing.${d.kind}`, { amount: formatRupiah(d.amount) })}
    </span>
  )
}

/**
 * A staff member's day at a venue: what came in per payment method, the day's sales, and the
 * count form, or the closing once it is done.
 */
export function DayPreview({
  preview,
  t,
  zone,
  locale,
}: {
  preview: CashClosingPreview
  t: T
  zone: LapasTimeZone
  locale: Locale
}) {
  const methodColumns: Column<CashClosingMethodTotal>[] = [
    { key: "method", header: t("col.method"), primary: true, cell: (m) => t(`method.${m.payment_method}`) },
    { key: "sales", header: t("col.sales"), align: "end", cell: (m) => m.sale_count },
    { key: "expected", header: t("col.expected"), align: "end", cell: (m) => <Money amount={m.expected} /> },
  ]
  const saleColumns: Column<DirectSale>[] = [
    {
      key: "number",
      header: t("col.number"),
      primary: true,
      cell: (s) => (
        <Link href={`/penjualan/${encodeURIComponent(s.id)}`} className="order-link">
          {saleNumber(s)}
        </Link>
      ),
    },
    { key: "time", header: t("col.time"), cell: (s) => <DateTime value={s.sold_at} timeZone={zone} locale={locale} /> },
    { key: "total", header: t("col.total"), align: "end", cell: (s) => <Money amount={s.total} /> },
    { key: "method", header: t("col.method"), cell: (s) => t(`method.${s.payment_method}`) },
    {
      key: "status",
      header: t("col.status"),
      cell: (s) => (
        <span className="shipping-actions">
          {saleBadges(s).length === 0 ? <Badge tone="success">{t("badge.completed")}</Badge> : null}
          {saleBadges(s).map((b) => (
            <Badge key={b.key} tone={b.tone}>
              {t(`badge.${b.key}`)}
            </Badge>
          ))}
        </span>
      ),
    },
  ]
  const closing = preview.closing
  return (
    <div className={styles.grid}>
      <div className={styles.sections}>
        <section aria-labelledby="expected-title">
          <h2 id="expected-title" className="section-title">
            {t("closing.expected")}
          </h2>
          <ResponsiveTable
            caption={t("closing.methodsCaption")}
            columns={methodColumns}
            rows={preview.by_method}
            rowKey={(m) => m.payment_method}
            empty={<EmptyState title={t("closing.noSales")} />}
          />
        </section>
        <section aria-labelledby="day-sales-title">
          <h2 id="day-sales-title" className="section-title">
            {t("closing.sales")}
          </h2>
          <ResponsiveTable
            caption={t("closing.salesCaption")}
            columns={saleColumns}
            rows={preview.sales}
            rowKey={(s) => s.id}
            empty={<EmptyState title={t("closing.noSales")} />}
          />
        </section>
      </div>
      <aside className="card">
        {closing ? (
          <div data-testid="closing-done">
            <h2 className="order-form__title">{t("closing.closedTitle")}</h2>
            <p className="muted">
              {t("closing.closedAt", { at: formatDateTime(new Date(closing.closed_at), zone, locale), cashier: closing.cashier.name || "-" })}
            </p>
            <dl className="order-sums">
              <div>
                <dt>{t("closing.openingFloat")}</dt>
                <dd>
                  <Money amount={closing.opening_float} />
                </dd>
              </div>
              <div>
                <dt>{t("closing.expectedCash")}</dt>
                <dd>
                  <Money amount={closing.expected_cash} />
                </dd>
              </div>
              <div>
                <dt>{t("col.countedCash")}</dt>
                <dd>
                  <Money amount={closing.counted_cash} />
                </dd>
              </div>
              <div className="order-sums__total">
                <dt>{t("closing.difference")}</dt>
                <dd data-testid="closing-done-difference">
                  <DifferenceText difference={closing.difference} t={t} />
                </dd>
              </div>
            </dl>
            {closing.reason ? <p data-testid="closing-done-reason">{t("closing.reasonShown", { reason: closing.reason })}</p> : null}
          </div>
        ) : (
          <CloseCashForm action={closeCashAction} venueId={preview.venue.id} day={preview.business_date} byMethod={preview.by_method} />
        )}
      </aside>
    </div>
  )
}
