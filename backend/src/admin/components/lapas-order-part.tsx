import type { OrderPart } from "@karya-binaan/contracts"
import { Container, Heading, Text } from "@medusajs/ui"
import { formatRupiah } from "../lib/format"
import { formatLapasDateTime } from "../lib/lapas-orders-format"
import { lapasOrderMessages } from "../lib/lapas-orders-messages"
import { LapasOrderFulfilmentSection } from "./lapas-order-fulfilment"
import { LapasOrderStateBadge } from "./lapas-order-state-badge"
import { LapasOrderTransfer } from "./lapas-order-transfer"
import { MoneyRow } from "./money-row"
import { ProductThumbnail } from "./product-thumbnail"

const t = lapasOrderMessages.widget
const labels = lapasOrderMessages.labels

function PartHeader({ part }: { part: OrderPart }) {
  const orderNumber = lapasOrderMessages.list.orderNumber(part.display_id)
  const details = [
    t.placed(orderNumber, formatLapasDateTime(part.created_at, part.lapas.time_zone)),
    labels.paymentKind[part.payment_kind] ?? part.payment_kind,
    part.shipping ? labels.shippingKind[part.shipping.kind] : null,
  ].filter(Boolean)
  return (
    <div className="flex items-start justify-between gap-x-4 px-6 py-4">
      <div className="flex min-w-0 flex-col gap-y-1">
        {/* accessible name "Pesanan lapas <lapas name>" */}
        <Heading level="h2">
          {t.title} <span className="text-ui-fg-subtle">{part.lapas.name}</span>
        </Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {details.join(" · ")}
        </Text>
      </div>
      <LapasOrderStateBadge state={part.state} />
    </div>
  )
}

function PartItems({ part }: { part: OrderPart }) {
  return (
    <div className="flex flex-col gap-y-3 px-6 py-4">
      <Text size="small" weight="plus" leading="compact">
        {t.items}
      </Text>
      <ul className="flex flex-col gap-y-3">
        {part.items.map((item) => (
          <li key={item.id} className="flex items-center gap-x-3">
            <ProductThumbnail src={item.thumbnail} alt={item.title} />
            <div className="flex min-w-0 flex-1 flex-col">
              <Text size="small" weight="plus" leading="compact" className="break-words">
                {item.title}
              </Text>
              {item.variant_title ? (
                <Text size="xsmall" leading="compact" className="text-ui-fg-subtle">
                  {item.variant_title}
                </Text>
              ) : null}
              {item.fulfilled_quantity > 0 && item.fulfilled_quantity < item.quantity ? (
                <Text size="xsmall" leading="compact" className="text-ui-fg-muted">
                  {t.fulfilled(item.fulfilled_quantity, item.quantity)}
                </Text>
              ) : null}
            </div>
            <Text size="small" leading="compact" className="text-ui-fg-subtle shrink-0 tabular-nums">
              {t.quantity(item.quantity)} {formatRupiah(item.unit_price)}
            </Text>
            <Text size="small" leading="compact" className="w-28 shrink-0 text-right tabular-nums">
              {formatRupiah(item.total)}
            </Text>
          </li>
        ))}
      </ul>
      <div className="border-ui-border-base flex flex-col gap-y-2 border-t border-dashed pt-3">
        <MoneyRow
          label={t.shipping}
          hint={part.shipping?.name}
          value={part.shipping ? formatRupiah(part.shipping.amount) : t.shippingNone}
        />
        <MoneyRow label={t.total} value={formatRupiah(part.total)} strong />
      </div>
    </div>
  )
}

/**
 * One lapas's part of an order on the order page: heading "Pesanan lapas"
 * with the lapas name and state, its items, the bank transfer and the
 * fulfilment steps.
 */
export function LapasOrderPartCard({
  part,
  canConfirm,
  canFulfil,
  readOnlyNote,
}: {
  part: OrderPart
  canConfirm: boolean
  canFulfil: boolean
  /** Shown to finance, who may only confirm transfers. */
  readOnlyNote?: string
}) {
  return (
    <Container className="divide-y p-0">
      <PartHeader part={part} />
      <PartItems part={part} />
      <LapasOrderTransfer part={part} canConfirm={canConfirm} />
      <LapasOrderFulfilmentSection part={part} canFulfil={canFulfil} />
      {readOnlyNote ? (
        <div className="px-6 py-4">
          <Text size="xsmall" className="text-ui-fg-muted">
            {readOnlyNote}
          </Text>
        </div>
      ) : null}
    </Container>
  )
}
