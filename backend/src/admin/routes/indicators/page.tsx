import type { IndicatorFigure, IndicatorsResponse } from "@karya-binaan/contracts"
import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChartBar } from "@medusajs/icons"
import { Button, Container, Heading, Label, Select, Table, Text } from "@medusajs/ui"
import { keepPreviousData, useQuery } from "@tanstack/react-query"
import type { ReactNode } from "react"
import { useSearchParams } from "react-router-dom"
import { IndicatorsBarChart, type ChartSeries } from "../../components/indicators-bar-chart"
import { IndicatorsKpi, IndicatorsProgress, percentOfBp } from "../../components/indicators-kpi"
import { api, errorMessage, queryKeys } from "../../lib/api"
import { formatRupiah, rupiahNumber } from "../../lib/format"
import { indicatorsApi, indicatorsQueryKeys } from "../../lib/indicators-api"
import { indicatorsMessages as t } from "../../lib/indicators-messages"
import { AdminLink, productPath } from "../../lib/links"
import { messages } from "../../lib/messages"
import { errorStatus } from "../../lib/money-api"
import { todayIn } from "../../lib/money-format"

/** Select items need a non-empty value; this one stands for "every lapas". */
const ALL_LAPAS = "all"
const YEARS_BACK = 5

function useIndicatorParams() {
  const [params, setParams] = useSearchParams()
  const year = Number.parseInt(params.get("year") ?? "", 10)
  const update = (changes: Record<string, string | null>) =>
    setParams((previous) => {
      const next = new URLSearchParams(previous)
      for (const [key, value] of Object.entries(changes)) {
        if (value) next.set(key, value)
        else next.delete(key)
      }
      return next
    })
  return { lapasId: params.get("lapas_id") ?? "", year: Number.isFinite(year) ? year : undefined, update }
}

const seriesOf = (
  data: IndicatorsResponse,
  figures: { figure: IndicatorFigure; fillClass: string; swatchClass: string }[]
): ChartSeries[] =>
  figures.map(({ figure, fillClass, swatchClass }) => ({
    label: t.figures[figure],
    fillClass,
    swatchClass,
    values: data.by_month.map((month) => rupiahNumber(month[figure])),
  }))

const BLUE = { fillClass: "fill-ui-tag-blue-icon", swatchClass: "bg-ui-tag-blue-icon" }
const GREEN = { fillClass: "fill-ui-tag-green-icon", swatchClass: "bg-ui-tag-green-icon" }
const ORANGE = { fillClass: "fill-ui-tag-orange-icon", swatchClass: "bg-ui-tag-orange-icon" }
const PURPLE = { fillClass: "fill-ui-tag-purple-icon", swatchClass: "bg-ui-tag-purple-icon" }

