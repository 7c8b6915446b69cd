import { defineRouteConfig } from "@medusajs/admin-sdk"
import { BuildingStorefront } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Table, Text } from "@medusajs/ui"
import { api, errorMessage, queryKeys } from "../../lib/api"
import { useNavigate } from "react-router-dom"
import { AdminLink, lapasPath } from "../../lib/links"
import { messages } from "../../lib/messages"
import { useQuery } from "@tanstack/react-query"

const t = messages.list

/** /app/lapas: every lapas the signed-in user may see. */
const LapasListPage = () => {
  const navigate = useNavigate()
  const { data, isLoading, isError, error, refetch } = useQuery({
    queryKey: queryKeys.lapasList,
    queryFn: api.listLapas,
  })

  const lapas = data?.lapas ?? []

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h1">{t.title}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t.subtitle}
          </Text>
        </div>
        {data ? (
          <Text size="small" className="text-ui-fg-muted">
            {t.count(data.count)}
          </Text>
        ) : null}
      </div>

      {isLoading ? (
        <div className="px-6 py-4">
          <Text size="small" className="text-ui-fg-subtle">
            {messages.common.loading}
          </Text>
        </div>
      ) : isError ? (
        <div className="flex items-center justify-between gap-x-4 px-6 py-4">
          <Text size="small" className="text-ui-fg-error">
            {errorMessage(error)}
          </Text>
          <Button size="small" variant="secondary" onClick={() => refetch()}>
            {messages.common.retry}
          </Button>
        </div>
      ) : lapas.length === 0 ? (
        <div className="px-6 py-4">
          <Text size="small" className="text-ui-fg-subtle">
            {t.empty}
          </Text>
        </div>
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{t.columns.name}</Table.HeaderCell>
              <Table.HeaderCell>{t.columns.class}</Table.HeaderCell>
              <Table.HeaderCell>{t.columns.location}</Table.HeaderCell>
              <Table.HeaderCell>{t.columns.timeZone}</Table.HeaderCell>
              <Table.HeaderCell>{t.columns.status}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {lapas.map((row) => (
              <Table.Row
                key={row.id}
                className="cursor-pointer"
                onClick={(event) => {
                  // let the name link (and modified clicks on it) work natively
                  if ((event.target as HTMLElement).closest("a")) {
                    return
                  }
                  navigate(lapasPath(row.id))
                }}
              >
                <Table.Cell>
                  <AdminLink
                    to={lapasPath(row.id)}
                    className="text-ui-fg-base hover:text-ui-fg-interactive txt-compact-small-plus"
                  >
                    {row.name}
                  </AdminLink>
                </Table.Cell>
                <Table.Cell>
                  {messages.labels.lapasClass[row.lapas_class] ?? row.lapas_class}
                </Table.Cell>
                <Table.Cell>
                  {row.city}, {row.province}
                </Table.Cell>
                <Table.Cell>
                  {messages.labels.timeZone[row.time_zone] ?? row.time_zone}
                </Table.Cell>
                <Table.Cell>
                  <Badge size="2xsmall" color={row.is_active ? "green" : "grey"}>
                    {row.is_active ? t.active : t.inactive}
                  </Badge>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({
  label: messages.nav.lapas,
  icon: BuildingStorefront,
})

export default LapasListPage
