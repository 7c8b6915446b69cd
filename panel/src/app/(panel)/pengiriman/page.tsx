import type { LapasCourierOption } from "@karya-binaan/contracts"
import { notFound } from "next/navigation"
import { ActionForm } from "@/components/action-form"
import { Badge } from "@/components/badge"
import { SelectField } from "@/components/choice-field"
import { EmptyState } from "@/components/empty-state"
import { PageHeader } from "@/components/page-header"
import { ResponsiveTable } from "@/components/responsive-table"
import { sectionMetadata } from "@/components/section-placeholder"
import { getT } from "@/i18n/server"
import { shippingMessages } from "@/i18n/shipping"
import { isApiError } from "@/lib/data/api"
import { listLapas } from "@/lib/data/national"
import { requireSection } from "@/lib/data/session"
import { getShipping } from "@/lib/data/shipping"
import { addCourierAction, deleteCourierAction, toggleCourierAction } from "./actions"
import { addableServices } from "./services"

export const generateMetadata = () => sectionMetadata("shipping")

type SearchParams = Promise<Record<string, string | string[] | undefined>>
const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? ""

/**
 * Pengiriman: the lapas's free pickup, its courier services (on/off, delete, edit the rate table
 * on its own page) and adding a service. Staff see their own lapas; national members pick one.
 */
export default async function ShippingPage({ searchParams }: { searchParams: SearchParams }) {
  const member = await requireSection("shipping")
  const t = await getT(shippingMessages)
  const national = member.role === "national"
  const asked = one((await searchParams).lapas)
  const choices = national ? (await listLapas({ limit: 100 })).lapas : []

  const picker = national ? (
    <form className="form-grid" method="get">
      <SelectField
        label={t("lapas.pick")}
        name="lapas"
        defaultValue={asked}
        options={[{ value: "", label: "—" }, ...choices.map((l) => ({ value: l.id, label: l.name }))]}
      />
      <div className="field">
        <button type="submit" className="button button--secondary">
          {t("lapas.show")}
        </button>
      </div>
    </form>
  ) : null

  if (national && !asked) {
    return (
      <>
        <PageHeader title={t("page.title")} description={t("page.descriptionNational")} />
        {picker}
        <EmptyState title={t("lapas.choose")} />
      </>
    )
  }

  const shipping = await getShipping(national ? asked : undefined).catch((error) => {
    if (isApiError(error) && error.status === 404) notFound()
    throw error
  })
  const lapasQuery = national ? `?lapas=${encodeURIComponent(shipping.lapas.id)}` : ""
  const addable = addableServices(shipping.catalogue, shipping.couriers)
  const serviceName = (service: string) => t(`service.${service}` as "service.regular")

  return (
    <>
      <PageHeader
        title={national ? `${t("page.title")}: ${shipping.lapas.name}` : t("page.title")}
        description={national ? t("page.descriptionNational") : t("page.description")}
      />
      {picker}
      <div className="stack">
        <section className="card" aria-labelledby="pickup-title" data-testid="pickup">
          <h2 id="pickup-title">{t("pickup.title")}</h2>
          {shipping.pickup ? (
            <p>
              {shipping.pickup.name} · <Badge tone={shipping.pickup.enabled ? "success" : "neutral"}>{shipping.pickup.enabled ? t("status.on") : t("status.off")}</Badge>
              <br />
              <span className="muted">{t("pickup.body")}</span>
            </p>
          ) : (
            <p className="muted">{t("pickup.none")}</p>
          )}
        </section>

        <section aria-labelledby="couriers-title" data-testid="couriers">
          <h2 id="couriers-title">{t("couriers.title")}</h2>
          <ResponsiveTable<LapasCourierOption>
            caption={t("couriers.caption")}
            rows={shipping.couriers}
            rowKey={(c) => c.id}
            empty={<EmptyState title={t("couriers.empty")} />}
            columns={[
              {
                key: "service",
                header: t("col.service"),
                primary: true,
                cell: (c) => (
                  <span>
                    <strong>
                      {c.courier_name} {c.service_code}
                    </strong>{" "}
                    <span className="muted">
                      · {serviceName(c.service)}
                      {c.max_kg
                        ? ` · ${t("rates.weight", { min: c.min_kg ?? 1, max: c.max_kg })}`
                        : c.min_kg
                          ? ` · ${t("rates.weightFrom", { min: c.min_kg })}`
                          : ""}
                    </span>
                  </span>
                ),
              },
              {
                key: "status",
                header: t("col.status"),
                cell: (c) => <Badge tone={c.enabled ? "success" : "neutral"}>{c.enabled ? t("status.on") : t("status.off")}</Badge>,
              },
              {
                key: "rates",
                header: t("col.rates"),
                cell: (c) => (
                  <span>
                    {t("rates.count", { count: c.rates.length })} ·{" "}
                    <a href={`/pengiriman/${encodeURIComponent(c.id)}${lapasQuery}`} aria-label={`${t("rates.edit")}: ${c.courier_name} ${c.service_code}`}>
                      {t("rates.edit")}
                    </a>
                  </span>
                ),
              },
              {
                key: "actions",
                header: t("col.actions"),
                cell: (c) => (
                  <div className="shipping-actions" data-testid={`courier-${c.courier}-${c.service}`}>
                    <ActionForm action={toggleCourierAction} submitLabel={c.enabled ? t("toggle.off") : t("toggle.on")} variant="secondary" inline>
                      <input type="hidden" name="id" value={c.id} />
                      <input type="hidden" name="enabled" value={c.enabled ? "false" : "true"} />
                    </ActionForm>
                    <ActionForm action={deleteCourierAction} submitLabel={t("delete.button")} variant="danger" inline>
                      <input type="hidden" name="id" value={c.id} />
                      <input type="hidden" name="name" value={`${c.courier_name} ${c.service_code}`} />
                    </ActionForm>
                  </div>
                ),
              },
            ]}
          />
        </section>

        <section className="card" aria-labelledby="add-title">
          <h2 id="add-title">{t("add.title")}</h2>
          {addable.length ? (
            <ActionForm action={addCourierAction} submitLabel={t("add.button")} pendingLabel={t("add.pending")} testId="add-courier">
              <p className="muted">{t("add.hint")}</p>
              {national ? <input type="hidden" name="lapas_id" value={shipping.lapas.id} /> : null}
              <SelectField
                label={t("add.service")}
                name="service"
                defaultValue=""
                options={[
                  { value: "", label: t("add.choose") },
                  ...addable.map((s) => ({ value: `${s.courier}:${s.service}`, label: `${s.courier_name} ${s.service_code} (${serviceName(s.service)})` })),
                ]}
              />
            </ActionForm>
          ) : (
            <p className="muted">{t("add.all")}</p>
          )}
        </section>
      </div>
    </>
  )
}
