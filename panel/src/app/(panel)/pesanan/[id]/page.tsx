import type { LapasTimeZone, OrderPartDetail } from "@karya-binaan/contracts"
import { formatDate, formatRupiah } from "@karya-binaan/format"
import type { Metadata } from "next"
import Link from "next/link"
import { notFound } from "next/navigation"
import { Badge } from "@/components/badge"
import { DateTime } from "@/components/date-time"
import { Money } from "@/components/money"
import { PageHeader } from "@/components/page-header"
import { ordersMessages } from "@/i18n/orders"
import { getLocale, getT } from "@/i18n/server"
import { isApiError } from "@/lib/data/api"
import { getOrder } from "@/lib/data/orders"
import { requireSection } from "@/lib/data/session"
import { cancelAction, confirmTransferAction, packAction, receivedAction, shipAction } from "../actions"
import { CancelForm, ConfirmTransferForm, PackForm, ReceivedForm, ShipForm, TrackingLink } from "../order-forms"
import { actionsFor } from "../order-rules"
import { stateTone } from "../state-tone"

type Params = Promise<{ id: string }>

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const t = await getT(ordersMessages)
  return { title: t("list.title") + ` · ${(await params).id.slice(-6)}` }
}

/** YYYY-MM-DD today in the zone. */
const todayIn = (zone: string) => new Intl.DateTimeFormat("en-CA", { timeZone: zone }).format(new Date())

