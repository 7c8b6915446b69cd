import type { ChainStatus } from "@karya-binaan/contracts"
import type { Metadata } from "next"
import { Badge } from "@/components/badge"
import { DateTime } from "@/components/date-time"
import { Notice } from "@/components/notice"
import { PageHeader } from "@/components/page-header"
import { ResponsiveTable, type Column } from "@/components/responsive-table"
import { ledgerChainMessages } from "@/i18n/ledger-chain"
import { getLocale, getT } from "@/i18n/server"
import { getLedgerChain } from "@/lib/data/finance"
import { requireSection } from "@/lib/data/session"
import { FinanceTabs } from "../finance-tabs"
import styles from "../finance.module.css"

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT(ledgerChainMessages)
  return { title: t("title") }
}

export const dynamic = "force-dynamic"

/**
 * Integritas buku: the hash chains of the ledger, PNBP deposits and closed periods of the member's
 * lapas (national: every lapas), recomputed by the backend on every visit, with each chain's head
 * and its first broken row.
 */
export default async function LedgerIntegrityPage() {
  const member = await requireSection("finance")
  const [t, locale] = await Promise.all([getT(ledgerChainMessages), getLocale()])
  const zone = member.lapas?.time_zone ?? "Asia/Jakarta"
  const result = await getLedgerChain()
  const columns: Column<ChainStatus>[] = [
    { key: "table", header: t("table"), primary: true, cell: (c) => t(`table.${c.table}`) },
    ...(member.lapas
      ? []
      : [{ key: "lapas", header: t("lapas"), cell: (c: ChainStatus) => <span className={styles.code}>{c.lapas_id ?? t("noLapas")}</span> }]),
    { key: "rows", header: t("rows"), align: "end", cell: (c) => c.rows.toLocaleString(locale === "id" ? "id-ID" : "en-GB") },
    {
      key: "head",
      header: t("head"),
      cell: (c) =>
        c.head ? (
          <span className={styles.code} title={c.head.hash}>
            #{c.head.seq} {c.head.hash.slice(0, 16)}…
          </span>
        ) : (
          t("empty")
        ),
    },
    {
      key: "status",
      header: t("status"),
      cell: (c) =>
        c.broken ? (
          <span data-testid="chain-broken" title={c.broken.detail}>
            <Badge tone="danger">{t(`kind.${c.broken.kind}`)}</Badge>{" "}
            {t("firstBroken", { id: c.broken.id, seq: c.broken.seq ?? "-" })}
          </span>
        ) : (
          <Badge tone="success">{t("statusOk")}</Badge>
        ),
    },
  ]
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <FinanceTabs current="integrity" />
      <Notice tone={result.ok ? "success" : "danger"} testId="chain-status">
        {result.ok ? t("ok") : t("broken")}
      </Notice>
      <p className="muted">
        {t("checkedAt")}{" "}
        <DateTime value={result.checked_at} timeZone={zone} locale={locale} />
      </p>
      <ResponsiveTable
        caption={t("caption")}
        columns={columns}
        rows={result.chains}
        rowKey={(c) => `${c.table}:${c.lapas_id ?? ""}`}
      />
      <p className="muted">{t("command")}</p>
    </>
  )
}
