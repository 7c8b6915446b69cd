import type { PnbpReconciliationMonth, PnbpReportFormat } from "@karya-binaan/contracts"
import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ReceiptPercent } from "@medusajs/icons"
import {
  Badge,
  Button,
  Container,
  Drawer,
  Heading,
  Input,
  Label,
  Select,
  Table,
  Text,
  Textarea,
  toast,
  usePrompt,
} from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState, type FormEvent, type ReactNode } from "react"
import { useSearchParams } from "react-router-dom"
import { Field } from "../../components/field"
import { api, errorMessage, queryKeys } from "../../lib/api"
import { formatDate, formatRupiah, rupiahNumber } from "../../lib/format"
import { messages } from "../../lib/messages"
import { errorStatus } from "../../lib/money-api"
import { parseRupiahInput, todayIn } from "../../lib/money-format"
import { pnbpApi, pnbpQueryKeys } from "../../lib/pnbp-api"
import { lastDayOf, monthName, monthsBefore, pnbpMessages as t } from "../../lib/pnbp-messages"

const ALL_LAPAS = "all"
const FORMATS: PnbpReportFormat[] = ["pdf", "xlsx", "csv", "json"]

function useParams(defaultTo: string) {
  const [params, setParams] = useSearchParams()
  const to = params.get("to") || defaultTo
  const from = params.get("from") || monthsBefore(to, 5)
  const update = (changes: Record<string, string | null>) =>
    setParams((previous) => {
      const next = new URLSearchParams(previous)
      for (const [key, value] of Object.entries(changes)) {
        if (value) next.set(key, value)
        else next.delete(key)
      }
      return next
    })
  return { lapasId: params.get("lapas_id") ?? "", from, to, update }
}

function StatusBadges({ row }: { row: PnbpReconciliationMonth }) {
  return (
    <div className="flex flex-wrap gap-1">
      {row.over_deposited ? (
        <Badge size="2xsmall" color="red">
          {t.badges.over}
        </Badge>
      ) : rupiahNumber(row.outstanding) > 0 ? (
        <Badge size="2xsmall" color="orange">
          {t.badges.outstanding}
        </Badge>
      ) : (
        <Badge size="2xsmall" color="green">
          {t.badges.settled}
        </Badge>
      )}
      <Badge size="2xsmall" color={row.closed ? "grey" : "blue"}>
        {row.closed ? t.badges.closed : t.badges.open}
      </Badge>
    </div>
  )
}

