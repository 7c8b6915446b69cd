import type { PayoutMethod, PremiInmate, PremiStatementFormat, Rupiah } from "@karya-binaan/contracts"
import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Users } from "@medusajs/icons"
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
} from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState, type FormEvent, type ReactNode } from "react"
import { useSearchParams } from "react-router-dom"
import { Field } from "../../components/field"
import { api, errorMessage, queryKeys } from "../../lib/api"
import { formatRupiah, rupiahNumber } from "../../lib/format"
import { messages } from "../../lib/messages"
import { errorStatus } from "../../lib/money-api"
import { parseRupiahInput, todayIn } from "../../lib/money-format"
import { premiApi, premiQueryKeys } from "../../lib/premi-api"
import { premiMessages as t } from "../../lib/premi-messages"

const METHODS: PayoutMethod[] = ["cash_inside", "savings_account", "on_release"]

/** The first day of this month, "YYYY-MM-01", in WIB. */
const firstOfMonth = () => `${todayIn().slice(0, 8)}01`

/** Records a payout for one inmate; the server refuses more than the outstanding balance. */
function PayoutDrawer({ inmate, lapasKey }: { inmate: PremiInmate; lapasKey: string | null }) {
  const [open, setOpen] = useState(false)
  const [amount, setAmount] = useState("")
  const [paidOn, setPaidOn] = useState(todayIn())
  const [method, setMethod] = useState<PayoutMethod>("cash_inside")
  const [note, setNote] = useState("")
  const [errors, setErrors] = useState<{ amount?: string; paid_on?: string }>({})
  const [serverError, setServerError] = useState<string | null>(null)
  const queryClient = useQueryClient()

  const reset = () => {
    setAmount("")
    setPaidOn(todayIn())
    setMethod("cash_inside")
    setNote("")
    setErrors({})
    setServerError(null)
  }

  const { mutate, isPending } = useMutation({
    mutationFn: premiApi.createPayout,
    onSuccess: () => {
      toast.success(t.payout.success)
      void queryClient.invalidateQueries({ queryKey: premiQueryKeys.inmates(lapasKey) })
      setOpen(false)
      reset()
    },
    onError: (error) => setServerError(errorMessage(error)),
  })

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const value = parseRupiahInput(amount)
    const next: typeof errors = {}
    if (value === null || value <= 0) next.amount = t.payout.amountInvalid
    else if (value > rupiahNumber(inmate.outstanding)) next.amount = t.payout.amountTooHigh
    if (!paidOn) next.paid_on = t.payout.paidOnRequired
    setErrors(next)
    setServerError(null)
    if (Object.keys(next).length || value === null) return
    mutate({ inmate_id: inmate.id, amount: value, paid_on: paidOn, method, note: note.trim() || null })
  }

  return (
    <Drawer
      open={open}
      onOpenChange={(next) => {
        setOpen(next)
        if (!next) reset()
      }}
    >
      <Drawer.Trigger asChild>
        <Button size="small" variant="secondary" disabled={rupiahNumber(inmate.outstanding) <= 0}>
          {t.payout.open}
        </Button>
      </Drawer.Trigger>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>{t.payout.title(inmate.code)}</Drawer.Title>
          <Drawer.Description className="text-ui-fg-subtle txt-small">
            {t.payout.description(formatRupiah(inmate.outstanding))}
          </Drawer.Description>
        </Drawer.Header>
        <Drawer.Body className="overflow-y-auto">
          <form id={`premi-payout-${inmate.id}`} onSubmit={submit} className="flex flex-col gap-y-4">
            <Field id="payout-amount" label={t.payout.amount} error={errors.amount}>
              <Input
                id="payout-amount"
                inputMode="numeric"
                value={amount}
                onChange={(e) => setAmount(e.target.value)}
                aria-invalid={!!errors.amount}
              />
            </Field>
            <Field id="payout-paid-on" label={t.payout.paidOn} error={errors.paid_on}>
              <Input
                id="payout-paid-on"
                type="date"
                value={paidOn}
                max={todayIn("Asia/Jayapura")}
                onChange={(e) => setPaidOn(e.target.value)}
                aria-invalid={!!errors.paid_on}
              />
            </Field>
            <Field id="payout-method" label={t.payout.method}>
              <Select value={method} onValueChange={(value) => setMethod(value as PayoutMethod)}>
                <Select.Trigger id="payout-method">
                  <Select.Value />
                </Select.Trigger>
                <Select.Content>
                  {METHODS.map((m) => (
                    <Select.Item key={m} value={m}>
                      {t.methods[m]}
                    </Select.Item>
                  ))}
                </Select.Content>
              </Select>
            </Field>
            <Field id="payout-note" label={t.payout.note} optional>
              <Textarea id="payout-note" value={note} maxLength={500} onChange={(e) => setNote(e.target.value)} />
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
            <Button size="small" variant="secondary" type="button">
              {t.payout.cancel}
            </Button>
          </Drawer.Close>
          <Button size="small" type="submit" form={`premi-payout-${inmate.id}`} isLoading={isPending}>
            {isPending ? t.payout.saving : t.payout.save}
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}

