import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { BuildingStorefront } from "@medusajs/icons"
import { Badge, Container, Text } from "@medusajs/ui"
import { api, queryKeys } from "../lib/api"
import { AdminLink, lapasPath } from "../lib/links"
import { messages } from "../lib/messages"
import { useQuery } from "@tanstack/react-query"

const t = messages.currentLapas

/**
 * Above the product and order lists: who is signed in, for which lapas, so
 * staff can see that the list is scoped to their own lapas.
 */
const CurrentLapasWidget = () => {
  const { data } = useQuery({
    queryKey: queryKeys.me,
    queryFn: api.me,
  })

  // Quiet while loading or if the endpoint fails: this is only a banner.
  if (!data) {
    return null
  }

  const roleLabel = messages.labels.role[data.role] ?? data.role
  const lapasPart =
    data.role === "national"
      ? t.national
      : data.lapas
        ? data.lapas.name
        : t.noLapas

  return (
    <Container className="flex items-center gap-x-3 px-6 py-3">
      <BuildingStorefront className="text-ui-fg-subtle shrink-0" />
      <Text size="small" leading="compact" className="text-ui-fg-subtle">
        {t.signedInAs(roleLabel, lapasPart)}
      </Text>
      {data.role !== "national" && data.lapas ? (
        <Badge size="2xsmall" color="blue" className="ml-auto">
          <AdminLink
            to={lapasPath(data.lapas.id)}
            className="text-inherit"
          >
            {messages.labels.lapasClass[data.lapas.lapas_class] ??
              data.lapas.lapas_class}
            {" · "}
            {data.lapas.city}
          </AdminLink>
        </Badge>
      ) : null}
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: ["product.list.before", "order.list.before"],
})

export default CurrentLapasWidget
