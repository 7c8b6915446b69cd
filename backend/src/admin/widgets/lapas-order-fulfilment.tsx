import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Button, Container, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { LapasOrderCancel } from "../components/lapas-order-cancel"
import { LapasOrderPartCard } from "../components/lapas-order-part"
import { api, errorMessage, queryKeys } from "../lib/api"
import { lapasOrderQueryKeys, lapasOrdersApi } from "../lib/lapas-orders-api"
import { canOfferCancel } from "../lib/lapas-orders-format"
import { lapasOrderMessages } from "../lib/lapas-orders-messages"
import { messages } from "../lib/messages"
import { errorStatus } from "../lib/money-api"

const t = lapasOrderMessages

/**
 * Order page, main column: the caller's lapas parts of this order with
 * transfer confirmation and fulfilment (issue 8). Lapas staff confirm, pack,
 * ship and cancel; finance only confirms transfers; national users do all,
 * for every lapas. Nothing is shown when the order has no part of the
 * caller's lapas (the API answers 404 or 403).
 */
const LapasOrderFulfilmentWidget = ({ data: order }: DetailWidgetProps<AdminOrder>) => {
  const me = useQuery({ queryKey: queryKeys.me, queryFn: api.me })
  const role = me.data?.role

  const detail = useQuery({
    queryKey: lapasOrderQueryKeys.detail(order.id),
    queryFn: () => lapasOrdersApi.detail(order.id),
    retry: (count, error) => {
      const status = errorStatus(error)
      return !(status && status >= 400 && status < 500) && count < 2
    },
  })

  if (detail.isLoading || me.isLoading) {
    return null
  }

  if (detail.isError) {
    const status = errorStatus(detail.error)
    // another lapas's order, or not one of ours at all
    if (status === 404 || status === 403) {
      return null
    }
    return (
      <Container className="flex items-center justify-between gap-x-4 px-6 py-4">
        <Text size="small" className="text-ui-fg-error">
          {`${t.widget.title}: ${errorMessage(detail.error)}`}
        </Text>
        <Button size="small" variant="secondary" onClick={() => detail.refetch()}>
          {messages.common.retry}
        </Button>
      </Container>
    )
  }

  const parts = detail.data?.parts ?? []
  if (parts.length === 0) {
    return null
  }

  const canConfirm = role === "national" || role === "lapas_staff" || role === "finance"
  const canFulfil = role === "national" || role === "lapas_staff"
  const orderNumber = t.list.orderNumber(parts[0].display_id)

  return (
    <div className="flex flex-col gap-y-3">
      {parts.map((part) => (
        <LapasOrderPartCard
          key={part.lapas.id}
          part={part}
          canConfirm={canConfirm}
          canFulfil={canFulfil}
          readOnlyNote={role === "finance" ? t.widget.readOnlyNote : undefined}
        />
      ))}
      {canFulfil && canOfferCancel(parts) ? (
        <Container className="p-0">
          <LapasOrderCancel orderId={order.id} orderNumber={orderNumber} />
        </Container>
      ) : null}
    </div>
  )
}

export const config = defineWidgetConfig({
  // the main column, above the dashboard's own order sections
  zone: "order.details.before",
})

export default LapasOrderFulfilmentWidget
