import type { OrderPart, PartFulfillment } from "@karya-binaan/contracts"
import { Alert, Button, Input, Text } from "@medusajs/ui"
import { useId, useState, type FormEvent } from "react"
import { lapasOrdersApi } from "../lib/lapas-orders-api"
import { activeFulfilments, formatLapasDateTime } from "../lib/lapas-orders-format"
import { useLapasOrderMutation } from "../lib/lapas-orders-hooks"
import { lapasOrderMessages } from "../lib/lapas-orders-messages"
import { Field } from "./field"
import { MoneyRow } from "./money-row"

const t = lapasOrderMessages.fulfilment

/** Couriers offered while typing; any other name may be typed. */
/** As the server checks it: 6 to 40 letters, digits or dashes. */
const RESI_PATTERN = /^[A-Za-z0-9-]{6,40}$/

const COURIERS = ["JNE", "J&T Express", "SiCepat", "Pos Indonesia", "TIKI", "AnterAja", "Ninja Xpress"]

function ErrorAlert({ message }: { message: string | null }) {
  return message ? <Alert variant="error">{message}</Alert> : null
}

/** "Kemas pesanan" (courier) or "Siap diambil" (pickup): creates the part's fulfilment. */
function CreateFulfilment({ part }: { part: OrderPart }) {
  const pickup = part.shipping?.kind === "pickup"
  const { mutate, isPending, busy, error } = useLapasOrderMutation({
    orderId: part.order_id,
    success: pickup ? t.success.ready : t.success.packed,
    mutationFn: () => lapasOrdersApi.createFulfilment(part.order_id, part.lapas.id),
  })
  return (
    <div className="flex flex-col gap-y-2">
      <div className="flex items-center justify-between gap-x-4">
        <Text size="small" className="text-ui-fg-subtle">
          {pickup ? t.readyHint : t.packHint}
        </Text>
        <Button
          type="button"
          size="small"
          className="shrink-0"
          isLoading={isPending}
          disabled={busy}
          onClick={() => mutate(undefined)}
        >
          {pickup ? t.ready : t.pack}
        </Button>
      </div>
      <ErrorAlert message={error} />
    </div>
  )
}

/** "Kurir" + "Nomor resi" → "Kirim pesanan". */
function ShipmentForm({ part, fulfilment }: { part: OrderPart; fulfilment: PartFulfillment }) {
  const [courier, setCourier] = useState("")
  const [resi, setResi] = useState("")
  const [errors, setErrors] = useState<Partial<Record<"courier" | "resi", string>>>({})
  const ids = useId()
  const courierId = `${ids}-courier`
  const resiId = `${ids}-resi`
  const couriersId = `${ids}-couriers`

  const { mutate, isPending, busy, error } = useLapasOrderMutation({
    orderId: part.order_id,
    success: t.success.shipped,
    mutationFn: (body: { courier: string; resi: string }) =>
      lapasOrdersApi.createShipment(part.order_id, fulfilment.id, body),
  })

  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    const body = { courier: courier.trim(), resi: resi.trim() }
    const found: typeof errors = {}
    if (!body.courier) found.courier = t.errors.courierRequired
    else if (body.courier.length < 2 || body.courier.length > 60) found.courier = t.errors.courierLength
    if (!body.resi) found.resi = t.errors.resiRequired
    else if (!RESI_PATTERN.test(body.resi)) found.resi = t.errors.resiInvalid
    setErrors(found)
    if (Object.keys(found).length === 0) {
      mutate(body)
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-y-3">
      <div className="grid grid-cols-1 gap-3 md:grid-cols-2">
        <Field id={courierId} label={t.courier} error={errors.courier}>
          <Input
            id={courierId}
            list={couriersId}
            autoComplete="off"
            placeholder={t.courierPlaceholder}
            value={courier}
            onChange={(event) => setCourier(event.target.value)}
            aria-invalid={!!errors.courier}
          />
          <datalist id={couriersId}>
            {COURIERS.map((name) => (
              <option key={name} value={name} />
            ))}
          </datalist>
        </Field>
        <Field id={resiId} label={t.resi} error={errors.resi}>
          <Input
            id={resiId}
            autoComplete="off"
            value={resi}
            onChange={(event) => setResi(event.target.value)}
            aria-invalid={!!errors.resi}
          />
        </Field>
      </div>
      <ErrorAlert message={error} />
      <div className="flex justify-end">
        <Button type="submit" size="small" isLoading={isPending} disabled={busy}>
          {t.ship}
        </Button>
      </div>
    </form>
  )
}

