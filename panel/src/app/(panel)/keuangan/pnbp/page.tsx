import type { ClosePeriodPreviewResponse, PnbpDeposit, PnbpReconciliationMonth, PnbpReport } from "@karya-binaan/contracts"
import { formatDate, formatDateTime, formatRupiah } from "@karya-binaan/format"
import type { Metadata } from "next"
import Link from "next/link"
import { Badge } from "@/components/badge"
import { ButtonLink } from "@/components/button"
import { DateTime } from "@/components/date-time"
import { EmptyState } from "@/components/empty-state"
import { SelectField } from "@/components/choice-field"
import { Field } from "@/components/field"
import { Money } from "@/components/money"
import { Notice } from "@/components/notice"
import { PageHeader } from "@/components/page-header"
import { ResponsiveTable, type Column } from "@/components/responsive-table"
import { financeMessages } from "@/i18n/finance"
import { getLocale, getT } from "@/i18n/server"
import { ApiError } from "@/lib/data/api"
import { getClosePreview, getPnbpReconciliation, getPnbpReport, listPnbpDeposits } from "@/lib/data/finance"
import { depositStatusText, depositStatusTone } from "@/lib/deposit-status"
import { requireSection } from "@/lib/data/session"
import { dayIn, isMonth, monthDays, monthIn, monthLabel, shiftMonth } from "@/lib/periods"
import { channelLabel, channelOptions, channelParam, channelTotalsRows, type ChannelTotalsRow } from "@/lib/sale-channels"
import { FinanceTabs } from "../finance-tabs"
import styles from "../finance.module.css"
import { closeMonthAction, recordDepositAction, reverseDepositAction } from "./actions"
import { CloseMonthForm } from "./close-month-form"
import { DepositForm } from "./deposit-form"
import { ReverseDepositForm } from "./reverse-deposit-form"

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT(financeMessages)
  return { title: t("pnbp.title") }
}

type Search = { bulan?: string; lapas?: string; kanal?: string }

/**
 * PNBP of a month: booked, deposited, outstanding and closed (the lapas's zone); the month's
 * deposits; record a deposit; close the month; download the report. Finance work on their own
 * lapas; a national member sees every lapas and picks one (`?lapas=`) to record or close.
 */
