import type { DirectSale } from "@karya-binaan/contracts"
import { formatDateTime, formatRupiah, type LapasTimeZone } from "@karya-binaan/format"
import type { Metadata } from "next"
import Link from "next/link"
import { notFound } from "next/navigation"
import { Badge } from "@/components/badge"
import { Money } from "@/components/money"
import { Notice } from "@/components/notice"
import { PageHeader } from "@/components/page-header"
import { directSalesAdminMessages } from "@/i18n/direct-sales-admin"
import { getLocale, getT } from "@/i18n/server"
import { getStorefrontUrl } from "@/lib/config"
import { isApiError } from "@/lib/data/api"
import { getDirectSale } from "@/lib/data/direct-sales-admin"
import { getLapas } from "@/lib/data/lapas"
import { requireSection } from "@/lib/data/session"
import styles from "../riwayat/direct-sales.module.css"
import { needsStockSettlement, receiptUrl, saleBadges, saleNumber, whatsappLink } from "../riwayat/rules"
import { settleStockAction, voidSaleAction } from "./actions"
import { CopyLinkButton, SettleStockForm, VoidSaleForm } from "./sale-forms"

type Params = Promise<{ id: string }>

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const t = await getT(directSalesAdminMessages)
  return { title: `${t("detail.back")} · ${(await params).id.slice(-6)}` }
}

/** More than a minute between the device's sale and the server's record: it waited offline. */
const sentLater = (sale: DirectSale) => Date.parse(sale.recorded_at) - Date.parse(sale.sold_at) > 60_000

/**
 * One direct sale: its lines and totals, cash tendered and change, the buyer, negative-stock
 * warnings with their settlement, the receipt (58 mm, A4, WhatsApp, link) and voiding (staff).
 */
