import { notFound } from "next/navigation"
import { PageHeader } from "@/components/page-header"
import { sectionMetadata } from "@/components/section-placeholder"
import { getT } from "@/i18n/server"
import { shippingMessages } from "@/i18n/shipping"
import { isApiError } from "@/lib/data/api"
import { requireSection } from "@/lib/data/session"
import { getShipping } from "@/lib/data/shipping"
import { saveRatesAction } from "../actions"
import { RateTableForm } from "../rate-table-form"

export const generateMetadata = () => sectionMetadata("shipping")

type Params = Promise<{ id: string }>
type SearchParams = Promise<Record<string, string | string[] | undefined>>

/** The rate table of one courier service of the lapas (national: of `?lapas=`). */
export default async function RateTablePage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const member = await requireSection("shipping")
  const t = await getT(shippingMessages)
  const { id } = await params
  const asked = (await searchParams).lapas
  const lapasId = member.role === "national" ? (Array.isArray(asked) ? asked[0] : asked) : undefined
  if (member.role === "national" && !lapasId) notFound()
  const shipping = await getShipping(lapasId).catch((error) => {
    if (isApiError(error) && error.status === 404) notFound()
    throw error
  })
  const courier = shipping.couriers.find((c) => c.id === id)
  if (!courier) notFound()
  const back = lapasId ? `/pengiriman?lapas=${encodeURIComponent(lapasId)}` : "/pengiriman"
  return (
    <>
      <p>
        <a href={back}>← {t("editor.back")}</a>
      </p>
      <PageHeader title={t("editor.title", { name: `${courier.courier_name} ${courier.service_code}` })} description={t("editor.description")} />
      <RateTableForm key={courier.id} action={saveRatesAction} optionId={courier.id} rates={courier.rates} provinces={shipping.provinces} />
    </>
  )
}
