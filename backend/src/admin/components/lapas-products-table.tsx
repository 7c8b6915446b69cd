import { Badge, Table, Text } from "@medusajs/ui"
import { useNavigate } from "react-router-dom"
import { AdminLink, lapasPath, productPath } from "../lib/links"
import { messages } from "../lib/messages"
import type { LapasProduct, ProductStatus } from "../lib/types"
import { ProductThumbnail } from "./product-thumbnail"

const t = messages.products

const STATUS_COLOR: Record<ProductStatus, "green" | "grey" | "orange" | "red"> = {
  published: "green",
  draft: "grey",
  proposed: "orange",
  rejected: "red",
}

function LapasCell({ lapas }: { lapas: LapasProduct["lapas"] }) {
  if (!lapas) {
    return (
      <Badge size="2xsmall" color="orange">
        {t.noLapas}
      </Badge>
    )
  }
  return (
    <div className="flex flex-col">
      <AdminLink
        to={lapasPath(lapas.id)}
        className="text-ui-fg-base hover:text-ui-fg-interactive txt-compact-small"
      >
        {lapas.name}
      </AdminLink>
      <Text size="xsmall" leading="compact" className="text-ui-fg-subtle">
        {lapas.city}
      </Text>
    </div>
  )
}

/**
 * Products with thumbnail, lapas, status and variant count; a row opens the
 * dashboard's product page. `showLapas={false}` where the lapas is already known.
 */
export function LapasProductsTable({
  products,
  showLapas = true,
}: {
  products: LapasProduct[]
  showLapas?: boolean
}) {
  const navigate = useNavigate()
  return (
    <div className="overflow-x-auto">
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>{t.columns.product}</Table.HeaderCell>
            {showLapas ? <Table.HeaderCell>{t.columns.lapas}</Table.HeaderCell> : null}
            <Table.HeaderCell>{t.columns.status}</Table.HeaderCell>
            <Table.HeaderCell>{t.columns.variants}</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {products.map((product) => (
            <Table.Row
              key={product.id}
              className="cursor-pointer"
              onClick={(event) => {
                // let the links (and modified clicks on them) work natively
                if ((event.target as HTMLElement).closest("a")) {
                  return
                }
                navigate(productPath(product.id))
              }}
            >
              <Table.Cell>
                <div className="flex items-center gap-x-3">
                  <ProductThumbnail src={product.thumbnail} alt={product.title} />
                  <AdminLink
                    to={productPath(product.id)}
                    className="text-ui-fg-base hover:text-ui-fg-interactive txt-compact-small-plus"
                  >
                    {product.title}
                  </AdminLink>
                </div>
              </Table.Cell>
              {showLapas ? (
                <Table.Cell>
                  <LapasCell lapas={product.lapas} />
                </Table.Cell>
              ) : null}
              <Table.Cell>
                <Badge size="2xsmall" color={STATUS_COLOR[product.status] ?? "grey"}>
                  {messages.labels.productStatus[product.status] ?? product.status}
                </Badge>
              </Table.Cell>
              <Table.Cell>{t.variants(product.variants?.length ?? 0)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  )
}
