import { LEDGER_ACCOUNTS, LEDGER_ENTRY_KINDS, type LedgerEntry, type LedgerResponse } from "@karya-binaan/contracts"
import { channelLabel, channelOptions } from "@/lib/sale-channels"
import { SelectField } from "@/components/choice-field"
import { timeZoneAbbreviation } from "@karya-binaan/format"
import type { Metadata } from "next"
import Link from "next/link"
import { Badge } from "@/components/badge"
import { ButtonLink } from "@/components/button"
import { DateTime } from "@/components/date-time"
import { EmptyState } from "@/components/empty-state"
import { Field } from "@/components/field"
import { Money } from "@/components/money"
import { Notice } from "@/components/notice"
import { PageHeader } from "@/components/page-header"
import { Pagination } from "@/components/pagination"
import { ResponsiveTable, type Column } from "@/components/responsive-table"
import { financeMessages } from "@/i18n/finance"
import { getLocale, getT } from "@/i18n/server"
import { ApiError } from "@/lib/data/api"
import { getLedger } from "@/lib/data/finance"
import { requireSection } from "@/lib/data/session"
import { ledgerFilterOf, ledgerSearchOf, LEDGER_PAGE_SIZE, type LedgerSearch } from "../ledger-filter"
import { FinanceTabs } from "../finance-tabs"
import styles from "../finance.module.css"

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT(financeMessages)
  return { title: t("ledger.title") }
}

/** Buku besar: the share entries of the member's lapas (national: every lapas), filtered and paged. */
export default async function LedgerPage({ searchParams }: { searchParams: Promise<LedgerSearch> }) {
  const member = await requireSection("finance")
  const [t, locale, search] = await Promise.all([getT(financeMessages), getLocale(), searchParams])
  const zone = member.lapas?.time_zone ?? "Asia/Jakarta"
  const filter = ledgerFilterOf(search)
  let ledger: LedgerResponse | null = null
  let error: string | null = null
  try {
    ledger = await getLedger(filter)
  } catch (caught) {
    if (!(caught instanceof ApiError) || caught.status >= 500 || caught.status === 0) throw caught
    error = caught.message
  }
  const kept = ledgerSearchOf(search)
  const columns: Column<LedgerEntry>[] = [
    {
      key: "date",
      header: t("ledger.date"),
      primary: true,
      cell: (e) => <DateTime value={e.booked_at} timeZone={zone} locale={locale} />,
    },
    {
      key: "order",
      header: t("ledger.orderCol"),
      cell: (e) => (
        <Link href={`/keuangan/pesanan/${encodeURIComponent(e.order_id)}`} className={styles.code} title={t("ledger.viewShares")}>
          {e.order_id}
        </Link>
      ),
    },
    {
      key: "kind",
      header: t("ledger.kind"),
      cell: (e) => <Badge tone={e.kind === "sale" ? "success" : e.kind === "refund" ? "warning" : "info"}>{t(`kind.${e.kind}`)}</Badge>,
    },
    { key: "account", header: t("ledger.account"), cell: (e) => t(`account.${e.account}`) },
    {
      key: "channel",
      header: t("ledger.channel"),
      cell: (e) => (e.line_kind === "service" ? `${channelLabel(e.channel, locale)} · ${t("ledger.service")}` : channelLabel(e.channel, locale)),
    },
    {
      key: "amount",
      header: t("ledger.amount"),
      align: "end",
      cell: (e) => <Money amount={e.amount} className={Number(e.amount) < 0 ? styles.negative : undefined} />,
    },
    { key: "reason", header: t("ledger.reason"), cell: (e) => e.reason ?? "" },
  ]
  const pages = ledger ? Math.max(1, Math.ceil(ledger.count / LEDGER_PAGE_SIZE)) : 1
  return (
    <>
      <PageHeader title={t("ledger.title")} description={t("ledger.description", { zone: timeZoneAbbreviation(zone) })} />
      <FinanceTabs current="ledger" />
      <form method="get" className={styles.filters} aria-label={t("ledger.filters")} data-testid="ledger-filters">
        <Field label={t("ledger.from")} name="dari" type="date" defaultValue={search.dari ?? ""} />
        <Field label={t("ledger.to")} name="sampai" type="date" defaultValue={search.sampai ?? ""} />
        <div className="field">
          <label className="field__label" htmlFor="ledger-kind">
            {t("ledger.kind")}
          </label>
          <select id="ledger-kind" name="jenis" defaultValue={search.jenis ?? ""}>
            <option value="">{t("ledger.any")}</option>
            {LEDGER_ENTRY_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`kind.${kind}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor="ledger-account">
            {t("ledger.account")}
          </label>
          <select id="ledger-account" name="pos" defaultValue={search.pos ?? ""}>
            <option value="">{t("ledger.any")}</option>
            {LEDGER_ACCOUNTS.map((account) => (
              <option key={account} value={account}>
                {t(`account.${account}`)}
              </option>
            ))}
          </select>
        </div>
        <SelectField label={t("channel.label")} name="kanal" defaultValue={filter.channel ?? ""} options={channelOptions(locale, t("channel.all"))} />
        <Field label={t("ledger.order")} name="pesanan" defaultValue={search.pesanan ?? ""} autoComplete="off" />
        {search.lapas ? <input type="hidden" name="lapas" value={search.lapas} /> : null}
        <div className={styles.filterActions}>
          <button type="submit" className="button button--primary">
            {t("ledger.apply")}
          </button>
          <ButtonLink href="/keuangan/buku-besar" variant="ghost">
            {t("ledger.reset")}
          </ButtonLink>
        </div>
      </form>
      {error ? <Notice tone="danger">{error}</Notice> : null}
      {ledger ? (
        <>
          <h2 className="section-title">{t("ledger.totals")}</h2>
          <dl className={styles.figures} data-testid="ledger-totals">
            {LEDGER_ACCOUNTS.map((account) => (
              <div key={account} className={styles.figure}>
                <dt>{t(`account.${account}`)}</dt>
                <dd>
                  <Money amount={ledger.totals[account]} />
                </dd>
              </div>
            ))}
          </dl>
          {ledger.totals_by_channel.length ? (
            <>
              <h2 className="section-title">{t("ledger.byChannel")}</h2>
              <div data-testid="ledger-channels">
                <ResponsiveTable
                  caption={t("ledger.byChannelCaption")}
                  columns={[
                    { key: "channel", header: t("ledger.channel"), primary: true, cell: (c) => channelLabel(c.channel, locale) },
                    ...LEDGER_ACCOUNTS.map((account) => ({
                      key: account,
                      header: t(`account.${account}`),
                      align: "end" as const,
                      cell: (c: LedgerResponse["totals_by_channel"][number]) => <Money amount={c[account]} />,
                    })),
                  ]}
                  rows={ledger.totals_by_channel}
                  rowKey={(c) => c.channel}
                />
              </div>
            </>
          ) : null}
          <p className="muted">{t("ledger.count", { count: ledger.count })}</p>
          <ResponsiveTable
            caption={t("ledger.caption")}
            columns={columns}
            rows={ledger.entries}
            rowKey={(e) => e.id}
            empty={<EmptyState title={t("ledger.empty")} />}
          />
          <Pagination page={filter.page} pages={pages} basePath="/keuangan/buku-besar" query={kept} />
        </>
      ) : null}
    </>
  )
}
