import type { VariantProductionCost } from "@karya-binaan/contracts"
import { Tools } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Table, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { api, errorMessage, queryKeys } from "../lib/api"
import { formatDate, formatRupiah } from "../lib/format"
import { messages } from "../lib/messages"
import { errorStatus, moneyApi, moneyQueryKeys } from "../lib/money-api"
import { moneyMessages } from "../lib/money-messages"
import { ProductionBatchDrawer, type BatchVariantOption } from "./production-batch-form"

const t = moneyMessages.productionCosts

const variantLabel = (variant: Pick<VariantProductionCost, "title" | "sku" | "variant_id">) =>
  [variant.title, variant.sku].filter(Boolean).join(" · ") || variant.variant_id

function VariantCosts({
  variant,
  showTitle,
}: {
  variant: VariantProductionCost
  showTitle: boolean
}) {
  const b = t.batches
  // newest first
  const batches = [...variant.batches].sort((a, b2) => b2.produced_on.localeCompare(a.produced_on))
  return (
    <div className="flex flex-col gap-y-3 px-6 py-4">
      {showTitle ? (
        <div className="flex flex-wrap items-center gap-2">
          <Text size="base" weight="plus">
            {variant.title || variant.variant_id}
          </Text>
          {variant.sku ? (
            <Badge size="2xsmall" color="grey">
              {t.sku} {variant.sku}
            </Badge>
          ) : null}
        </div>
      ) : null}
      <div className="grid grid-cols-2 gap-4">
        <div className="flex flex-col">
          <Text size="xsmall" className="text-ui-fg-subtle">
            {t.averageCost}
          </Text>
          <Text size="small" weight="plus">
            {variant.average_unit_cost === null ? t.noCost : formatRupiah(variant.average_unit_cost)}
          </Text>
        </div>
        <div className="flex flex-col">
          <Text size="xsmall" className="text-ui-fg-subtle">
            {t.stock}
          </Text>
          <Text size="small" weight="plus">
            {t.stockUnits(variant.stocked_quantity)}
          </Text>
        </div>
      </div>
      {batches.length === 0 ? (
        <Text size="small" className="text-ui-fg-subtle">
          {t.noBatches}
        </Text>
      ) : (
        <div className="overflow-x-auto rounded-md border">
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>{b.producedOn}</Table.HeaderCell>
                <Table.HeaderCell className="text-right">{b.quantity}</Table.HeaderCell>
                <Table.HeaderCell className="text-right">{b.unitCost}</Table.HeaderCell>
                <Table.HeaderCell>{b.makers}</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {batches.map((batch) => (
                <Table.Row key={batch.id}>
                  <Table.Cell>{formatDate(batch.produced_on)}</Table.Cell>
                  <Table.Cell className="text-right tabular-nums">
                    {batch.quantity.toLocaleString("id-ID")}
                  </Table.Cell>
                  <Table.Cell className="text-right tabular-nums">
                    {formatRupiah(batch.unit_cost)}
                  </Table.Cell>
                  <Table.Cell>
                    {batch.makers_count > 0 ? b.makersCount(batch.makers_count) : messages.common.empty}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
    </div>
  )
}

/**
 * HPP (weighted average), stock and production batches of a product's
 * variants, or of one variant (`variantId`), with the "Catat batch produksi"
 * drawer for lapas staff and national users (finance only reads).
 */
export function ProductionCostsSection({
  productId,
  variantId,
}: {
  productId: string
  variantId?: string
}) {
  const me = useQuery({ queryKey: queryKeys.me, queryFn: api.me })
  const costs = useQuery({
    queryKey: moneyQueryKeys.productionCosts(productId),
    queryFn: () => moneyApi.productionCosts(productId),
    retry: (count, error) => {
      const status = errorStatus(error)
      return !(status && status >= 400 && status < 500) && count < 2
    },
  })
  const productLapas = useQuery({
    queryKey: queryKeys.productLapas(productId),
    queryFn: () => api.productLapas(productId),
  })

  const status = costs.isError ? errorStatus(costs.error) : undefined
  if (status === 404) {
    return null
  }

  const all = costs.data?.variants ?? []
  const variants = variantId ? all.filter((v) => v.variant_id === variantId) : all
  const lapasId = productLapas.data?.product.lapas?.id ?? null
  const lapasTimeZone = productLapas.data?.product.lapas?.time_zone ?? undefined
  const canRecord = me.data?.role === "lapas_staff" || me.data?.role === "national"
  const options: BatchVariantOption[] = all.map((v) => ({ id: v.variant_id, label: variantLabel(v) }))

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-start justify-between gap-3 px-6 py-4">
        <div className="flex flex-col gap-y-1">
          <div className="flex items-center gap-x-2">
            <Tools className="text-ui-fg-subtle" />
            <Heading level="h2">{variantId ? t.variantTitle : t.title}</Heading>
          </div>
          <Text size="small" className="text-ui-fg-subtle">
            {t.subtitle}
          </Text>
        </div>
        {canRecord && lapasId && costs.data && all.length > 0 ? (
          <ProductionBatchDrawer
            productId={productId}
            lapasId={lapasId}
            timeZone={lapasTimeZone}
            variants={options}
            defaultVariantId={variantId}
          />
        ) : null}
      </div>

      {canRecord && productLapas.isSuccess && !lapasId ? (
        <div className="px-6 py-4">
          <Text size="small" className="text-ui-fg-subtle">
            {t.notLinked}
          </Text>
        </div>
      ) : null}

      {costs.isLoading ? (
        <div className="px-6 py-4">
          <Text size="small" className="text-ui-fg-subtle">
            {messages.common.loading}
          </Text>
        </div>
      ) : costs.isError ? (
        <div className="flex items-center justify-between gap-x-4 px-6 py-4">
          <Text size="small" className="text-ui-fg-error">
            {errorMessage(costs.error)}
          </Text>
          {status === 403 ? null : (
            <Button size="small" variant="secondary" onClick={() => costs.refetch()}>
              {messages.common.retry}
            </Button>
          )}
        </div>
      ) : variants.length === 0 ? (
        <div className="px-6 py-4">
          <Text size="small" className="text-ui-fg-subtle">
            {variantId ? t.noBatches : t.noVariants}
          </Text>
        </div>
      ) : (
        variants.map((variant) => (
          <VariantCosts
            key={variant.variant_id}
            variant={variant}
            showTitle={!variantId}
          />
        ))
      )}
    </Container>
  )
}
