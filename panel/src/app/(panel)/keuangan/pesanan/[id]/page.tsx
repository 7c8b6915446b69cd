import type { OrderShareEntry, OrderShareLine, OrderShares } from "@karya-binaan/contracts"
import type { Metadata } from "next"
import { Badge } from "@/components/badge"
import { ButtonLink } from "@/components/button"
import { DateTime } from "@/components/date-time"
import { Money } from "@/components/money"
import { Notice } from "@/components/notice"
import { PageHeader } from "@/components/page-header"
import { ResponsiveTable, type Column } from "@/components/responsive-table"
import { financeMessages } from "@/i18n/finance"
import { getLocale, getT } from "@/i18n/server"
import { ApiError } from "@/lib/data/api"
import { getOrderShares } from "@/lib/data/finance"
import { requireSection } from "@/lib/data/session"
import { FinanceTabs } from "../../finance-tabs"
import styles from "../../finance.module.css"

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT(financeMessages)
  return { title: t("shares.title") }
}

/** Bagi hasil of one order: the member's lapas's lines (national: every line) and the entries behind them. */
export default async function OrderSharesPage({ params }: { params: Promise<{ id: string }> }) {
  const member = await requireSection("finance")
  const [{ id }, t, locale] = await Promise.all([params, getT(financeMessages), getLocale()])
  const orderId = decodeURIComponent(id)
  const zone = member.lapas?.time_zone ?? "Asia/Jakarta"
  let shares: OrderShares | null = null
  let error: string | null = null
  try {
    shares = await getOrderShares(orderId)
  } catch (caught) {
    if (!(caught instanceof ApiError) || caught.status >= 500 || caught.status === 0) throw caught
    error = caught.status === 404 ? t("shares.notFound", { order: orderId }) : caught.message
  }
  const back = (
    <ButtonLink href={`/keuangan/buku-besar?pesanan=${encodeURIComponent(orderId)}`} variant="secondary">
      {t("shares.back")}
    </ButtonLink>
  )
  const lineColumns: Column<OrderShareLine>[] = [
    { key: "title", header: t("shares.line"), primary: true, cell: (l) => l.title || l.line_item_id },
    { key: "quantity", header: t("shares.quantity"), align: "end", cell: (l) => l.quantity },
    { key: "revenue", header: t("shares.revenue"), align: "end", cell: (l) => <Money amount={l.revenue} /> },
    { key: "unit_cost", header: t("shares.unitCost"), align: "end", cell: (l) => <Money amount={l.unit_cost} /> },
    { key: "profit", header: t("shares.profit"), align: "end", cell: (l) => <Money amount={l.profit} /> },
    { key: "capital", header: t("account.capital"), align: "end", cell: (l) => <Money amount={l.capital} /> },
    { key: "premi", header: t("account.premi"), align: "end", cell: (l) => <Money amount={l.premi} /> },
    { key: "pnbp", header: t("account.pnbp"), align: "end", cell: (l) => <Money amount={l.pnbp} /> },
  ]
  const entryColumns: Column<OrderShareEntry>[] = [
    { key: "date", header: t("ledger.date"), primary: true, cell: (e) => <DateTime value={e.booked_at} timeZone={zone} locale={locale} /> },
    {
      key: "kind",
      header: t("ledger.kind"),
      cell: (e) => <Badge tone={e.kind === "sale" ? "success" : e.kind === "refund" ? "warning" : "info"}>{t(`kind.${e.kind}`)}</Badge>,
    },
    { key: "account", header: t("ledger.account"), cell: (e) => t(`account.${e.account}`) },
    {
      key: "amount",
      header: t("ledger.amount"),
      align: "end",
      cell: (e) => <Money amount={e.amount} className={Number(e.amount) < 0 ? styles.negative : undefined} />,
    },
    { key: "reason", header: t("ledger.reason"), cell: (e) => e.reason ?? "" },
  ]
  return (
    <>
      <PageHeader
        title={t("shares.title")}
        description={t(member.role === "national" ? "shares.descriptionNational" : "shares.description", { order: orderId })}
        actions={back}
      />
      <FinanceTabs current="ledger" />
      {error ? <Notice tone="danger">{error}</Notice> : null}
      {shares ? (
        <>
          <dl className={styles.figures} data-testid="order-shares">
            {(["revenue", "cost", "profit", "capital", "premi", "pnbp"] as const).map((key) => (
              <div key={key} className={styles.figure}>
                <dt>{key === "capital" || key === "premi" || key === "pnbp" ? t(`account.${key}`) : t(`shares.${key}`)}</dt>
                <dd>
                  <Money amount={shares[key]} />
                </dd>
              </div>
            ))}
          </dl>
          {shares.lines.length === 0 ? (
            <Notice tone="info">{t("shares.notBooked")}</Notice>
          ) : (
            <>
              <h2 className="section-title">{t("shares.lines")}</h2>
              <ResponsiveTable caption={t("shares.lines")} columns={lineColumns} rows={shares.lines} rowKey={(l) => l.line_item_id} />
              <h2 className="section-title">{t("shares.entries")}</h2>
              <ResponsiveTable caption={t("shares.entries")} columns={entryColumns} rows={shares.entries} rowKey={(e) => e.id} />
            </>
          )}
        </>
      ) : null}
    </>
  )
}