/** One order as the member's lapas sees it: its part, the buyer's address, history and the actions its state allows. */
export default async function OrderPage({ params }: { params: Params }) {
  const member = await requireSection("orders")
  const { id } = await params
  const t = await getT(ordersMessages)
  const locale = await getLocale()
  let parts: OrderPartDetail[]
  try {
    parts = (await getOrder(id)).parts
  } catch (error) {
    if (isApiError(error) && (error.status === 404 || error.status === 400)) notFound()
    throw error
  }
  const first = parts[0]
  const national = member.role === "national"

  return (
    <>
      <p className="order-back">
        <Link href="/pesanan">← {t("detail.back")}</Link>
      </p>
      <PageHeader
        title={t("detail.title", { number: first.display_id })}
        description={
          <>
            {t("detail.placedAt")}{" "}
            <DateTime value={first.created_at} timeZone={first.lapas.time_zone as LapasTimeZone} locale={locale} />
          </>
        }
      />
      {parts.map((part) => {
        const zone = part.lapas.time_zone as LapasTimeZone
        const actions = actionsFor(member.role, part)
        const lapasId = national ? part.lapas.id : undefined
        const pickup = part.shipping?.kind === "pickup"
        const docQuery = lapasId ? `?lapas=${encodeURIComponent(lapasId)}` : ""
        const a = part.shipping_address
        return (
          <section key={part.lapas.id} className="order-part" aria-label={part.lapas.name} data-testid="order-part">
            <div className="order-part__head">
              <Badge tone={stateTone(part.state)}>
                <span data-testid="order-state">{t(`state.${part.state}`)}</span>
              </Badge>
              {national || parts.length > 1 ? <span className="muted">{part.lapas.name}</span> : null}
              {part.refunded_amount > 0 ? (
                <span className="muted" data-testid="order-refunded-amount">
                  {t("detail.refunded")} <Money amount={part.refunded_amount} />
                </span>
              ) : null}
            </div>
            {part.part_cancellation ? (
              <p className="muted" data-testid="order-part-cancellation">
                {part.part_cancellation.cause === "unpaid" ? t("detail.partCanceledUnpaid") : t("detail.partCanceledByMember")}
              </p>
            ) : null}
            <div className="order-grid">
              <div className="order-main">
                <div className="card">
                  <h2 className="card__title">{t("detail.items")}</h2>
                  <ul className="order-lines">
                    {part.items.map((item) => (
                      <li key={item.id} className="order-line">
                        <div>
                          <p className="order-line__title">{item.title}</p>
                          {item.variant_title && item.variant_title !== item.title ? (
                            <p className="muted">{item.variant_title}</p>
                          ) : null}
                          <p className="muted">
                            {item.quantity} × <Money amount={item.unit_price} />
                          </p>
                        </div>
                        <Money amount={item.total} />
                      </li>
                    ))}
                  </ul>
                  <dl className="order-sums">
                    <div>
                      <dt>
                        {t("detail.shippingCost")}
                        {part.shipping ? ` (${pickup ? t("detail.pickup") : part.shipping.name})` : ""}
                      </dt>
                      <dd>
                        <Money amount={part.shipping?.amount ?? 0} />
                      </dd>
                    </div>
                    <div className="order-sums__total">
                      <dt>{t("detail.partTotal")}</dt>
                      <dd>
                        <Money amount={part.total} />
                      </dd>
                    </div>
                  </dl>
                </div>

                <div className="card">
                  <h2 className="card__title">{pickup ? t("detail.shipping") : t("detail.address")}</h2>
                  {pickup ? <p>{t("detail.pickup")}</p> : null}
                  <address className="order-address" data-testid="order-address">
                    <strong>{a.name || part.buyer.name}</strong>
                    {a.phone ? <span>{t("detail.phone", { phone: a.phone })}</span> : null}
                    {a.address_1 ? <span>{a.address_1}</span> : null}
                    {a.address_2 ? <span>{a.address_2}</span> : null}
                    {a.district ? <span>Kec. {a.district}</span> : null}
                    <span>{[a.city, [a.province, a.postal_code].filter(Boolean).join(" ")].filter(Boolean).join(", ")}</span>
                  </address>
                </div>

                <div className="card">
                  <h2 className="card__title">{t("detail.payment")}</h2>
                  {part.transfer ? (
                    part.transfer.confirmation ? (
                      <p>
                        {t("detail.transferConfirmed", {
                          amount: formatRupiah(part.transfer.confirmation.amount),
                          day: formatDate(`${part.transfer.confirmation.transferred_on}T12:00:00+07:00`, zone, locale),
                        })}{" "}
                        {part.transfer.confirmation.proof_url ? (
                          <a href={part.transfer.confirmation.proof_url} target="_blank" rel="noopener noreferrer">
                            {t("detail.proof")}
                          </a>
                        ) : null}
                      </p>
                    ) : (
                      <p>
                        {t("detail.transferExpected")}: <Money amount={part.transfer.expected_amount} />
                      </p>
                    )
                  ) : (
                    <p>{t("detail.paidOther", { kind: t(part.payment_kind === "card" ? "detail.paymentKind.card" : "detail.paymentKind.other") })}</p>
                  )}
                </div>

                {part.fulfilments.filter((f) => !f.canceled_at).length ? (
                  <div className="card">
                    <h2 className="card__title">{t("detail.packages")}</h2>
                    <ul className="order-packages">
                      {part.fulfilments
                        .filter((f) => !f.canceled_at)
                        .map((f, index) => (
                          <li key={f.id} data-testid="order-package">
                            <strong>{t("detail.package", { number: index + 1 })}</strong>{" "}
                            {f.kind === "pickup" ? (
                              t("detail.pickup")
                            ) : f.resi ? (
                              <>
                                {`${f.courier_name ?? f.courier ?? ""} · ${t("detail.resi", { resi: f.resi })}`}
                                {f.tracking_url ? (
                                  <>
                                    {" · "}
                                    <TrackingLink url={f.tracking_url} courier={f.courier_name ?? f.courier ?? ""} />
                                  </>
                                ) : null}
                              </>
                            ) : (
                              t("detail.notShipped")
                            )}
                          </li>
                        ))}
                    </ul>
                  </div>
                ) : null}

                <div className="card">
                  <h2 className="card__title">{t("detail.timeline")}</h2>
                  <ol className="order-timeline" data-testid="order-timeline">
                    {part.timeline.map((event, index) => (
                      <li key={`${event.key}-${index}`}>
                        <span className="order-timeline__what">{t(`timeline.${event.key}`)}</span>
                        <DateTime value={event.at} timeZone={zone} locale={locale} />
                        {event.key === "shipped" && event.resi ? (
                          <span className="muted">{t("timeline.shippedWith", { courier: event.courier_name ?? event.courier ?? "-", resi: event.resi })}</span>
                        ) : null}
                        {event.key === "canceled" && event.reason ? (
                          <span className="muted">{t("timeline.reason", { reason: event.reason })}</span>
                        ) : null}
                      </li>
                    ))}
                  </ol>
                </div>
              </div>

              <aside className="order-actions" aria-label={t("actions.title")}>
                {actions.confirmTransfer && part.transfer ? (
                  <div className="card">
                    <ConfirmTransferForm
                      action={confirmTransferAction}
                      orderId={part.order_id}
                      lapasId={lapasId}
                      expected={part.transfer.expected_amount}
                      today={todayIn(zone)}
                      notice={part.transfer.notice}
                      timeZone={zone}
                    />
                  </div>
                ) : null}
                {actions.pack ? (
                  <div className="card">
                    <PackForm action={packAction} orderId={part.order_id} lapasId={lapasId} pickup={pickup} />
                  </div>
                ) : null}
                {actions.print ? (
                  <div className="card">
                    <h3 className="order-form__title">{t("actions.print")}</h3>
                    <div className="order-print">
                      <a className="button button--secondary" href={`/pesanan/${part.order_id}/cetak/daftar-isi${docQuery}`} data-testid="packing-slip-link">
                        {t("actions.packingSlip")}
                      </a>
                      <a className="button button--secondary" href={`/pesanan/${part.order_id}/cetak/label${docQuery}`} data-testid="shipping-label-link">
                        {t("actions.shippingLabel")}
                      </a>
                    </div>
                  </div>
                ) : null}
                {actions.ship.map((f, index) => (
                  <div className="card" key={f.id}>
                    <ShipForm
                      action={shipAction}
                      orderId={part.order_id}
                      fulfillmentId={f.id}
                      chosenCourier={part.chosen_courier}
                      title={actions.ship.length > 1 ? `${t("ship.title")} ${index + 1}` : t("ship.title")}
                    />
                  </div>
                ))}
                {actions.receive.map((f) => (
                  <div className="card" key={f.id}>
                    <ReceivedForm action={receivedAction} orderId={part.order_id} fulfillmentId={f.id} pickup={f.kind === "pickup"} />
                  </div>
                ))}
                {actions.cancel ? (
                  <div className="card">
                    <CancelForm action={cancelAction} orderId={part.order_id} />
                  </div>
                ) : null}
              </aside>
            </div>
          </section>
        )
      })}
    </>
  )
}