/** "Tandai diterima" (courier, shipped) / "Tandai sudah diambil" (pickup, ready). */
function MarkDelivered({ part, fulfilment }: { part: OrderPart; fulfilment: PartFulfillment }) {
  const pickup = fulfilment.kind === "pickup"
  const { mutate, isPending, busy, error } = useLapasOrderMutation({
    orderId: part.order_id,
    success: pickup ? t.success.pickedUp : t.success.delivered,
    mutationFn: () => lapasOrdersApi.markDelivered(part.order_id, fulfilment.id),
  })
  return (
    <div className="flex flex-col gap-y-2">
      <div className="flex justify-end">
        <Button
          type="button"
          size="small"
          variant="secondary"
          isLoading={isPending}
          disabled={busy}
          onClick={() => mutate(undefined)}
        >
          {pickup ? t.pickedUp : t.deliver}
        </Button>
      </div>
      <ErrorAlert message={error} />
    </div>
  )
}

/** One fulfilment: its dates, courier and resi, and the next step for staff. */
function FulfilmentRow({
  part,
  fulfilment,
  canFulfil,
}: {
  part: OrderPart
  fulfilment: PartFulfillment
  canFulfil: boolean
}) {
  const zone = part.lapas.time_zone
  const open = part.state !== "canceled" && part.order_status !== "canceled"
  const when = (value: string | null) => formatLapasDateTime(value, zone)

  if (fulfilment.kind === "pickup") {
    return (
      <div className="bg-ui-bg-subtle flex flex-col gap-y-2 rounded-md px-3 py-2">
        <MoneyRow label={t.readyAt} value={when(fulfilment.shipped_at ?? fulfilment.created_at)} />
        {fulfilment.delivered_at ? (
          <MoneyRow label={t.pickedUpAt} value={when(fulfilment.delivered_at)} />
        ) : canFulfil && open ? (
          <MarkDelivered part={part} fulfilment={fulfilment} />
        ) : null}
      </div>
    )
  }

  return (
    <div className="bg-ui-bg-subtle flex flex-col gap-y-2 rounded-md px-3 py-2">
      <MoneyRow label={t.packedAt} value={when(fulfilment.created_at)} />
      {fulfilment.shipped_at ? (
        <>
          <MoneyRow label={t.courier} value={fulfilment.courier ?? "—"} />
          <MoneyRow
            label={t.resi}
            value={<span className="font-mono">{fulfilment.resi ?? "—"}</span>}
          />
          <MoneyRow label={t.shippedAt} value={when(fulfilment.shipped_at)} />
          {fulfilment.delivered_at ? (
            <MoneyRow label={t.deliveredAt} value={when(fulfilment.delivered_at)} />
          ) : canFulfil && open ? (
            <MarkDelivered part={part} fulfilment={fulfilment} />
          ) : null}
        </>
      ) : canFulfil && open ? (
        <ShipmentForm part={part} fulfilment={fulfilment} />
      ) : null}
    </div>
  )
}

/**
 * Fulfilment of one part: "Kemas pesanan" / "Siap diambil" once paid, then
 * per fulfilment the shipment form, courier and resi, and "Tandai diterima" /
 * "Tandai sudah diambil". Finance sees it read-only.
 */
export function LapasOrderFulfilmentSection({
  part,
  canFulfil,
}: {
  part: OrderPart
  canFulfil: boolean
}) {
  const fulfilments = activeFulfilments(part)
  const showCreate = canFulfil && part.state === "to_pack"
  const showWait = canFulfil && part.state === "awaiting_transfer"
  if (!showCreate && !showWait && fulfilments.length === 0) {
    return null
  }
  return (
    <div className="flex flex-col gap-y-3 px-6 py-4">
      <Text size="small" weight="plus" leading="compact">
        {t.title}
      </Text>
      {showWait ? (
        <Text size="small" className="text-ui-fg-subtle">
          {t.waitForTransfer}
        </Text>
      ) : null}
      {fulfilments.map((fulfilment) => (
        <FulfilmentRow
          key={fulfilment.id}
          part={part}
          fulfilment={fulfilment}
          canFulfil={canFulfil}
        />
      ))}
      {showCreate ? <CreateFulfilment part={part} /> : null}
    </div>
  )
}
