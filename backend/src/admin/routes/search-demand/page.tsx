import type { LapasTimeZone, QueryDemand, SearchDemandResponse } from "@karya-binaan/contracts"
import { defineRouteConfig } from "@medusajs/admin-sdk"
import { MagnifyingGlass } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Input, Label, Select, Table, Text } from "@medusajs/ui"
import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { useState, type FormEvent, type ReactNode } from "react"
import { useSearchParams } from "react-router-dom"
import { IndicatorsKpi } from "../../components/indicators-kpi"
import { api, errorMessage, queryKeys } from "../../lib/api"
import { messages } from "../../lib/messages"
import { todayIn } from "../../lib/money-format"
import { searchDemandApi, searchDemandQueryKeys } from "../../lib/search-demand-api"
import { searchDemandMessages as t } from "../../lib/search-demand-messages"
import { SearchDemandChart } from "./daily-chart"

/** Select items need a non-empty value; this one stands for "every search nationally". */
const NATIONAL = "national"
const PRESETS = ["7", "30", "90"] as const
const DEFAULT_PRESET = "30"
const CUSTOM = "custom"
const FEW_OPTIONS = [0, 1, 2, 5, 10]
const DEFAULT_FEW = 2
const MAX_DAYS = 366
/** Rows asked for: every unmet query of a normal month fits; the top list shows the first TOP_ROWS. */
const LIMIT = 50
const TOP_ROWS = 20

const ZONE_LABEL: Record<string, string> = messages.labels.timeZone

/** The calendar day `days` days before `day`. */
function daysBefore(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10)
}

function useDemandParams() {
  const [params, setParams] = useSearchParams()
  const update = (changes: Record<string, string | null>) =>
    setParams((previous) => {
      const next = new URLSearchParams(previous)
      for (const [key, value] of Object.entries(changes)) {
        if (value) next.set(key, value)
        else next.delete(key)
      }
      return next
    })
  const from = params.get("from") ?? ""
  const to = params.get("to") ?? ""
  const asked = params.get("days") ?? ""
  const preset = from && to ? CUSTOM : (PRESETS as readonly string[]).includes(asked) ? asked : DEFAULT_PRESET
  const few = Number.parseInt(params.get("few") ?? "", 10)
  return {
    lapasId: params.get("lapas_id") ?? "",
    preset,
    from,
    to,
    few: FEW_OPTIONS.includes(few) ? few : DEFAULT_FEW,
    update,
  }
}

/** How many products the latest search found, red when none, orange when few. */
const ResultBadge = ({ count, few }: { count: number; few: number }) => (
  <Badge size="2xsmall" color={count === 0 ? "red" : count <= few ? "orange" : "green"}>
    {t.results(count)}
  </Badge>
)

