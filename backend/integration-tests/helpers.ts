/** HTTP helpers shared by the integration suites: logging in, reading refusals, buying as a shopper. */
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

type Api = {
  get: (url: string, config?: any) => Promise<{ data: any }>
  post: (url: string, body?: any, config?: any) => Promise<{ data: any }>
}
export type Headers = { headers: Record<string, string> }

export const DEMO_PASSWORD = "karyabinaan"

/** A buyer in Surabaya; every test order ships there. */
export const BUYER_ADDRESS = {
  first_name: "Sari",
  last_name: "Wulandari",
  address_1: "Jl. Darmo 12",
  /** The kecamatan (or "kecamatan, kelurahan"); checkout refuses an address without it. */
  address_2: "Tegalsari",
  city: "Kota Surabaya",
  province: "Jawa Timur",
  postal_code: "60241",
  country_code: "id",
  phone: "+6281234567890",
}

export async function loginAs(api: Api, email: string, password = DEMO_PASSWORD): Promise<Headers> {
  const { data } = await api.post(`/auth/user/emailpass`, { email, password })
  return { headers: { authorization: `Bearer ${data.token}` } }
}

/** Logs in to the panel's scoped API as a lapas member (actor type `lapas_member`). */
export async function loginAsMember(api: Api, email: string, password = DEMO_PASSWORD): Promise<Headers> {
  const { data } = await api.post(`/auth/lapas_member/emailpass`, { email, password })
  return { headers: { authorization: `Bearer ${data.token}` } }
}

/** The HTTP status and error message of a request; 200 and "" when it succeeds. */
export async function failureOf(request: Promise<unknown>) {
  try {
    await request
    return { status: 200, message: "" }
  } catch (error: any) {
    if (!error.response) throw error
    return { status: error.response.status as number, message: String(error.response.data?.message ?? "") }
  }
}

export async function statusOf(request: Promise<unknown>) {
  return (await failureOf(request)).status
}

/** Polls `probe` every 100 ms until it returns something truthy (e.g. rows booked by a subscriber). */
export async function waitFor<T>(what: string, probe: () => Promise<T | undefined | false>, timeoutMs: number) {
  const started = Date.now()
  for (;;) {
    const value = await probe()
    if (value) return value
    if (Date.now() - started > timeoutMs) throw new Error(`Timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

export interface PlaceOrderOptions {
  /** Delivery per lapas handle: "courier" unless named "pickup" here. */
  kinds?: Record<string, "courier" | "pickup">
  email?: string
  /** The cart's metadata (Medusa copies it to the order), e.g. the buyer's `locale`. */
  metadata?: Record<string, unknown>
}

/**
 * Places an order through the store API as a shopper would: cart with the items, one delivery
 * option per lapas in it (checkout asks for one shipping method per lapas), the system payment
 * provider (bank transfer), checkout. Returns the created order.
 */
export async function placeOrder(
  api: Api,
  shop: { publishableKey: string; regionId: string },
  items: { variant_id: string; quantity: number }[],
  options: PlaceOrderOptions = {}
) {
  const store = { headers: { "x-publishable-api-key": shop.publishableKey } }
  const { data: created } = await api.post(
    `/store/carts`,
    {
      region_id: shop.regionId,
      email: options.email ?? "pembeli@example.com",
      items,
      shipping_address: BUYER_ADDRESS,
      ...(options.metadata ? { metadata: options.metadata } : {}),
    },
    store
  )
  const cartId = created.cart.id
  const { data: shipping } = await api.get(`/store/carts/${cartId}/lapas-shipping`, store)
  const optionIds = shipping.groups.map((group: any) => {
    const kind = options.kinds?.[group.lapas.handle] ?? "courier"
    return group.options.find((o: any) => o.kind === kind).id
  })
  await api.post(`/store/carts/${cartId}/lapas-shipping`, { option_ids: optionIds }, store)
  const { data: collection } = await api.post(`/store/payment-collections`, { cart_id: cartId }, store)
  await api.post(
    `/store/payment-collections/${collection.payment_collection.id}/payment-sessions`,
    { provider_id: "pp_system_default" },
    store
  )
  const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, store)
  if (data.type !== "order") {
    throw new Error(`Checkout did not create an order: ${JSON.stringify(data.error ?? data)}`)
  }
  return data.order
}

/** The first variant of the product with this handle, as the store sells it. */
export async function variantOfProduct(api: Api, publishableKey: string, handle: string) {
  const { data } = await api.get(`/store/products?handle=${handle}&fields=variants.id`, {
    headers: { "x-publishable-api-key": publishableKey },
  })
  return data.products[0].variants[0].id as string
}

/** placeOrder, plus the id of the order's payment, read as `admin`, to capture or refund it. */
export async function placeOrderWithPayment(
  api: Api,
  shop: { publishableKey: string; regionId: string },
  items: { variant_id: string; quantity: number }[],
  admin: Headers
) {
  const order = await placeOrder(api, shop, items)
  const { data: read } = await api.get(`/admin/orders/${order.id}?fields=id,payment_collections.payments.id`, admin)
  return { id: order.id as string, paymentId: read.order.payment_collections[0].payments[0].id as string }
}

/** The e-mails the Notification Module recorded for an address (newest first), with their rendered text. */
export async function emailsTo(container: MedusaContainer, to: string) {
  const notifications = container.resolve(Modules.NOTIFICATION)
  const rows = (await notifications.listNotifications({ to, channel: "email" } as object, {
    order: { created_at: "DESC" },
  } as object)) as any[]
  return rows.map((row) => ({
    template: row.template as string,
    status: row.status as string,
    subject: row.provider_data?.content?.subject as string,
    text: row.provider_data?.content?.text as string,
  }))
}
