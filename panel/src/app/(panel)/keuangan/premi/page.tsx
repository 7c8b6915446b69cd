import type { PremiInmate, PremiPayoutRow } from "@karya-binaan/contracts"
import { toRupiahBigInt } from "@karya-binaan/shares"
import type { Metadata } from "next"
import { Badge } from "@/components/badge"
import { DateTime } from "@/components/date-time"
import { EmptyState } from "@/components/empty-state"
import { Money } from "@/components/money"
import { PageHeader } from "@/components/page-header"
import { ResponsiveTable } from "@/components/responsive-table"
import { premiMessages } from "@/i18n/premi"
import { getLocale, getT } from "@/i18n/server"
import { listPayouts, premiBalances } from "@/lib/data/premi"
import { requireSection } from "@/lib/data/session"
import { createPayoutAction } from "./actions"
import { statementPeriod, todayIn } from "./form-data"
import styles from "./premi.module.css"
import { PayoutForm } from "./payout-form"

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT(premiMessages)
  return { title: t("page.title") }
}

type Search = { dari?: string; sampai?: string }

const dayAsDate = (day: string) => new Date(`${day}T05:00:00Z`)

/** Premi per inmate (finance of the lapas; national members see every lapas), payouts and statements. */
export default async function PremiPage({ searchParams }: { searchParams: Promise<Search> }) {
  const member = await requireSection("finance")
  const t = await getT(premiMessages)
  const locale = await getLocale()
  const zone = member.lapas?.time_zone ?? "Asia/Jakarta"
  const today = todayIn(zone)
  const period = statementPeriod(await searchParams, today)
  const [balances, payouts] = await Promise.all([premiBalances(), listPayouts({ limit: 20 })])
  const codes = new Map(balances.inmates.map((i) => [i.id, i.code]))
  const payees = balances.inmates.filter((i) => toRupiahBigInt(i.outstanding) > 0n)
  const statementHref = (id: string) => `/keuangan/premi/laporan/${id}?dari=${period.from}&sampai=${period.to}`

  return (
    <>
      <PageHeader title={t("page.title")} description={t("page.description")} />
      <dl className={styles.totals} data-testid="premi-totals">
        <div>
          <dt>{t("totals.earned")}</dt>
          <dd>
            <Money amount={balances.totals.earned} />
          </dd>
        </div>
        <div>
          <dt>{t("totals.paid")}</dt>
          <dd>
            <Money amount={balances.totals.paid} />
          </dd>
        </div>
        <div>
          <dt>{t("totals.outstanding")}</dt>
          <dd>
            <Money amount={balances.totals.outstanding} />
          </dd>
        </div>
        {balances.totals.unallocated !== null ? (
          <div>
            <dt>{t("totals.unallocated")}</dt>
            <dd>
              <Money amount={balances.totals.unallocated} />
            </dd>
          </div>
        ) : null}
      </dl>
      <div className={styles.sections}>
        <section className={`card ${styles.aside}`} aria-labelledby="payout-title">
          <h2 id="payout-title" className="section-title">
            {t("payout.title")}
          </h2>
          <p className="muted">{t("payout.intro")}</p>
          <PayoutForm
            action={createPayoutAction}
            today={today}
            payees={payees.map((p) => ({ id: p.id, code: p.code, outstanding: p.outstanding }))}
          />
        </section>
        <div>
          <section aria-labelledby="balances-title">
            <h2 id="balances-title" className="section-title">
              {t("balances.title")}
            </h2>
            <form className={styles.search} action="/keuangan/premi" aria-label={t("period.title")}>
              <div className="field">
                <label className="field__label" htmlFor="period-from">
                  {t("period.from")}
                </label>
                <input id="period-from" type="date" name="dari" className="field__input" defaultValue={period.from} max={today} />
              </div>
              <div className="field">
                <label className="field__label" htmlFor="period-to">
                  {t("period.to")}
                </label>
                <input id="period-to" type="date" name="sampai" className="field__input" defaultValue={period.to} max={today} />
              </div>
              <button type="submit" className="button button--secondary">
                {t("period.apply")}
              </button>
            </form>
            <p className="muted">
              {t("period.current", {
                from: new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "id-ID", { dateStyle: "long", timeZone: zone }).format(dayAsDate(period.from)),
                to: new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "id-ID", { dateStyle: "long", timeZone: zone }).format(dayAsDate(period.to)),
              })}
            </p>
            <ResponsiveTable<PremiInmate>
              caption={t("balances.caption")}
              rows={balances.inmates}
              rowKey={(row) => row.id}
              empty={<EmptyState title={t("balances.empty")} />}
              columns={[
                { key: "code", header: t("balances.code"), primary: true, cell: (row) => <strong className={styles.nowrap}>{row.code}</strong> },
                { key: "name", header: t("balances.name"), cell: (row) => row.display_name ?? "—" },
                {
                  key: "status",
                  header: t("balances.status"),
                  cell: (row) => <Badge tone={row.status === "active" ? "success" : "neutral"}>{t(`status.${row.status}`)}</Badge>,
                },
                { key: "earned", header: t("balances.earned"), align: "end", cell: (row) => <Money amount={row.earned} /> },
                { key: "paid", header: t("balances.paid"), align: "end", cell: (row) => <Money amount={row.paid} /> },
                {
                  key: "outstanding",
                  header: t("balances.outstanding"),
                  align: "end",
                  cell: (row) => <Money amount={row.outstanding} />,
                },
                {
                  key: "statement",
                  header: t("balances.statement"),
                  align: "end",
                  cell: (row) => (
                    <a className={styles.nowrap} href={statementHref(row.id)} aria-label={t("balances.downloadFor", { code: row.code })} download>
                      {t("balances.download")}
                    </a>
                  ),
                },
              ]}
            />
          </section>
          <section aria-labelledby="payouts-title">
            <h2 id="payouts-title" className="section-title">
              {t("payouts.title")}
            </h2>
            <ResponsiveTable<PremiPayoutRow>
              caption={t("payouts.caption")}
              rows={payouts.payouts}
              rowKey={(row) => row.id}
              empty={<EmptyState title={t("payouts.empty")} />}
              columns={[
                {
                  key: "date",
                  header: t("payouts.date"),
                  primary: true,
                  cell: (row) => <DateTime value={dayAsDate(row.paid_on)} timeZone={zone} locale={locale} dateOnly />,
                },
                { key: "inmate", header: t("payouts.inmate"), cell: (row) => row.inmate_code ?? codes.get(row.inmate_id) ?? "—" },
                { key: "amount", header: t("payouts.amount"), align: "end", cell: (row) => <Money amount={row.amount} /> },
                { key: "method", header: t("payouts.method"), cell: (row) => t(`payout.method.${row.method}`) },
                { key: "note", header: t("payouts.note"), cell: (row) => row.note ?? "" },
              ]}
            />
          </section>
        </div>
      </div>
    </>
  )
}
