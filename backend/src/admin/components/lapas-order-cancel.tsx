import { Alert, Button, Text, usePrompt } from "@medusajs/ui"
import { lapasOrdersApi } from "../lib/lapas-orders-api"
import { useLapasOrderMutation } from "../lib/lapas-orders-hooks"
import { lapasOrderMessages } from "../lib/lapas-orders-messages"

const t = lapasOrderMessages.cancel

/**
 * "Batalkan pesanan": asks first, then cancels the whole order through
 * Medusa's order flow (refund of captured payments, stock released). The
 * caller offers it only while nothing has shipped; the server has the last
 * word (e.g. a lapas user when another lapas also has items in the order).
 */
export function LapasOrderCancel({
  orderId,
  orderNumber,
}: {
  orderId: string
  orderNumber: string
}) {
  const prompt = usePrompt()
  const { mutate, isPending, busy, error } = useLapasOrderMutation({
    orderId,
    success: t.success,
    mutationFn: () => lapasOrdersApi.cancel(orderId),
  })

  const onClick = async () => {
    const confirmed = await prompt({
      title: t.title,
      description: t.description(orderNumber),
      confirmText: t.confirm,
      cancelText: t.keep,
      variant: "danger",
    })
    if (confirmed) {
      mutate(undefined)
    }
  }

  return (
    <div className="flex flex-col gap-y-2 px-6 py-4">
      <div className="flex items-center justify-between gap-x-4">
        <Text size="small" className="text-ui-fg-subtle">
          {t.hint}
        </Text>
        <Button
          type="button"
          size="small"
          variant="danger"
          className="shrink-0"
          isLoading={isPending}
          disabled={busy}
          onClick={onClick}
        >
          {t.button}
        </Button>
      </div>
      {error ? <Alert variant="error">{error}</Alert> : null}
    </div>
  )
}