function StatementButtons({ inmate, from, to }: { inmate: PremiInmate; from: string; to: string }) {
  const [busy, setBusy] = useState<PremiStatementFormat | null>(null)
  const download = async (format: PremiStatementFormat) => {
    setBusy(format)
    try {
      await premiApi.downloadStatement(inmate, from, to, format)
    } catch (error) {
      toast.error(`${t.statement.failed} ${errorMessage(error)}`)
    } finally {
      setBusy(null)
    }
  }
  return (
    <>
      <Button size="small" variant="transparent" isLoading={busy === "json"} onClick={() => download("json")}>
        {t.statement.json}
      </Button>
      <Button size="small" variant="transparent" isLoading={busy === "pdf"} onClick={() => download("pdf")}>
        {t.statement.pdf}
      </Button>
    </>
  )
}

/** /app/premi: premi balances of every inmate of a lapas, payouts and statements. Finance and national users. */
const PremiPage = () => {
  const [params, setParams] = useSearchParams()
  const me = useQuery({ queryKey: queryKeys.me, queryFn: api.me })
  const role = me.data?.role
  const allowed = role === "national" || role === "finance"
  const isNational = role === "national"
  const lapasList = useQuery({ queryKey: queryKeys.lapasOptions, queryFn: api.listAllLapas, enabled: isNational })
  const chosenLapas = params.get("lapas_id") ?? ""
  const lapasKey = isNational ? chosenLapas || null : null
  const from = params.get("from") ?? firstOfMonth()
  const to = params.get("to") ?? todayIn()
  const update = (changes: Record<string, string | null>) =>
    setParams((previous) => {
      const next = new URLSearchParams(previous)
      for (const [key, value] of Object.entries(changes)) {
        if (value) next.set(key, value)
        else next.delete(key)
      }
      return next
    })

  const inmates = useQuery({
    queryKey: premiQueryKeys.inmates(lapasKey),
    queryFn: () => premiApi.inmates(lapasKey),
    enabled: allowed && (!isNational || !!chosenLapas),
  })
  const status = inmates.isError ? errorStatus(inmates.error) : undefined
  const c = t.columns

  let body: ReactNode
  if (me.isLoading) {
    body = <Text size="small" className="text-ui-fg-subtle px-6 py-4">{messages.common.loading}</Text>
  } else if (me.isError) {
    body = <Text size="small" className="text-ui-fg-error px-6 py-4">{errorMessage(me.error)}</Text>
  } else if (!allowed || status === 403) {
    body = <Text size="small" className="text-ui-fg-subtle px-6 py-4">{t.forbidden}</Text>
  } else if (isNational && !chosenLapas) {
    body = <Text size="small" className="text-ui-fg-subtle px-6 py-4">{t.chooseLapas}</Text>
  } else if (inmates.isLoading) {
    body = <Text size="small" className="text-ui-fg-subtle px-6 py-4">{messages.common.loading}</Text>
  } else if (inmates.isError) {
    body = (
      <div className="flex items-center justify-between gap-x-4 px-6 py-4">
        <Text size="small" className="text-ui-fg-error">{errorMessage(inmates.error)}</Text>
        <Button size="small" variant="secondary" onClick={() => inmates.refetch()}>
          {messages.common.retry}
        </Button>
      </div>
    )
  } else {
    const data = inmates.data!
    const totals: [string, Rupiah | null][] = [
      [t.totals.earned, data.totals.earned],
      [t.totals.paid, data.totals.paid],
      [t.totals.outstanding, data.totals.outstanding],
      [t.totals.booked, data.totals.booked],
      [t.totals.unallocated, data.totals.unallocated],
    ]
    body = (
      <>
        <div className="grid grid-cols-1 gap-4 px-6 py-4 sm:grid-cols-3 lg:grid-cols-5">
          {totals.map(([label, value]) => (
            <div key={label} className="flex flex-col">
              <Text size="xsmall" className="text-ui-fg-subtle">{label}</Text>
              <Text size="base" weight="plus" className="tabular-nums">{formatRupiah(value)}</Text>
            </div>
          ))}
        </div>
        {data.inmates.length === 0 ? (
          <Text size="small" className="text-ui-fg-subtle px-6 py-4">{t.empty}</Text>
        ) : (
          <div className="overflow-x-auto">
            <Table>
              <Table.Header>
                <Table.Row>
                  <Table.HeaderCell>{c.code}</Table.HeaderCell>
                  <Table.HeaderCell>{c.name}</Table.HeaderCell>
                  <Table.HeaderCell>{c.status}</Table.HeaderCell>
                  <Table.HeaderCell className="text-right">{c.earned}</Table.HeaderCell>
                  <Table.HeaderCell className="text-right">{c.paid}</Table.HeaderCell>
                  <Table.HeaderCell className="text-right">{c.outstanding}</Table.HeaderCell>
                  <Table.HeaderCell>{c.actions}</Table.HeaderCell>
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {data.inmates.map((inmate) => (
                  <Table.Row key={inmate.id}>
                    <Table.Cell className="font-mono">{inmate.code}</Table.Cell>
                    <Table.Cell>{inmate.display_name ?? messages.common.empty}</Table.Cell>
                    <Table.Cell>
                      <Badge size="2xsmall" color={inmate.status === "active" ? "green" : "grey"}>
                        {t.status[inmate.status] ?? inmate.status}
                      </Badge>
                    </Table.Cell>
                    <Table.Cell className="text-right tabular-nums">{formatRupiah(inmate.earned)}</Table.Cell>
                    <Table.Cell className="text-right tabular-nums">{formatRupiah(inmate.paid)}</Table.Cell>
                    <Table.Cell className="text-right tabular-nums">{formatRupiah(inmate.outstanding)}</Table.Cell>
                    <Table.Cell>
                      <div className="flex items-center gap-x-1">
                        <PayoutDrawer inmate={inmate} lapasKey={lapasKey} />
                        <StatementButtons inmate={inmate} from={from} to={to} />
                      </div>
                    </Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </div>
        )}
      </>
    )
  }

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-col gap-y-1 px-6 py-4">
        <Heading level="h1">{t.title}</Heading>
        <Text size="small" className="text-ui-fg-subtle">{t.subtitle}</Text>
      </div>
      {allowed ? (
        <div className="flex flex-col gap-3 px-6 py-4 md:flex-row md:items-end">
          {isNational ? (
            <div className="flex w-full flex-col gap-y-1 md:max-w-[280px]">
              <Label size="xsmall" weight="plus">{t.lapas}</Label>
              <Select size="small" value={chosenLapas} onValueChange={(next) => update({ lapas_id: next })}>
                <Select.Trigger aria-label={t.lapas}>
                  <Select.Value placeholder={t.lapas} />
                </Select.Trigger>
                <Select.Content>
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
            <Label htmlFor="premi-from" size="xsmall" weight="plus">{t.period.from}</Label>
            <Input id="premi-from" type="date" size="small" value={from} max={to} onChange={(e) => update({ from: e.target.value || null })} />
          </div>
          <div className="flex flex-col gap-y-1">
            <Label htmlFor="premi-to" size="xsmall" weight="plus">{t.period.to}</Label>
            <Input id="premi-to" type="date" size="small" value={to} min={from} onChange={(e) => update({ to: e.target.value || null })} />
          </div>
          <Text size="xsmall" className="text-ui-fg-subtle md:pb-2">{t.period.hint}</Text>
        </div>
      ) : null}
      {body}
    </Container>
  )
}

export const config = defineRouteConfig({
  label: t.nav,
  icon: Users,
})

export default PremiPage