/** Records a deposit for the chosen (or the finance user's own) lapas. */
function DepositDrawer({ lapasId }: { lapasId: string | null }) {
  const [open, setOpen] = useState(false)
  const firstOfMonth = `${todayIn().slice(0, 8)}01`
  const [form, setForm] = useState({
    period_from: firstOfMonth,
    period_to: todayIn(),
    billing_code: "",
    ntpn: "",
    amount: "",
    deposited_on: todayIn(),
    note: "",
  })
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [serverError, setServerError] = useState<string | null>(null)
  const queryClient = useQueryClient()
  const set = (key: keyof typeof form) => (value: string) => setForm((f) => ({ ...f, [key]: value }))

  const { mutate, isPending } = useMutation({
    mutationFn: pnbpApi.createDeposit,
    onSuccess: () => {
      toast.success(t.deposit.success)
      void queryClient.invalidateQueries({ queryKey: pnbpQueryKeys.all })
      setOpen(false)
      setForm((f) => ({ ...f, billing_code: "", ntpn: "", amount: "", note: "" }))
    },
    onError: (error) => {
      const status = errorStatus(error)
      if (status === 409) setServerError(t.deposit.errors.duplicateNtpn)
      else setServerError(status === 400 ? `${t.deposit.errors.refused} ${errorMessage(error)}` : errorMessage(error))
    },
  })

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const e = t.deposit.errors
    const amount = parseRupiahInput(form.amount)
    const billing = form.billing_code.replace(/[\s-]/g, "")
    const ntpn = form.ntpn.replace(/[\s-]/g, "").toUpperCase()
    const next: Record<string, string> = {}
    if (!/^\d{15}$/.test(billing)) next.billing_code = e.billingCode
    if (!/^[0-9A-Z]{16}$/.test(ntpn)) next.ntpn = e.ntpn
    if (amount === null || amount <= 0) next.amount = e.amount
    if (!form.period_from || !form.period_to || form.period_from > form.period_to) next.period = e.period
    if (!form.deposited_on) next.deposited_on = e.depositedOn
    setErrors(next)
    setServerError(null)
    if (Object.keys(next).length || amount === null) return
    mutate({
      ...(lapasId ? { lapas_id: lapasId } : {}),
      period_from: form.period_from,
      period_to: form.period_to,
      billing_code: billing,
      ntpn,
      amount,
      deposited_on: form.deposited_on,
      note: form.note.trim() || null,
    })
  }

  return (
    <Drawer open={open} onOpenChange={setOpen}>
      <Drawer.Trigger asChild>
        <Button size="small" variant="secondary">
          {t.deposit.open}
        </Button>
      </Drawer.Trigger>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>{t.deposit.title}</Drawer.Title>
          <Drawer.Description className="text-ui-fg-subtle txt-small">{t.deposit.description}</Drawer.Description>
        </Drawer.Header>
        <Drawer.Body className="overflow-y-auto">
          <form id="pnbp-deposit" onSubmit={submit} className="flex flex-col gap-y-4">
            <div className="grid grid-cols-2 gap-3">
              <Field id="pnbp-period-from" label={t.deposit.periodFrom} error={errors.period}>
                <Input id="pnbp-period-from" type="date" value={form.period_from} onChange={(e) => set("period_from")(e.target.value)} />
              </Field>
              <Field id="pnbp-period-to" label={t.deposit.periodTo}>
                <Input id="pnbp-period-to" type="date" value={form.period_to} onChange={(e) => set("period_to")(e.target.value)} />
              </Field>
            </div>
            <Field id="pnbp-billing" label={t.deposit.billingCode} error={errors.billing_code}>
              <Input id="pnbp-billing" inputMode="numeric" value={form.billing_code} onChange={(e) => set("billing_code")(e.target.value)} />
            </Field>
            <Field id="pnbp-ntpn" label={t.deposit.ntpn} error={errors.ntpn}>
              <Input id="pnbp-ntpn" value={form.ntpn} onChange={(e) => set("ntpn")(e.target.value.toUpperCase())} />
            </Field>
            <Field id="pnbp-amount" label={t.deposit.amount} error={errors.amount}>
              <Input id="pnbp-amount" inputMode="numeric" value={form.amount} onChange={(e) => set("amount")(e.target.value)} />
            </Field>
            <Field id="pnbp-deposited-on" label={t.deposit.depositedOn} error={errors.deposited_on}>
              <Input
                id="pnbp-deposited-on"
                type="date"
                value={form.deposited_on}
                max={todayIn("Asia/Jayapura")}
                onChange={(e) => set("deposited_on")(e.target.value)}
              />
            </Field>
            <Field id="pnbp-note" label={t.deposit.note} optional>
              <Textarea id="pnbp-note" value={form.note} maxLength={500} onChange={(e) => set("note")(e.target.value)} />
            </Field>
            {serverError ? (
              <Text size="small" className="text-ui-fg-error" role="alert">
                {serverError}
              </Text>
            ) : null}
          </form>
        </Drawer.Body>
        <Drawer.Footer>
          <Drawer.Close asChild>
            <Button size="small" variant="secondary">
              {t.deposit.cancel}
            </Button>
          </Drawer.Close>
          <Button size="small" type="submit" form="pnbp-deposit" isLoading={isPending}>
            {t.deposit.save}
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}