export default async function DirectSalePage({ params }: { params: Params }) {
  const member = await requireSection("direct_sales")
  const { id } = await params
  const t = await getT(directSalesAdminMessages)
  const locale = await getLocale()
  let sale: DirectSale
  try {
    sale = await getDirectSale(id)
  } catch (error) {
    if (isApiError(error) && (error.status === 404 || error.status === 400)) notFound()
    throw error
  }
  const staff = member.role === "lapas_staff"
  const zone: LapasTimeZone =
    member.lapas?.id === sale.lapas_id ? member.lapas.time_zone : (await getLapas(sale.lapas_id)).lapas.time_zone
  const number = saleNumber(sale)
  const url = receiptUrl(getStorefrontUrl(), sale.receipt_path)
  const backHref = member.role === "national" ? `/penjualan/riwayat?lapas=${encodeURIComponent(sale.lapas_id)}` : "/penjualan/riwayat"
  const receiptHref = (format: "thermal" | "a4") => `/penjualan/${encodeURIComponent(sale.id)}/struk?format=${format}`
  const voided = sale.status === "voided"

  return (
    <>
      <p className="order-back">
        <Link href={backHref}>← {t("detail.back")}</Link>
      </p>
      <PageHeader
        title={t("detail.title", { number })}
        description={t("detail.soldAt", {
          at: formatDateTime(new Date(sale.sold_at), zone, locale),
          venue: sale.venue.name,
          cashier: sale.cashier.name || "-",
        })}
      />
      <div className="order-part__head" data-testid="direct-sale-status">
        {saleBadges(sale).map((b) => (
          <Badge key={b.key} tone={b.tone}>
            {t(`badge.${b.key}`)}
          </Badge>
        ))}
        {!voided ? <Badge tone="success">{t("badge.completed")}</Badge> : null}
        <span className="muted">{t(`kind.${sale.venue.kind}`)}</span>
      </div>
      {voided ? (
        <Notice tone="danger" testId="direct-sale-voided">
          {t("detail.voided", {
            at: sale.voided_at ? formatDateTime(new Date(sale.voided_at), zone, locale) : "-",
            reason: sale.void_reason ?? "-",
          })}
        </Notice>
      ) : null}

      <div className={`order-part ${styles.grid}`}>
        <div className="order-main">
          <div className="card">
            <h2 className="card__title">{t("detail.items")}</h2>
            <ul className="order-lines" data-testid="direct-sale-lines">
              {sale.lines.map((line) => (
                <li key={line.variant_id} className="order-line">
                  <div>
                    <p className="order-line__title">
                      {line.title} {line.is_service ? <Badge tone="info">{t("detail.service")}</Badge> : null}
                    </p>
                    {line.variant_title && line.variant_title !== line.title ? <p className="muted">{line.variant_title}</p> : null}
                    {line.sku ? <p className="muted">SKU {line.sku}</p> : null}
                    <p className="muted">
                      {line.quantity} × <Money amount={line.unit_price} />
                    </p>
                  </div>
                  <Money amount={line.subtotal} />
                </li>
              ))}
            </ul>
            <dl className="order-sums">
              <div>
                <dt>{t("detail.subtotal")}</dt>
                <dd>
                  <Money amount={sale.subtotal} />
                </dd>
              </div>
              {BigInt(sale.discount) > BigInt(0) ? (
                <div>
                  <dt>{t("detail.discount")}</dt>
                  <dd>− {formatRupiah(sale.discount)}</dd>
                </div>
              ) : null}
              <div className="order-sums__total">
                <dt>{t("detail.total")}</dt>
                <dd data-testid="direct-sale-total">
                  <Money amount={sale.total} />
                </dd>
              </div>
            </dl>
          </div>

          <div className="card">
            <h2 className="card__title">{t("detail.payment")}</h2>
            <dl className="order-sums">
              <div>
                <dt>{t("detail.method")}</dt>
                <dd data-testid="direct-sale-method">{t(`method.${sale.payment_method}`)}</dd>
              </div>
              {sale.tendered != null ? (
                <div>
                  <dt>{t("detail.tendered")}</dt>
                  <dd>
                    <Money amount={sale.tendered} />
                  </dd>
                </div>
              ) : null}
              {sale.change != null ? (
                <div>
                  <dt>{t("detail.change")}</dt>
                  <dd>
                    <Money amount={sale.change} />
                  </dd>
                </div>
              ) : null}
            </dl>
            <p className="muted">
              {sale.display_id != null ? `${t("detail.order", { number: sale.display_id })} · ` : ""}
              {t("detail.recordedAt", { at: formatDateTime(new Date(sale.recorded_at), zone, locale) })}
              {sentLater(sale) ? ` · ${t("detail.offline")}` : ""}
            </p>
          </div>

          {sale.buyer && (sale.buyer.name || sale.buyer.email || sale.buyer.phone) ? (
            <div className="card">
              <h2 className="card__title">{t("detail.buyer")}</h2>
              <dl className="order-sums">
                {sale.buyer.name ? (
                  <div>
                    <dt>{t("detail.buyerName")}</dt>
                    <dd>{sale.buyer.name}</dd>
                  </div>
                ) : null}
                {sale.buyer.email ? (
                  <div>
                    <dt>{t("detail.buyerEmail")}</dt>
                    <dd>{sale.buyer.email}</dd>
                  </div>
                ) : null}
                {sale.buyer.phone ? (
                  <div>
                    <dt>{t("detail.buyerPhone")}</dt>
                    <dd>{sale.buyer.phone}</dd>
                  </div>
                ) : null}
              </dl>
            </div>
          ) : null}

          {sale.note ? (
            <div className="card">
              <h2 className="card__title">{t("detail.note")}</h2>
              <p>{sale.note}</p>
            </div>
          ) : null}

          {sale.stock_warnings.length ? (
            <div className="card" data-testid="direct-sale-warnings">
              <h2 className="card__title">{t("detail.warnings")}</h2>
              {!sale.stock_settled_at ? <p className="muted">{t("detail.warningsIntro")}</p> : null}
              <ul>
                {sale.stock_warnings.map((w) => (
                  <li key={w.variant_id}>
                    {t("detail.warningLine", { title: w.title, quantity: w.quantity, available: w.available_before })}
                  </li>
                ))}
              </ul>
              {sale.stock_settled_at ? (
                <Notice tone="success">
                  {t("detail.settled", {
                    at: formatDateTime(new Date(sale.stock_settled_at), zone, locale),
                    note: sale.stock_settle_note ?? "-",
                  })}
                </Notice>
              ) : null}
            </div>
          ) : null}
        </div>

        <aside className="order-actions" aria-label={t("detail.actions")}>
          {staff && needsStockSettlement(sale) ? (
            <div className="card">
              <SettleStockForm action={settleStockAction} saleId={sale.id} />
            </div>
          ) : null}
          <div className="card" data-testid="receipt-actions">
            <h3 className="order-form__title">{t("receipt.title")}</h3>
            <div className="order-print">
              <a className="button button--secondary" href={receiptHref("thermal")} data-testid="receipt-thermal">
                {t("receipt.thermal")}
              </a>
              <a className="button button--secondary" href={receiptHref("a4")} data-testid="receipt-a4">
                {t("receipt.a4")}
              </a>
              {!voided ? (
                <>
                  <a
                    className="button button--secondary"
                    href={whatsappLink(t("receipt.message", { url }), sale.buyer?.phone)}
                    target="_blank"
                    rel="noopener noreferrer"
                    data-testid="receipt-whatsapp"
                  >
                    {sale.buyer?.phone ? t("receipt.whatsappTo", { phone: sale.buyer.phone }) : t("receipt.whatsapp")}
                  </a>
                  <CopyLinkButton url={url} />
                </>
              ) : null}
            </div>
            {!voided ? (
              <p className={styles.receiptLink}>
                <span className="muted">{t("receipt.link")}: </span>
                <a href={url} target="_blank" rel="noopener noreferrer" data-testid="receipt-link">
                  {url}
                </a>
              </p>
            ) : null}
          </div>
          {staff && !voided ? (
            <div className="card">
              <VoidSaleForm action={voidSaleAction} saleId={sale.id} number={number} total={formatRupiah(sale.total)} />
            </div>
          ) : null}
        </aside>
      </div>
    </>
  )
}
