import type { Metadata } from "next"
import Link from "next/link"
import { Badge } from "@/components/badge"
import { Money } from "@/components/money"
import { PageHeader } from "@/components/page-header"
import { financeMessages } from "@/i18n/finance"
import { getLocale, getT } from "@/i18n/server"
import { getPnbpReconciliation } from "@/lib/data/finance"
import { requireSection } from "@/lib/data/session"
import { depositStatusText, depositStatusTone } from "@/lib/deposit-status"
import { monthIn, monthLabel } from "@/lib/periods"
import { FinanceTabs } from "./finance-tabs"
import styles from "./finance.module.css"

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT(financeMessages)
  return { title: t("overview.title") }
}

/** Keuangan: this month's PNBP at a glance and the way to the ledger, PNBP and premi screens. */
export default async function FinancePage() {
  const member = await requireSection("finance")
  const [t, locale] = await Promise.all([getT(financeMessages), getLocale()])
  const zone = member.lapas?.time_zone ?? "Asia/Jakarta"
  const month = monthIn(new Date(), zone)
  const recon = await getPnbpReconciliation({ from: month, to: month })
  const cards = [
    { href: "/keuangan/buku-besar", title: t("overview.ledgerCard"), body: t("overview.ledgerText") },
    { href: "/keuangan/pnbp", title: t("overview.pnbpCard"), body: t("overview.pnbpText") },
    { href: "/keuangan/premi", title: t("overview.premiCard"), body: t("overview.premiText") },
    { href: "/keuangan/integritas", title: t("overview.integrityCard"), body: t("overview.integrityText") },
  ]
  return (
    <>
      <PageHeader
        title={t("overview.title")}
        description={t("overview.description", { lapas: member.lapas?.name ?? t("overview.national") })}
      />
      <FinanceTabs current="overview" />
      <h2 className="section-title">{t("overview.month", { month: monthLabel(month, locale) })}</h2>
      <dl className={styles.figures} data-testid="finance-month">
        <div className={styles.figure}>
          <dt>{t("pnbp.booked")}</dt>
          <dd>
            <Money amount={recon.totals.booked} />
          </dd>
        </div>
        <div className={styles.figure}>
          <dt>{t("pnbp.deposited")}</dt>
          <dd>
            <Money amount={recon.totals.deposited} />
          </dd>
        </div>
        <div className={styles.figure}>
          <dt>{t("pnbp.balance")}</dt>
          <dd data-testid="finance-balance">
            <Badge tone={depositStatusTone(recon.totals.status)}>
              {depositStatusText(t, recon.totals.status, recon.totals.difference)}
            </Badge>
          </dd>
        </div>
      </dl>
      <ul className="quick-links">
        {cards.map((card) => (
          <li key={card.href}>
            <Link href={card.href} className="quick-link">
              <span className="quick-link__title">{card.title}</span>
              <span className="quick-link__body">{card.body}</span>
            </Link>
          </li>
        ))}
      </ul>
    </>
  )
}