const Dashboard = ({ data, showLapas }: { data: IndicatorsResponse; showLapas: boolean }) => {
  const totals = data.totals
  const target = rupiahNumber(totals.pnbp_target)
  const bookedBp = target > 0 ? Math.floor((Math.max(rupiahNumber(totals.pnbp_booked), 0) * 10_000) / target) : null
  return (
    <>
      <div className="grid grid-cols-1 gap-4 px-6 py-4 sm:grid-cols-2 xl:grid-cols-4">
        <IndicatorsKpi label={t.figures.revenue} value={formatRupiah(totals.revenue)} />
        <IndicatorsKpi label={t.figures.profit} value={formatRupiah(totals.profit)} />
        <IndicatorsKpi label={t.figures.premi_earned} value={formatRupiah(totals.premi_earned)} />
        <IndicatorsKpi label={t.figures.premi_paid} value={formatRupiah(totals.premi_paid)} />
        <IndicatorsKpi label={t.figures.pnbp_booked} value={formatRupiah(totals.pnbp_booked)}>
          {bookedBp !== null ? (
            <IndicatorsProgress bp={bookedBp} label={t.bookedOfTarget(percentOfBp(bookedBp))} barClass="bg-ui-tag-orange-icon" />
          ) : null}
        </IndicatorsKpi>
        <IndicatorsKpi label={t.figures.pnbp_deposited} value={formatRupiah(totals.pnbp_deposited)}>
          {totals.pnbp_target_progress_bp !== null ? (
            <IndicatorsProgress
              bp={totals.pnbp_target_progress_bp}
              label={t.progress(percentOfBp(totals.pnbp_target_progress_bp))}
              barClass="bg-ui-tag-green-icon"
            />
          ) : null}
        </IndicatorsKpi>
        <IndicatorsKpi label={t.target} value={target > 0 ? formatRupiah(totals.pnbp_target) : t.noTarget} />
        <IndicatorsKpi
          label={t.inmatesEarning}
          value={totals.inmates_earning.toLocaleString("id-ID")}
          hint={t.inmatesEarningHint}
        />
      </div>
      <div className="flex flex-col gap-y-6 px-6 py-4">
        <Heading level="h2">{t.charts.title}</Heading>
        <IndicatorsBarChart
          title={t.charts.sales}
          series={seriesOf(data, [
            { figure: "revenue", ...BLUE },
            { figure: "profit", ...GREEN },
          ])}
        />
        <IndicatorsBarChart
          title={t.charts.premi}
          series={seriesOf(data, [
            { figure: "premi_earned", ...PURPLE },
            { figure: "premi_paid", ...BLUE },
          ])}
        />
        <IndicatorsBarChart
          title={t.charts.pnbp}
          series={seriesOf(data, [
            { figure: "pnbp_booked", ...ORANGE },
            { figure: "pnbp_deposited", ...GREEN },
          ])}
        />
      </div>
      <div className="flex flex-col gap-y-1 px-6 py-4">
        <Heading level="h2">{t.bestSellers.title}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {t.bestSellers.subtitle}
        </Text>
      </div>
      {data.best_sellers.length === 0 ? (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          {t.bestSellers.empty}
        </Text>
      ) : (
        <div className="overflow-x-auto">
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>{t.bestSellers.product}</Table.HeaderCell>
                {showLapas ? <Table.HeaderCell>{t.bestSellers.lapas}</Table.HeaderCell> : null}
                <Table.HeaderCell className="text-right">{t.bestSellers.quantity}</Table.HeaderCell>
                <Table.HeaderCell className="text-right">{t.bestSellers.revenue}</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {data.best_sellers.map((row) => (
                <Table.Row key={`${row.lapas_name}:${row.product_id ?? "none"}`}>
                  <Table.Cell>
                    {row.product_id ? (
                      <AdminLink to={productPath(row.product_id)}>
                        {row.title ?? row.product_id}
                      </AdminLink>
                    ) : (
                      (row.title ?? t.bestSellers.unknown)
                    )}
                  </Table.Cell>
                  {showLapas ? <Table.Cell>{row.lapas_name}</Table.Cell> : null}
                  <Table.Cell className="text-right tabular-nums">{row.quantity.toLocaleString("id-ID")}</Table.Cell>
                  <Table.Cell className="text-right tabular-nums">{formatRupiah(row.revenue)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
    </>
  )
}

/** /app/indicators: the indicator dashboard of a lapas, or of every lapas for national users. */
const IndicatorsPage = () => {
  const { lapasId, year: askedYear, update } = useIndicatorParams()
  const me = useQuery({ queryKey: queryKeys.me, queryFn: api.me })
  const role = me.data?.role
  const allowed = role === "national" || role === "finance"
  const isNational = role === "national"
  const currentYear = Number(todayIn(me.data?.lapas?.time_zone ?? "Asia/Jakarta").slice(0, 4))
  const year = askedYear ?? currentYear
  const years = Array.from({ length: YEARS_BACK }, (_, i) => currentYear - i)
  if (!years.includes(year)) years.push(year)

  const lapasList = useQuery({
    queryKey: queryKeys.lapasOptions,
    queryFn: api.listAllLapas,
    enabled: isNational,
  })
  const params = { lapasId: isNational ? lapasId || undefined : undefined, year }
  const indicators = useQuery({
    queryKey: indicatorsQueryKeys.indicators(params),
    queryFn: () => indicatorsApi.get(params),
    enabled: allowed,
    placeholderData: keepPreviousData,
  })
  const status = indicators.isError ? errorStatus(indicators.error) : undefined

  let body: ReactNode
  if (me.isLoading || (allowed && indicators.isLoading)) {
    body = <Text size="small" className="text-ui-fg-subtle px-6 py-4">{messages.common.loading}</Text>
  } else if (me.isError) {
    body = <Text size="small" className="text-ui-fg-error px-6 py-4">{errorMessage(me.error)}</Text>
  } else if (!allowed || status === 403) {
    body = <Text size="small" className="text-ui-fg-subtle px-6 py-4">{t.forbidden}</Text>
  } else if (indicators.isError || !indicators.data) {
    body = (
      <div className="flex items-center justify-between gap-x-4 px-6 py-4">
        <Text size="small" className="text-ui-fg-error">
          {errorMessage(indicators.error)}
        </Text>
        <Button size="small" variant="secondary" onClick={() => indicators.refetch()}>
          {messages.common.retry}
        </Button>
      </div>
    )
  } else {
    body = <Dashboard data={indicators.data} showLapas={indicators.data.lapas === null} />
  }

  const subject = indicators.data?.lapas?.name ?? (isNational && !lapasId ? t.allLapas : me.data?.lapas?.name)
  return (
    <Container className="divide-y p-0">
      <div className="flex flex-col gap-y-1 px-6 py-4">
        <Heading level="h1">{subject ? `${t.title}: ${subject}` : t.title}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {t.subtitle}
        </Text>
      </div>
      {allowed ? (
        <div className="flex flex-col gap-3 px-6 py-4 md:flex-row md:items-end">
          {isNational ? (
            <div className="flex w-full flex-col gap-y-1 md:max-w-[320px]">
              <Label size="xsmall" weight="plus">
                {t.lapas}
              </Label>
              <Select
                size="small"
                value={lapasId || ALL_LAPAS}
                onValueChange={(next) => update({ lapas_id: next === ALL_LAPAS ? null : next })}
              >
                <Select.Trigger aria-label={t.lapas}>
                  <Select.Value placeholder={t.lapas} />
                </Select.Trigger>
                <Select.Content>
                  <Select.Item value={ALL_LAPAS}>{t.allLapas}</Select.Item>
                  {(lapasList.data ?? []).map((row) => (
                    <Select.Item key={row.id} value={row.id}>
                      {row.name}
                    </Select.Item>
                  ))}
                </Select.Content>
              </Select>
            </div>
          ) : null}
          <div className="flex w-full flex-col gap-y-1 md:max-w-[160px]">
            <Label size="xsmall" weight="plus">
              {t.year}
            </Label>
            <Select size="small" value={String(year)} onValueChange={(next) => update({ year: next })}>
              <Select.Trigger aria-label={t.year}>
                <Select.Value placeholder={t.year} />
              </Select.Trigger>
              <Select.Content>
                {years.sort((a, b) => b - a).map((option) => (
                  <Select.Item key={option} value={String(option)}>
                    {option}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          </div>
        </div>
      ) : null}
      {body}
    </Container>
  )
}

export const config = defineRouteConfig({
  label: t.nav,
  icon: ChartBar,
})

export default IndicatorsPage