const QueryTable = ({
  rows,
  few,
  empty,
  highlightZero,
}: {
  rows: QueryDemand[]
  few: number
  empty: string
  highlightZero: boolean
}) =>
  rows.length === 0 ? (
    <Text size="small" className="text-ui-fg-subtle px-6 py-4">
      {empty}
    </Text>
  ) : (
    <div className="overflow-x-auto">
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>{t.columns.query}</Table.HeaderCell>
            <Table.HeaderCell className="text-right">{t.columns.searches}</Table.HeaderCell>
            <Table.HeaderCell className="text-right">{t.columns.lastResults}</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {rows.map((row) => (
            <Table.Row
              key={row.query}
              className={highlightZero && row.last_result_count === 0 ? "bg-ui-tag-red-bg" : undefined}
            >
              <Table.Cell className="font-medium">{row.query}</Table.Cell>
              <Table.Cell className="text-right tabular-nums">{t.count(row.searches)}</Table.Cell>
              <Table.Cell className="text-right">
                <ResultBadge count={row.last_result_count} few={few} />
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  )

const Report = ({ data }: { data: SearchDemandResponse }) => {
  const { totals } = data
  const zeroShare =
    totals.searches > 0
      ? `${((totals.zero_result_searches * 100) / totals.searches).toLocaleString("id-ID", { maximumFractionDigits: 1 })} %`
      : null
  return (
    <>
      <div className="grid grid-cols-1 gap-4 px-6 py-4 sm:grid-cols-3">
        <IndicatorsKpi label={t.kpi.searches} value={t.count(totals.searches)} />
        <IndicatorsKpi
          label={t.kpi.zero}
          value={t.count(totals.zero_result_searches)}
          hint={zeroShare ? t.kpi.zeroShare(zeroShare) : undefined}
        />
        <IndicatorsKpi label={t.kpi.distinct} value={t.count(totals.distinct_queries)} />
      </div>
      <div className="px-6 py-4">
        <SearchDemandChart days={data.daily} />
      </div>
      <div className="flex flex-col gap-y-1 px-6 py-4">
        <Heading level="h2">{t.unmet.title}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {t.unmet.subtitle(data.few)}
        </Text>
      </div>
      <QueryTable
        rows={data.unmet_queries}
        few={data.few}
        empty={totals.searches === 0 ? t.top.empty : t.unmet.empty}
        highlightZero
      />
      <div className="flex flex-col gap-y-1 px-6 py-4">
        <Heading level="h2">{t.top.title}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {t.top.subtitle}
        </Text>
      </div>
      <QueryTable rows={data.top_queries.slice(0, TOP_ROWS)} few={data.few} empty={t.top.empty} highlightZero={false} />
    </>
  )
}

/** From/to inputs of a chosen period, applied together so a half-typed period never loads. */
const CustomPeriod = ({
  from,
  to,
  max,
  onApply,
}: {
  from: string
  to: string
  max: string
  onApply: (from: string, to: string) => void
}) => {
  const [draft, setDraft] = useState({ from, to })
  const [error, setError] = useState<string | null>(null)
  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (!draft.from || !draft.to || draft.from > draft.to) return setError(t.errors.period)
    const days = (Date.parse(draft.to) - Date.parse(draft.from)) / 86_400_000 + 1
    if (days > MAX_DAYS) return setError(t.errors.tooLong)
    setError(null)
    onApply(draft.from, draft.to)
  }
  return (
    <form onSubmit={submit} className="flex flex-col gap-y-1">
      <div className="flex flex-wrap items-end gap-3">
        <div className="flex flex-col gap-y-1">
          <Label size="xsmall" weight="plus" htmlFor="search-demand-from">
            {t.from}
          </Label>
          <Input
            id="search-demand-from"
            size="small"
            type="date"
            value={draft.from}
            max={max}
            onChange={(e) => setDraft((d) => ({ ...d, from: e.target.value }))}
          />
        </div>
        <div className="flex flex-col gap-y-1">
          <Label size="xsmall" weight="plus" htmlFor="search-demand-to">
            {t.to}
          </Label>
          <Input
            id="search-demand-to"
            size="small"
            type="date"
            value={draft.to}
            max={max}
            onChange={(e) => setDraft((d) => ({ ...d, to: e.target.value }))}
          />
        </div>
        <Button size="small" variant="secondary" type="submit">
          {t.apply}
        </Button>
      </div>
      {error ? (
        <Text size="xsmall" className="text-ui-fg-error" role="alert">
          {error}
        </Text>
      ) : null}
    </form>
  )
}

/** /app/search-demand: what buyers searched for and did not find, nationally or for one lapas. */
const SearchDemandPage = () => {
  const { lapasId, preset, from: askedFrom, to: askedTo, few, update } = useDemandParams()
  const me = useQuery({ queryKey: queryKeys.me, queryFn: api.me })
  const role = me.data?.role
  const isNational = role === "national"
  const lapasList = useQuery({
    queryKey: queryKeys.lapasOptions,
    queryFn: api.listAllLapas,
    enabled: isNational,
  })

  // Lapas users choose between the national figures and their own lapas.
  const options = isNational ? (lapasList.data ?? []) : me.data?.lapas ? [me.data.lapas] : []
  const selected = lapasId ? options.find((l) => l.id === lapasId) : undefined
  const zone: LapasTimeZone = selected?.time_zone ?? "Asia/Jakarta"
  const today = todayIn(zone)
  const custom = preset === CUSTOM
  const from = custom ? askedFrom : daysBefore(today, Number(preset) - 1)
  const to = custom ? askedTo : today

  const params = { lapasId: lapasId || undefined, from, to, few, limit: LIMIT }
  const report = useQuery({
    queryKey: searchDemandQueryKeys.report(params),
    queryFn: () => searchDemandApi.get(params),
    // A lapas named in the address waits for the lapas list (its time zone sets "today"); one
    // the list lacks is asked anyway, so the server says why it cannot be shown.
    enabled: !!role && (!lapasId || !!selected || !isNational || lapasList.isFetched),
    placeholderData: keepPreviousData,
  })

  let body: ReactNode
  if (me.isLoading || report.isLoading || (!!lapasId && !selected && isNational && !lapasList.isFetched)) {
    body = <Text size="small" className="text-ui-fg-subtle px-6 py-4">{messages.common.loading}</Text>
  } else if (me.isError) {
    body = <Text size="small" className="text-ui-fg-error px-6 py-4">{errorMessage(me.error)}</Text>
  } else if (report.isError || !report.data) {
    body = (
      <div className="flex items-center justify-between gap-x-4 px-6 py-4">
        <Text size="small" className="text-ui-fg-error" role="alert">
          {report.isError ? errorMessage(report.error) : messages.common.genericError}
        </Text>
        <Button size="small" variant="secondary" onClick={() => report.refetch()}>
          {t.retry}
        </Button>
      </div>
    )
  } else {
    body = <Report data={report.data} />
  }

  const data = report.data
  const subject = data ? (data.lapas?.name ?? t.national) : undefined
  return (
    <Container className="divide-y p-0">
      <div className="flex flex-col gap-y-1 px-6 py-4">
        <Heading level="h1">{subject ? `${t.title}: ${subject}` : t.title}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {t.subtitle}
        </Text>
        {data ? (
          <Text size="xsmall" className="text-ui-fg-muted">
            {data.lapas ? t.lapasHint(data.lapas.name) : t.nationalHint}{" "}
            {t.periodLabel(data.period.from, data.period.to, ZONE_LABEL[data.period.time_zone] ?? data.period.time_zone)}
          </Text>
        ) : null}
      </div>
      <div className="flex flex-col gap-3 px-6 py-4 md:flex-row md:flex-wrap md:items-end">
        {role ? (
          <div className="flex w-full flex-col gap-y-1 md:max-w-[320px]">
            <Label size="xsmall" weight="plus">
              {t.lapas}
            </Label>
            <Select
              size="small"
              value={lapasId || NATIONAL}
              onValueChange={(next) => update({ lapas_id: next === NATIONAL ? null : next })}
            >
              <Select.Trigger aria-label={t.lapas}>
                <Select.Value placeholder={t.lapas} />
              </Select.Trigger>
              <Select.Content>
                <Select.Item value={NATIONAL}>{t.national}</Select.Item>
                {options.map((row) => (
                  <Select.Item key={row.id} value={row.id}>
                    {row.name}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          </div>
        ) : null}
        <div className="flex w-full flex-col gap-y-1 md:max-w-[200px]">
          <Label size="xsmall" weight="plus">
            {t.period}
          </Label>
          <Select
            size="small"
            value={preset}
            onValueChange={(next) =>
              next === CUSTOM
                ? update({ days: null, from: from || daysBefore(today, 29), to: to || today })
                : update({ days: next === DEFAULT_PRESET ? null : next, from: null, to: null })
            }
          >
            <Select.Trigger aria-label={t.period}>
              <Select.Value placeholder={t.period} />
            </Select.Trigger>
            <Select.Content>
              {[...PRESETS, CUSTOM].map((option) => (
                <Select.Item key={option} value={option}>
                  {t.periods[option]}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </div>
        <div className="flex w-full flex-col gap-y-1 md:max-w-[180px]">
          <Label size="xsmall" weight="plus">
            {t.few}
          </Label>
          <Select
            size="small"
            value={String(few)}
            onValueChange={(next) => update({ few: Number(next) === DEFAULT_FEW ? null : next })}
          >
            <Select.Trigger aria-label={t.few}>
              <Select.Value placeholder={t.few} />
            </Select.Trigger>
            <Select.Content>
              {FEW_OPTIONS.map((option) => (
                <Select.Item key={option} value={String(option)}>
                  {t.fewOption(option)}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </div>
        {custom ? (
          <CustomPeriod
            key={`${from}:${to}`}
            from={from}
            to={to}
            max={today}
            onApply={(nextFrom, nextTo) => update({ from: nextFrom, to: nextTo })}
          />
        ) : null}
      </div>
      {body}
    </Container>
  )
}

export const config = defineRouteConfig({
  label: t.nav,
  icon: MagnifyingGlass,
})

export default SearchDemandPage