export default async function PnbpPage({ searchParams }: { searchParams: Promise<Search> }) {
  const member = await requireSection("finance")
  const [t, locale, search] = await Promise.all([getT(financeMessages), getLocale(), searchParams])
  const zone = member.lapas?.time_zone ?? "Asia/Jakarta"
  const now = new Date()
  // Deposits and closes are for a month that has ended: last month unless another is asked for.
  const month = search.bulan && isMonth(search.bulan) ? search.bulan : shiftMonth(monthIn(now, zone), -1)
  const label = monthLabel(month, locale)
  const lapasId = member.role === "national" ? search.lapas?.trim() || undefined : undefined
  const single = member.role !== "national" || !!lapasId
  const days = monthDays(month)
  const channel = channelParam(search.kanal)

  let error: string | null = null
  let report: PnbpReport | null = null
  let reportError: string | null = null
  let months: PnbpReconciliationMonth[] = []
  let deposits: PnbpDeposit[] = []
  let preview: ClosePeriodPreviewResponse | null = null
  try {
    const [recon, list] = await Promise.all([
      getPnbpReconciliation({ lapas_id: lapasId, from: shiftMonth(month, -5), to: month }),
      single ? listPnbpDeposits({ lapas_id: lapasId, from: days.from, to: days.to, limit: 100 }) : null,
    ])
    months = recon.months
    deposits = list?.pnbp_deposits ?? []
    const own = recon.months.find((m) => m.month === month)
    if (single && own && !own.closed) preview = await getClosePreview({ month, lapas_id: lapasId })
  } catch (caught) {
    if (!(caught instanceof ApiError) || caught.status >= 500 || caught.status === 0) throw caught
    error = caught.message
  }
  try {
    report = await getPnbpReport({ lapas_id: lapasId, ...days, channel })
  } catch (caught) {
    if (!(caught instanceof ApiError) || caught.status >= 500 || caught.status === 0) throw caught
    reportError = caught.message
  }
  const ofMonth = months.filter((m) => m.month === month)
  const row = single ? ofMonth[0] : undefined
  const sum = (key: "booked" | "deposited" | "outstanding") => ofMonth.reduce((s, m) => s + Number(m[key]), 0)
  const booked = sum("booked")
  const deposited = sum("deposited")
  const outstanding = sum("outstanding")
  // The month's balance said one way: a status and a difference without a sign.
  const anyActivity = ofMonth.some((m) => m.status !== "no_activity")
  const monthStatus = !anyActivity ? "no_activity" : outstanding === 0 ? "settled" : outstanding > 0 ? "under_deposited" : "over_deposited"
  const statusCell = (status: PnbpReconciliationMonth["status"], difference: number) => (
    <Badge tone={depositStatusTone(status)}>{depositStatusText(t, status, difference)}</Badge>
  )
  const lapasParam = lapasId ? `&lapas=${encodeURIComponent(lapasId)}` : ""
  const channelQuery = channel ? `&kanal=${channel}` : ""
  const download = (format: "csv" | "xlsx" | "pdf") => `/keuangan/pnbp/unduh?bulan=${month}&format=${format}${lapasParam}${channelQuery}`
  const channelRows = report
    ? channelTotalsRows(report, locale, { total: t("channel.total"), services: t("channel.services") })
    : []
  const channelColumns: Column<ChannelTotalsRow>[] = [
    {
      key: "channel",
      header: t("channel.name"),
      primary: true,
      cell: (r) => (r.kind === "channel" ? r.label : r.kind === "total" ? <strong>{r.label}</strong> : <em>{r.label}</em>),
    },
    { key: "quantity", header: t("channel.quantity"), align: "end", cell: (r) => r.quantity.toLocaleString("id-ID") },
    { key: "revenue", header: t("channel.revenue"), align: "end", cell: (r) => <Money amount={r.revenue} /> },
    { key: "profit", header: t("channel.profit"), align: "end", cell: (r) => <Money amount={r.profit} /> },
    { key: "capital", header: t("account.capital"), align: "end", cell: (r) => <Money amount={r.capital} /> },
    { key: "premi", header: t("account.premi"), align: "end", cell: (r) => <Money amount={r.premi} /> },
    { key: "pnbp", header: t("account.pnbp"), align: "end", cell: (r) => <Money amount={r.pnbp} /> },
  ]

  const statusBadge = (m: PnbpReconciliationMonth) =>
    m.closed ? <Badge tone="neutral">{t("pnbp.closed")}</Badge> : <Badge tone="info">{t("pnbp.open")}</Badge>
  const monthColumns: Column<PnbpReconciliationMonth>[] = [
    {
      key: "month",
      header: t("pnbp.month"),
      primary: true,
      cell: (m) => <Link href={`/keuangan/pnbp?bulan=${m.month}${lapasParam}`}>{monthLabel(m.month, locale)}</Link>,
    },
    { key: "booked", header: t("pnbp.booked"), align: "end", cell: (m) => <Money amount={m.booked} /> },
    { key: "deposited", header: t("pnbp.deposited"), align: "end", cell: (m) => <Money amount={m.deposited} /> },
    { key: "balance", header: t("pnbp.balance"), cell: (m) => statusCell(m.status, Number(m.difference)) },
    { key: "status", header: t("pnbp.status"), cell: statusBadge },
  ]
  const lapasColumns: Column<PnbpReconciliationMonth>[] = [
    {
      key: "lapas",
      header: t("pnbp.lapas"),
      primary: true,
      cell: (m) => <Link href={`/keuangan/pnbp?bulan=${month}&lapas=${encodeURIComponent(m.lapas_id)}`}>{m.handle}</Link>,
    },
    ...monthColumns.slice(1),
  ]
  const depositColumns: Column<PnbpDeposit>[] = [
    { key: "ntpn", header: t("pnbp.ntpn"), primary: true, cell: (d) => <span className={styles.code}>{d.ntpn}</span> },
    { key: "date", header: t("pnbp.depositedOn"), cell: (d) => <DateTime value={`${d.deposited_on}T12:00:00Z`} timeZone={zone} locale={locale} dateOnly /> },
    {
      key: "period",
      header: t("pnbp.period"),
      // Calendar days, written as the deposit day is ("1 November 2026"); noon WIB keeps them in the day.
      cell: (d) => `${formatDate(`${d.period_from}T12:00:00+07:00`, "Asia/Jakarta", locale)} – ${formatDate(`${d.period_to}T12:00:00+07:00`, "Asia/Jakarta", locale)}`,
    },
    { key: "billing", header: t("pnbp.billing"), cell: (d) => <span className={styles.code}>{d.billing_code}</span> },
    {
      key: "amount",
      header: t("pnbp.amount"),
      align: "end",
      cell: (d) => (d.reversed_by ? <s data-testid="deposit-reversed"><Money amount={d.amount} /></s> : <Money amount={d.amount} />),
    },
    {
      key: "correction",
      header: t("pnbp.status"),
      cell: (d) =>
        d.reverses_id ? (
          <span title={d.reason ?? undefined}>
            <Badge tone="neutral">{t("reverse.reversal")}</Badge> {d.reason ? t("reverse.because", { reason: d.reason }) : null}
          </span>
        ) : d.reversed_by ? (
          <span title={d.reversed_by.reason ?? undefined}>
            <Badge tone="warning">{t("reverse.reversed")}</Badge>{" "}
            {d.reversed_by.reason ? t("reverse.because", { reason: d.reversed_by.reason }) : null}
          </span>
        ) : row?.closed ? null : (
          <ReverseDepositForm action={reverseDepositAction} depositId={d.id} ntpn={d.ntpn} />
        ),
    },
  ]
  const today = dayIn(now, zone)
  return (
    <>
      <PageHeader title={t("pnbp.title")} description={t("pnbp.description", { month: label })} />
      <FinanceTabs current="pnbp" />
      <form method="get" className={styles.filters} data-testid="pnbp-month">
        <Field label={t("pnbp.monthLabel")} name="bulan" type="month" defaultValue={month} max={monthIn(now, zone)} />
        <SelectField label={t("channel.label")} name="kanal" defaultValue={channel ?? ""} options={channelOptions(locale, t("channel.all"))} />
        {lapasId ? <input type="hidden" name="lapas" value={lapasId} /> : null}
        <div className={styles.filterActions}>
          <button type="submit" className="button button--primary">
            {t("pnbp.show")}
          </button>
        </div>
      </form>
      {error ? <Notice tone="danger">{error}</Notice> : null}
      <dl className={styles.figures} data-testid="pnbp-figures">
        <div className={styles.figure}>
          <dt>{t("pnbp.booked")}</dt>
          <dd>
            <Money amount={booked} />
          </dd>
        </div>
        <div className={styles.figure}>
          <dt>{t("pnbp.deposited")}</dt>
          <dd>
            <Money amount={deposited} />
          </dd>
        </div>
        <div className={styles.figure}>
          <dt>{t("pnbp.balance")}</dt>
          <dd data-testid="pnbp-balance">{statusCell(monthStatus, Math.abs(outstanding))}</dd>
        </div>
        {row ? (
          <div className={styles.figure}>
            <dt>{t("pnbp.status")}</dt>
            <dd data-testid="pnbp-status">{statusBadge(row)}</dd>
          </div>
        ) : null}
      </dl>
      {monthStatus === "over_deposited" ? (
        <Notice tone="warning">{t("pnbp.overDeposited", { amount: formatRupiah(-outstanding) })}</Notice>
      ) : null}
      {row?.closed && row.closed_at ? (
        <Notice tone="info">{t("pnbp.closedOn", { date: formatDateTime(new Date(row.closed_at), zone, locale) })}</Notice>
      ) : null}
      {row && row.corrections_after_close_count > 0 ? (
        <Notice tone="warning">
          {t("pnbp.corrections", { amount: formatRupiah(row.corrections_after_close), count: row.corrections_after_close_count })}
        </Notice>
      ) : null}

      <h2 className="section-title">{t("channel.title", { month: label })}</h2>
      {channel ? <Notice tone="info">{t("channel.filtered", { channel: channelLabel(channel, locale) })}</Notice> : null}
      {reportError ? <Notice tone="warning">{t("channel.unavailable", { message: reportError })}</Notice> : null}
      {report ? (
        <div data-testid="pnbp-channels">
          <ResponsiveTable caption={t("channel.caption")} columns={channelColumns} rows={channelRows} rowKey={(r) => r.key} />
          <p className="muted">{t("channel.depositsNote")}</p>
        </div>
      ) : null}

      <h2 className="section-title">{t("pnbp.downloads", { month: label })}</h2>
      <div className={styles.downloads} data-testid="pnbp-downloads">
        {(["pdf", "xlsx", "csv"] as const).map((format) => (
          <a key={format} className="button button--secondary" href={download(format)} download data-testid={`download-${format}`}>
            {t(`pnbp.download.${format}`)}
          </a>
        ))}
      </div>

      {single ? (
        <>
          <div className={styles.panels}>
            <div className={styles.panel}>
              {row?.closed ? (
                <Notice tone="info" testId="deposit-closed">
                  {t("deposit.closedMonth", { month: label })}
                </Notice>
              ) : (
                <DepositForm action={recordDepositAction} lapasId={lapasId} periodFrom={days.from} periodTo={days.to} today={today} />
              )}
            </div>
            <div className={styles.panel}>
              {row?.closed ? (
                <Notice tone="info">{t("close.already")}</Notice>
              ) : (
                <CloseMonthForm
                  action={closeMonthAction}
                  lapasId={lapasId}
                  month={month}
                  label={label}
                  preview={preview}
                  openMonthNames={preview?.open_months_before.map((m) => monthLabel(m, locale))}
                />
              )}
            </div>
          </div>
          <h2 className="section-title">{t("pnbp.deposits", { month: label })}</h2>
          <ResponsiveTable
            caption={t("pnbp.depositsCaption")}
            columns={depositColumns}
            rows={deposits}
            rowKey={(d) => d.id}
            empty={<EmptyState title={t("pnbp.noDeposits")} />}
          />
          <h2 className="section-title">{t("pnbp.months")}</h2>
          <ResponsiveTable caption={t("pnbp.monthsCaption")} columns={monthColumns} rows={[...months].reverse()} rowKey={(m) => m.month} />
        </>
      ) : (
        <>
          <Notice tone="info">{t("pnbp.chooseLapas")}</Notice>
          <ResponsiveTable caption={t("pnbp.monthsCaption")} columns={lapasColumns} rows={ofMonth} rowKey={(m) => m.lapas_id} />
        </>
      )}
      {lapasId ? (
        <p>
          <ButtonLink href={`/keuangan/pnbp?bulan=${month}`} variant="ghost">
            {t("ledger.reset")}
          </ButtonLink>
        </p>
      ) : null}
    </>
  )
}
