import type { OrderPart, PartTransferConfirmation } from "@karya-binaan/contracts"
import { CheckCircleSolid } from "@medusajs/icons"
import { Alert, Button, Input, Text } from "@medusajs/ui"
import { useId, useState, type FormEvent } from "react"
import { errorMessage } from "../lib/api"
import { formatDate, formatRupiah } from "../lib/format"
import { lapasOrdersApi } from "../lib/lapas-orders-api"
import { dayInZone, formatLapasDateTime } from "../lib/lapas-orders-format"
import { todayIn } from "../lib/money-format"
import { LapasOrderError, useLapasOrderMutation } from "../lib/lapas-orders-hooks"
import { lapasOrderMessages } from "../lib/lapas-orders-messages"
import { Field } from "./field"
import { MoneyRow } from "./money-row"

const t = lapasOrderMessages.transfer

type Errors = Partial<Record<"amount" | "date", string>>

/** Client-side checks; the server checks the same (and that it is not confirmed yet). */
function validate(
  amountText: string,
  date: string,
  expected: number,
  today: string,
  orderDay: string | null
): { errors: Errors; amount: number | null } {
  const errors: Errors = {}
  const cleaned = amountText.trim()
  const amount = /^\d+$/.test(cleaned) ? Number.parseInt(cleaned, 10) : null
  if (amount === null || !Number.isSafeInteger(amount) || amount <= 0) {
    errors.amount = t.errors.amountInvalid
  } else if (amount !== expected) {
    errors.amount = t.errors.amountMismatch(formatRupiah(expected))
  }
  if (!date) {
    errors.date = t.errors.dateRequired
  } else if (date > today) {
    // both "YYYY-MM-DD": string order is date order
    errors.date = t.errors.dateFuture
  } else if (orderDay && date < orderDay) {
    errors.date = t.errors.dateBeforeOrder
  }
  return { errors, amount }
}

function ConfirmedTransfer({
  confirmation,
  timeZone,
}: {
  confirmation: PartTransferConfirmation
  timeZone: string
}) {
  return (
    <div className="flex flex-col gap-y-2">
      <div className="flex items-center gap-x-2">
        <CheckCircleSolid className="text-ui-tag-green-icon" />
        <Text size="small" weight="plus" leading="compact">
          {t.confirmed}
        </Text>
      </div>
      <MoneyRow label={t.confirmedAmount} value={formatRupiah(confirmation.amount)} />
      <MoneyRow label={t.confirmedDate} value={formatDate(confirmation.transferred_on)} />
      <MoneyRow
        label={t.confirmedAt}
        value={formatLapasDateTime(confirmation.confirmed_at, timeZone)}
      />
      <div className="flex justify-end">
        {confirmation.proof_url ? (
          <a
            href={confirmation.proof_url}
            target="_blank"
            rel="noopener noreferrer"
            className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover txt-compact-small transition-fg"
          >
            {t.proofLink}
          </a>
        ) : (
          <Text size="small" leading="compact" className="text-ui-fg-muted">
            {t.noProof}
          </Text>
        )}
      </div>
    </div>
  )
}

function TransferForm({ part }: { part: OrderPart }) {
  const expected = part.transfer?.expected_amount ?? 0
  const timeZone = part.lapas.time_zone
  const today = todayIn(timeZone)
  const orderDay = dayInZone(part.created_at, timeZone)

  const [amount, setAmount] = useState(String(expected))
  const [date, setDate] = useState(today)
  const [file, setFile] = useState<File | null>(null)
  const [errors, setErrors] = useState<Errors>({})
  const [uploading, setUploading] = useState(false)
  const ids = useId()
  const amountId = `${ids}-amount`
  const dateId = `${ids}-date`
  const proofId = `${ids}-proof`

  const { mutate, isPending, busy, error } = useLapasOrderMutation({
    orderId: part.order_id,
    success: t.success,
    mutationFn: async (body: { amount: number; transferred_on: string; file: File | null }) => {
      let proofUrl: string | undefined
      if (body.file) {
        setUploading(true)
        try {
          proofUrl = await lapasOrdersApi.uploadProof(body.file)
        } catch (caught) {
          throw new LapasOrderError(`${t.errors.uploadFailed} ${errorMessage(caught)}`)
        } finally {
          setUploading(false)
        }
      }
      return lapasOrdersApi.confirmTransfer(part.order_id, {
        lapas_id: part.lapas.id,
        amount: body.amount,
        transferred_on: body.transferred_on,
        ...(proofUrl ? { proof_url: proofUrl } : {}),
      })
    },
  })

  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    const checked = validate(amount, date, expected, today, orderDay)
    setErrors(checked.errors)
    if (Object.keys(checked.errors).length > 0 || checked.amount === null) {
      return
    }
    mutate({ amount: checked.amount, transferred_on: date, file })
  }

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-y-3">
      <Text size="small" className="text-ui-fg-subtle">
        {t.waiting}
      </Text>
      <div className="grid grid-cols-1 gap-3 md:grid-cols-2">
        <Field id={amountId} label={t.amount} error={errors.amount}>
          <Input
            id={amountId}
            type="number"
            inputMode="numeric"
            min={1}
            step={1}
            value={amount}
            onChange={(event) => setAmount(event.target.value)}
            aria-invalid={!!errors.amount}
          />
        </Field>
        <Field id={dateId} label={t.date} error={errors.date}>
          <Input
            id={dateId}
            type="date"
            value={date}
            max={today}
            min={orderDay ?? undefined}
            onChange={(event) => setDate(event.target.value)}
            aria-invalid={!!errors.date}
          />
        </Field>
      </div>
      <Field id={proofId} label={t.proof} hint={t.proofHint}>
        <input
          id={proofId}
          type="file"
          accept="image/*,application/pdf"
          onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          className="txt-compact-small text-ui-fg-subtle file:bg-ui-button-neutral file:text-ui-fg-base file:shadow-buttons-neutral file:txt-compact-small-plus file:mr-3 file:rounded-md file:border-0 file:px-2 file:py-1"
        />
      </Field>
      {error ? <Alert variant="error">{error}</Alert> : null}
      <div className="flex justify-end">
        <Button type="submit" size="small" isLoading={isPending} disabled={busy}>
          {t.submit}
        </Button>
      </div>
      {isPending ? (
        <Text size="xsmall" className="text-ui-fg-muted text-right" aria-live="polite">
          {uploading ? t.uploading : t.confirming}
        </Text>
      ) : null}
    </form>
  )
}

/**
 * Bank transfer of one part: the amount the buyer must transfer to this
 * lapas, then either the confirmation form (staff and finance) or what was
 * confirmed.
 */
export function LapasOrderTransfer({
  part,
  canConfirm,
}: {
  part: OrderPart
  canConfirm: boolean
}) {
  const transfer = part.transfer
  if (!transfer) {
    return null
  }
  const canceled = part.state === "canceled" || part.order_status === "canceled"
  return (
    <div className="flex flex-col gap-y-3 px-6 py-4">
      <Text size="small" weight="plus" leading="compact">
        {t.title}
      </Text>
      <MoneyRow label={t.expected} value={formatRupiah(transfer.expected_amount)} strong />
      {transfer.confirmation ? (
        <ConfirmedTransfer confirmation={transfer.confirmation} timeZone={part.lapas.time_zone} />
      ) : canceled ? null : canConfirm ? (
        <TransferForm part={part} />
      ) : (
        <Text size="small" className="text-ui-fg-subtle">
          {t.notAllowed}
        </Text>
      )}
    </div>
  )
}