/** /app/pnbp: reconciliation by month, deposits, closing a month and the report downloads. */
const PnbpPage = () => {
  const me = useQuery({ queryKey: queryKeys.me, queryFn: api.me })
  const role = me.data?.role
  const allowed = role === "national" || role === "finance"
  const isNational = role === "national"
  const { lapasId, from, to, update } = useParams(todayIn().slice(0, 7))
  const scopedLapas = isNational ? lapasId || null : null
  const canWrite = allowed && (!isNational || Boolean(lapasId))
  const queryClient = useQueryClient()
  const prompt = usePrompt()

  const lapasList = useQuery({ queryKey: queryKeys.lapasOptions, queryFn: api.listAllLapas, enabled: isNational })
  const lapasNames = new Map((lapasList.data ?? []).map((row) => [row.id, row.name]))
  const recon = useQuery({
    queryKey: pnbpQueryKeys.reconciliation(scopedLapas, from, to),
    queryFn: () => pnbpApi.reconciliation(scopedLapas, from, to),
    enabled: allowed && from <= to,
  })
  const deposits = useQuery({
    queryKey: pnbpQueryKeys.deposits(scopedLapas),
    queryFn: () => pnbpApi.deposits(scopedLapas),
    enabled: allowed,
  })

  const close = useMutation({
    mutationFn: pnbpApi.closeMonth,
    onSuccess: (_data, variables) => {
      toast.success(t.close.success(monthName(variables.month)))
      void queryClient.invalidateQueries({ queryKey: pnbpQueryKeys.all })
    },
    onError: (error) => toast.error(errorMessage(error)),
  })

  const askClose = async (row: PnbpReconciliationMonth) => {
    const label = monthName(row.month)
    const confirmed = await prompt({
      title: t.close.title(label),
      description: t.close.description(label),
      confirmText: t.close.confirm,
      cancelText: t.close.cancel,
    })
    if (confirmed) close.mutate({ ...(isNational ? { lapas_id: row.lapas_id } : {}), month: row.month })
  }

  const currentMonth = todayIn().slice(0, 7)
  const c = t.columns
  let body: ReactNode
  if (me.isLoading || (allowed && recon.isLoading)) {
    body = <Text size="small" className="text-ui-fg-subtle px-6 py-4">{messages.common.loading}</Text>
  } else if (me.isError) {
    body = <Text size="small" className="text-ui-fg-error px-6 py-4">{errorMessage(me.error)}</Text>
  } else if (!allowed || errorStatus(recon.error) === 403) {
    body = <Text size="small" className="text-ui-fg-subtle px-6 py-4">{t.forbidden}</Text>
  } else if (recon.isError) {
    body = <Text size="small" className="text-ui-fg-error px-6 py-4">{errorMessage(recon.error)}</Text>
  } else {
    const rows = recon.data?.months ?? []
    body = rows.length === 0 ? (
      <Text size="small" className="text-ui-fg-subtle px-6 py-4">{t.empty}</Text>
    ) : (
      <div className="overflow-x-auto">
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{c.month}</Table.HeaderCell>
              {isNational && !lapasId ? <Table.HeaderCell>{c.lapas}</Table.HeaderCell> : null}
              <Table.HeaderCell className="text-right">{c.booked}</Table.HeaderCell>
              <Table.HeaderCell className="text-right">{c.deposited}</Table.HeaderCell>
              <Table.HeaderCell className="text-right">{c.outstanding}</Table.HeaderCell>
              <Table.HeaderCell>{c.status}</Table.HeaderCell>
              <Table.HeaderCell className="text-right">{c.corrections}</Table.HeaderCell>
              <Table.HeaderCell>{c.actions}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {rows.map((row) => (
              <Table.Row key={`${row.lapas_id}-${row.month}`}>
                <Table.Cell>{monthName(row.month)}</Table.Cell>
                {isNational && !lapasId ? <Table.Cell>{lapasNames.get(row.lapas_id) ?? row.handle}</Table.Cell> : null}
                <Table.Cell className="text-right tabular-nums">{formatRupiah(row.booked)}</Table.Cell>
                <Table.Cell className="text-right tabular-nums">{formatRupiah(row.deposited)}</Table.Cell>
                <Table.Cell className={row.over_deposited ? "text-ui-fg-error text-right tabular-nums" : "text-right tabular-nums"}>
                  {formatRupiah(row.outstanding)}
                </Table.Cell>
                <Table.Cell>
                  <StatusBadges row={row} />
                </Table.Cell>
                <Table.Cell className="text-right tabular-nums">
                  {row.corrections_after_close_count ? formatRupiah(row.corrections_after_close) : messages.common.empty}
                </Table.Cell>
                <Table.Cell>
                  {!row.closed && row.month < currentMonth && (!isNational || lapasId) ? (
                    <Button size="small" variant="secondary" isLoading={close.isPending} onClick={() => void askClose(row)}>
                      {t.close.action}
                    </Button>
                  ) : null}
                </Table.Cell>
              </Table.Row>
            ))}
            <Table.Row>
              <Table.Cell className="font-medium">{t.totals}</Table.Cell>
              {isNational && !lapasId ? <Table.Cell /> : null}
              <Table.Cell className="text-right tabular-nums font-medium">{formatRupiah(recon.data?.totals.booked)}</Table.Cell>
              <Table.Cell className="text-right tabular-nums font-medium">{formatRupiah(recon.data?.totals.deposited)}</Table.Cell>
              <Table.Cell className="text-right tabular-nums font-medium">{formatRupiah(recon.data?.totals.outstanding)}</Table.Cell>
              <Table.Cell />
              <Table.Cell />
              <Table.Cell />
            </Table.Row>
          </Table.Body>
        </Table>
      </div>
    )
  }

  const reportFrom = `${from}-01`
  const reportTo = lastDayOf(to)
  const depositRows = deposits.data?.pnbp_deposits ?? []

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-col gap-y-1 px-6 py-4">
        <Heading level="h1">{t.title}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {t.subtitle}
        </Text>
      </div>
      {allowed ? (
        <div className="flex flex-col gap-3 px-6 py-4 md:flex-row md:items-end">
          {isNational ? (
            <div className="flex w-full flex-col gap-y-1 md:max-w-[280px]">
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
          <div className="flex flex-col gap-y-1">
            <Label htmlFor="pnbp-from" size="xsmall" weight="plus">
              {t.fromMonth}
            </Label>
            <Input id="pnbp-from" type="month" size="small" value={from} max={to} onChange={(e) => update({ from: e.target.value || null })} />
          </div>
          <div className="flex flex-col gap-y-1">
            <Label htmlFor="pnbp-to" size="xsmall" weight="plus">
              {t.toMonth}
            </Label>
            <Input id="pnbp-to" type="month" size="small" value={to} min={from} onChange={(e) => update({ to: e.target.value || null })} />
          </div>
          <div className="md:ml-auto">
            {canWrite ? (
              <DepositDrawer lapasId={scopedLapas} />
            ) : (
              <Text size="xsmall" className="text-ui-fg-subtle">
                {t.chooseLapas}
              </Text>
            )}
          </div>
        </div>
      ) : null}
      {body}
      {allowed ? (
        <div className="flex flex-col gap-y-2 px-6 py-4">
          <Text size="small" weight="plus">
            {t.report.title}
          </Text>
          <Text size="xsmall" className="text-ui-fg-subtle">
            {t.report.description} ({formatDate(reportFrom)} – {formatDate(reportTo)})
          </Text>
          <div className="flex flex-wrap gap-2">
            {FORMATS.map((format) => (
              <Button key={format} size="small" variant="secondary" asChild>
                <a href={pnbpApi.reportUrl(scopedLapas, reportFrom, reportTo, format)} download>
                  {t.report.formats[format]}
                </a>
              </Button>
            ))}
          </div>
        </div>
      ) : null}
      {allowed ? (
        <div className="flex flex-col gap-y-2 px-6 py-4">
          <Text size="small" weight="plus">
            {t.deposits.title}
          </Text>
          {depositRows.length === 0 ? (
            <Text size="small" className="text-ui-fg-subtle">
              {t.deposits.empty}
            </Text>
          ) : (
            <div className="overflow-x-auto">
              <Table>
                <Table.Header>
                  <Table.Row>
                    <Table.HeaderCell>{t.deposits.depositedOn}</Table.HeaderCell>
                    {isNational && !lapasId ? <Table.HeaderCell>{c.lapas}</Table.HeaderCell> : null}
                    <Table.HeaderCell>{t.deposits.period}</Table.HeaderCell>
                    <Table.HeaderCell>{t.deposits.billingCode}</Table.HeaderCell>
                    <Table.HeaderCell>{t.deposits.ntpn}</Table.HeaderCell>
                    <Table.HeaderCell className="text-right">{t.deposits.amount}</Table.HeaderCell>
                  </Table.Row>
                </Table.Header>
                <Table.Body>
                  {depositRows.map((d) => (
                    <Table.Row key={d.id}>
                      <Table.Cell>{formatDate(d.deposited_on)}</Table.Cell>
                      {isNational && !lapasId ? <Table.Cell>{lapasNames.get(d.lapas_id) ?? d.lapas_id}</Table.Cell> : null}
                      <Table.Cell>
                        {formatDate(d.period_from)} – {formatDate(d.period_to)}
                      </Table.Cell>
                      <Table.Cell className="font-mono">{d.billing_code}</Table.Cell>
                      <Table.Cell className="font-mono">{d.ntpn}</Table.Cell>
                      <Table.Cell className="text-right tabular-nums">{formatRupiah(d.amount)}</Table.Cell>
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table>
            </div>
          )}
        </div>
      ) : null}
    </Container>
  )
}

export const config = defineRouteConfig({
  label: t.nav,
  icon: ReceiptPercent,
})

export default PnbpPage
