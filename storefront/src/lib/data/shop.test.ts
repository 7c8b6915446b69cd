// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from "vitest"
import { KEY, stubBackend, type Reply } from "../../../test/fake-backend"

type Handler = (request: { url: URL; method: string; body: unknown; headers: Headers }) => Reply
let handlers: Record<string, Handler>
let fetchMock: Mock

// The cookie store of one request, as next/headers hands it to Server Actions.
const jar = new Map<string, { value: string; options?: Record<string, unknown> }>()
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)!.value } : undefined),
    set: (name: string, value: string, options?: Record<string, unknown>) => jar.set(name, { value, options }),
    delete: (name: string) => jar.delete(name),
  }),
}))

function calls(method: string, pathname: string) {
  return fetchMock.mock.calls
    .map(([input, init]) => ({ url: new URL(String(input)), init: init as RequestInit }))
    .filter(({ url, init }) => url.pathname === pathname && (init?.method ?? "GET") === method)
}

const ADDRESS = {
  first_name: "Budi",
  last_name: "Santoso",
  phone: "081234567890",
  address_1: "Jl. Kertajaya 10",
  city: "Kota Surabaya",
  province: "Jawa Timur",
  postal_code: "60281",
  country_code: "id",
  address_2: "Gubeng, Airlangga",
}

function cart(overrides: Record<string, unknown> = {}) {
  return {
    id: "cart_1",
    region_id: "reg_idr",
    email: "budi@contoh.id",
    total: 140000,
    items: [{ id: "item_1", product_id: "prod_jahe", quantity: 2, unit_price: 62500, subtotal: 125000 }],
    shipping_address: ADDRESS,
    payment_collection: {
      id: "paycol_1",
      payment_sessions: [{ id: "ps_1", provider_id: "pp_system_default", status: "pending", amount: 140000 }],
    },
    ...overrides,
  }
}

const SHIPPING = {
  groups: [
    {
      lapas: { id: "lapas_bjn", handle: "bojonegoro", name: "Lapas Kelas IIA Bojonegoro", city: "Bojonegoro" },
      item_ids: ["item_1"],
      options: [
        {
          id: "so_jne",
          name: "JNE Reguler dari Lapas Kelas IIA Bojonegoro",
          amount: 15000,
          kind: "courier",
          courier: "jne",
          service: "regular",
          etd_min_days: 2,
          etd_max_days: 4,
        },
        // An older backend's pickup option: no courier fields at all.
        { id: "so_pickup", name: "Ambil di Lapas Kelas IIA Bojonegoro", amount: "0", kind: "pickup" },
      ],
      selected_option_id: "so_jne",
    },
  ],
}

beforeEach(() => {
  vi.resetModules()
  jar.clear()
  handlers = {
    "GET /store/regions": () => ({ body: { regions: [{ id: "reg_idr", currency_code: "idr" }] } }),
    "GET /store/carts/cart_1": () => ({ body: { cart: cart() } }),
    "GET /store/carts/cart_1/lapas-shipping": () => ({ body: SHIPPING }),
    "POST /store/carts/cart_1/complete": () => ({
      body: { type: "order", order: { id: "order_1", display_id: 1024 } },
    }),
  }
  fetchMock = stubBackend((url, init) => {
    const method = init?.method ?? "GET"
    const body = typeof init?.body === "string" ? JSON.parse(init.body) : undefined
    return handlers[`${method} ${url.pathname}`]?.({ url, method, body, headers: new Headers(init?.headers) })
  })
})

afterEach(() => {
  vi.unstubAllGlobals()
  vi.unstubAllEnvs()
})

describe("placeOrder", () => {
  it("completes a ready cart and returns the order", async () => {
    const { placeOrder } = await import("./checkout")
    const result = await placeOrder("cart_1")
    expect(result).toEqual({ ok: true, order: { id: "order_1", display_id: 1024 } })
    expect(calls("POST", "/store/carts/cart_1/complete")).toHaveLength(1)
    const [{ init }] = calls("POST", "/store/carts/cart_1/complete")
    expect(new Headers(init.headers).get("x-publishable-api-key")).toBe(KEY)
  })

  it("refuses an empty cart and creates nothing", async () => {
    handlers["GET /store/carts/cart_1"] = () => ({ body: { cart: cart({ items: [] }) } })
    const { placeOrder } = await import("./checkout")
    const result = await placeOrder("cart_1")
    expect(result).toEqual({ ok: false, problems: [{ step: "alamat", key: "checkout.error.emptyCart" }] })
    expect(calls("POST", "/store/carts/cart_1/complete")).toHaveLength(0)
  })

  it("refuses an unknown or completed cart and creates nothing", async () => {
    const { placeOrder } = await import("./checkout")
    expect(await placeOrder("cart_gone")).toMatchObject({ ok: false, problems: [{ key: "checkout.error.emptyCart" }] })
    handlers["GET /store/carts/cart_1"] = () => ({ body: { cart: cart({ completed_at: "2026-01-01T00:00:00Z" }) } })
    expect(await placeOrder("cart_1")).toMatchObject({ ok: false, problems: [{ key: "checkout.error.emptyCart" }] })
    expect(fetchMock.mock.calls.some(([input]) => String(input).endsWith("/complete"))).toBe(false)
  })

  it("refuses a missing postal code or an invalid phone without asking the backend", async () => {
    const { placeOrder } = await import("./checkout")
    handlers["GET /store/carts/cart_1"] = () => ({
      body: { cart: cart({ shipping_address: { ...ADDRESS, postal_code: null } }) },
    })
    expect(await placeOrder("cart_1")).toEqual({
      ok: false,
      problems: [{ step: "alamat", key: "checkout.error.postalCodeRequired" }],
    })
    handlers["GET /store/carts/cart_1"] = () => ({
      body: { cart: cart({ shipping_address: { ...ADDRESS, phone: "12345" } }) },
    })
    expect(await placeOrder("cart_1")).toEqual({
      ok: false,
      problems: [{ step: "alamat", key: "checkout.error.phoneInvalid" }],
    })
    expect(calls("POST", "/store/carts/cart_1/complete")).toHaveLength(0)
  })

  it("refuses a lapas without delivery choice and a cart without payment", async () => {
    handlers["GET /store/carts/cart_1/lapas-shipping"] = () => ({
      body: { groups: [{ ...SHIPPING.groups[0], selected_option_id: null }] },
    })
    handlers["GET /store/carts/cart_1"] = () => ({ body: { cart: cart({ payment_collection: null }) } })
    const { placeOrder } = await import("./checkout")
    expect(await placeOrder("cart_1")).toEqual({
      ok: false,
      problems: [
        { step: "pengiriman", key: "checkout.error.deliveryRequired" },
        { step: "pembayaran", key: "checkout.error.paymentRequired" },
      ],
    })
    expect(calls("POST", "/store/carts/cart_1/complete")).toHaveLength(0)
  })

  it("passes the backend's 400 message on", async () => {
    handlers["POST /store/carts/cart_1/complete"] = () => ({
      status: 400,
      body: { type: "invalid_data", message: "Kode pos harus 5 angka" },
    })
    const { placeOrder } = await import("./checkout")
    expect(await placeOrder("cart_1")).toEqual({
      ok: false,
      problems: [],
      message: "Kode pos harus 5 angka",
      status: 400,
    })
  })
})

describe("saveCartAddress", () => {
  it("sends kecamatan and kelurahan in address_2, as shipping and billing address, without metadata", async () => {
    handlers["POST /store/carts/cart_1"] = () => ({ body: { cart: { id: "cart_1" } } })
    const { saveCartAddress } = await import("./checkout")
    await saveCartAddress("cart_1", {
      email: "budi@contoh.id",
      first_name: "Budi",
      last_name: "Santoso",
      phone: "081234567890",
      province: "Jawa Timur",
      city: "Kota Surabaya",
      district: "Gubeng",
      village: "Airlangga",
      address_1: "Jl. Kertajaya 10",
      postal_code: "60281",
    })
    const [update] = calls("POST", "/store/carts/cart_1")
    const body = JSON.parse(String(update.init.body))
    expect(body.email).toBe("budi@contoh.id")
    expect(body.shipping_address).toEqual({
      first_name: "Budi",
      last_name: "Santoso",
      phone: "081234567890",
      address_1: "Jl. Kertajaya 10",
      address_2: "Gubeng, Airlangga",
      city: "Kota Surabaya",
      province: "Jawa Timur",
      postal_code: "60281",
      country_code: "id",
    })
    expect(body.billing_address).toEqual(body.shipping_address)
  })
})

describe("lapas shipping", () => {
  it("reads the groups and posts one option per lapas", async () => {
    handlers["POST /store/carts/cart_1/lapas-shipping"] = ({ body }) => ({ body: { cart: { id: "cart_1", body } } })
    const { getLapasShipping, setLapasShipping } = await import("./checkout")
    const groups = await getLapasShipping("cart_1")
    expect(groups[0].lapas.name).toBe("Lapas Kelas IIA Bojonegoro")
    expect(groups[0].options).toEqual([
      expect.objectContaining({ id: "so_jne", amount: 15000, courier: "jne", service: "regular", etd_min_days: 2, etd_max_days: 4 }),
      expect.objectContaining({ id: "so_pickup", amount: 0, courier: null, service: null, etd_min_days: null, etd_max_days: null }),
    ])
    await setLapasShipping("cart_1", ["so_jne"])
    const [post] = calls("POST", "/store/carts/cart_1/lapas-shipping")
    expect(JSON.parse(String(post.init.body))).toEqual({ option_ids: ["so_jne"] })
  })

  it("throws the backend's message for a refused choice", async () => {
    handlers["POST /store/carts/cart_1/lapas-shipping"] = () => ({
      status: 400,
      body: { message: "Pilih tepat satu opsi pengiriman untuk setiap lapas" },
    })
    const { setLapasShipping } = await import("./checkout")
    await expect(setLapasShipping("cart_1", [])).rejects.toMatchObject({
      status: 400,
      message: "Pilih tepat satu opsi pengiriman untuk setiap lapas",
    })
  })
})

describe("addToCart", () => {
  it("creates a cart in the IDR region on the first add and keeps its id in an httpOnly cookie", async () => {
    handlers["POST /store/carts"] = ({ body }) => ({ body: { cart: { id: "cart_new", body } } })
    const { addToCart } = await import("./cart")
    await addToCart("variant_jahe", 2)
    const [create] = calls("POST", "/store/carts")
    expect(JSON.parse(String(create.init.body))).toEqual({
      region_id: "reg_idr",
      items: [{ variant_id: "variant_jahe", quantity: 2 }],
      // The buyer's language (no locale cookie: Bahasa Indonesia) goes to the order's emails.
      metadata: { locale: "id" },
    })
    expect(jar.get("kb_cart")).toMatchObject({
      value: "cart_new",
      options: { httpOnly: true, sameSite: "lax", path: "/" },
    })
  })

  it("records English on a new cart for a buyer who chose English", async () => {
    jar.set("locale", { value: "en" })
    handlers["POST /store/carts"] = () => ({ body: { cart: { id: "cart_en" } } })
    const { addToCart } = await import("./cart")
    await addToCart("variant_jahe", 1)
    const [create] = calls("POST", "/store/carts")
    expect(JSON.parse(String(create.init.body)).metadata).toEqual({ locale: "en" })
  })

  it("adds to the existing cart afterwards", async () => {
    jar.set("kb_cart", { value: "cart_1" })
    handlers["POST /store/carts/cart_1/line-items"] = () => ({ body: { cart: { id: "cart_1" } } })
    const { addToCart } = await import("./cart")
    await addToCart("variant_jahe", 1)
    const [add] = calls("POST", "/store/carts/cart_1/line-items")
    expect(JSON.parse(String(add.init.body))).toEqual({ variant_id: "variant_jahe", quantity: 1 })
    expect(calls("POST", "/store/carts")).toHaveLength(0)
  })

  it("starts a new cart when the remembered one has become an order", async () => {
    jar.set("kb_cart", { value: "cart_1" })
    handlers["GET /store/carts/cart_1"] = () => ({ body: { cart: cart({ completed_at: "2026-01-01T00:00:00Z" }) } })
    handlers["POST /store/carts"] = () => ({ body: { cart: { id: "cart_2" } } })
    const { addToCart } = await import("./cart")
    await addToCart("variant_jahe", 1)
    expect(jar.get("kb_cart")?.value).toBe("cart_2")
  })

  it("sends the customer's token with cart requests once logged in", async () => {
    jar.set("kb_auth", { value: "jwt_abc" })
    handlers["POST /store/carts"] = () => ({ body: { cart: { id: "cart_3" } } })
    const { addToCart } = await import("./cart")
    await addToCart("variant_jahe", 1)
    const [create] = calls("POST", "/store/carts")
    expect(new Headers(create.init.headers).get("authorization")).toBe("Bearer jwt_abc")
  })

  it("surfaces a stock refusal with the backend's status and message", async () => {
    handlers["POST /store/carts"] = () => ({ status: 400, body: { message: "Stok tidak mencukupi" } })
    const { addToCart } = await import("./cart")
    await expect(addToCart("variant_jahe", 5)).rejects.toMatchObject({ status: 400, message: "Stok tidak mencukupi" })
    expect(jar.has("kb_cart")).toBe(false)
  })
})

describe("rememberCartLocale", () => {
  it("records a new language on the open cart and keeps its other metadata", async () => {
    jar.set("kb_cart", { value: "cart_1" })
    handlers["GET /store/carts/cart_1"] = () => ({ body: { cart: cart({ metadata: { source: "wa", locale: "id" } }) } })
    handlers["POST /store/carts/cart_1"] = ({ body }) => ({ body: { cart: { id: "cart_1", body } } })
    const { rememberCartLocale } = await import("./cart")
    await rememberCartLocale("en")
    const [update] = calls("POST", "/store/carts/cart_1")
    expect(JSON.parse(String(update.init.body))).toEqual({ metadata: { source: "wa", locale: "en" } })
  })

  it("sends nothing without a cart, for a completed cart, or when the language is already there", async () => {
    const { rememberCartLocale } = await import("./cart")
    await rememberCartLocale("en")
    expect(fetchMock).not.toHaveBeenCalled()

    jar.set("kb_cart", { value: "cart_1" })
    handlers["GET /store/carts/cart_1"] = () => ({ body: { cart: cart({ metadata: { locale: "en" } }) } })
    await rememberCartLocale("en")
    handlers["GET /store/carts/cart_1"] = () => ({ body: { cart: cart({ completed_at: "2026-01-01T00:00:00Z" }) } })
    await rememberCartLocale("id")
    expect(calls("POST", "/store/carts/cart_1")).toHaveLength(0)
  })
})

describe("cart view", () => {
  it("groups the lines by the lapas of their product", async () => {
    jar.set("kb_cart", { value: "cart_1" })
    handlers["GET /store/carts/cart_1"] = () => ({
      body: {
        cart: cart({
          items: [
            { id: "item_1", product_id: "prod_jahe", quantity: 2, unit_price: 62500, subtotal: 125000, created_at: "2026-01-01T01:00:00Z" },
            { id: "item_2", product_id: "prod_kursi", quantity: 1, unit_price: 900000, subtotal: 900000, created_at: "2026-01-01T02:00:00Z" },
            { id: "item_3", product_id: "prod_kunyit", quantity: 1, unit_price: 30000, subtotal: 30000, created_at: "2026-01-01T03:00:00Z" },
          ],
        }),
      },
    })
    handlers["GET /store/products"] = ({ url }) => {
      expect(url.searchParams.get("fields")).toContain("+lapas.name")
      return {
        body: {
          products: [
            { id: "prod_jahe", lapas: { id: "lapas_bjn", handle: "bojonegoro", name: "Lapas Kelas IIA Bojonegoro", city: "Bojonegoro" } },
            { id: "prod_kursi", lapas: { id: "lapas_smg", handle: "semarang", name: "Lapas Kelas I Semarang", city: "Semarang" } },
            { id: "prod_kunyit", lapas: { id: "lapas_bjn", handle: "bojonegoro", name: "Lapas Kelas IIA Bojonegoro", city: "Bojonegoro" } },
          ],
        },
      }
    }
    const { retrieveCartView, getCartItemCount } = await import("./cart")
    const view = await retrieveCartView()
    expect(view?.groups.map((g) => [g.lapas?.name, g.items.map((i) => i.id), g.subtotal])).toEqual([
      ["Lapas Kelas IIA Bojonegoro", ["item_1", "item_3"], 155000],
      ["Lapas Kelas I Semarang", ["item_2"], 900000],
    ])
    expect(await getCartItemCount()).toBe(4)
  })

  it("counts 0 without a cart cookie and does not call the backend", async () => {
    const { getCartItemCount } = await import("./cart")
    expect(await getCartItemCount()).toBe(0)
    expect(fetchMock).not.toHaveBeenCalled()
  })
})

describe("orders", () => {
  it("looks an order up by number and email, and answers null when they do not match", async () => {
    handlers["POST /store/orders/lookup"] = ({ body }) => {
      const { display_id, email } = body as { display_id: number; email: string }
      return display_id === 1024 && email === "budi@contoh.id"
        ? { body: { order: { id: "order_1", display_id: 1024 } } }
        : { status: 404, body: { message: "Pesanan tidak ditemukan" } }
    }
    const { lookupOrder } = await import("./orders")
    expect((await lookupOrder(1024, "budi@contoh.id"))?.id).toBe("order_1")
    expect(await lookupOrder(1024, "lain@contoh.id")).toBeNull()
    expect(await lookupOrder(9999, "budi@contoh.id")).toBeNull()
  })

  it("reads the account's order list in one request, with the customer's token and the page asked for", async () => {
    jar.set("kb_auth", { value: "jwt_abc" })
    handlers["GET /store/orders/summaries"] = ({ headers, url }) =>
      headers.get("authorization") === "Bearer jwt_abc"
        ? {
            body: {
              orders: [{ id: "order_1", progress: "shipped" }, { id: "order_2", progress: "processing" }],
              count: 7,
              limit: Number(url.searchParams.get("limit")),
              offset: Number(url.searchParams.get("offset")),
            },
          }
        : { status: 401, body: { message: "Unauthorized" } }
    const { listCustomerOrders } = await import("./orders")
    const history = await listCustomerOrders({ limit: 2, offset: 4 })
    expect(history.orders.map((o) => o.id)).toEqual(["order_1", "order_2"])
    expect(history.count).toBe(7)
    const list = calls("GET", "/store/orders/summaries")
    expect(list).toHaveLength(1)
    expect(list[0].url.searchParams.get("limit")).toBe("2")
    expect(list[0].url.searchParams.get("offset")).toBe("4")
    // No request per order.
    expect(fetchMock.mock.calls.filter(([input]) => /\/summary$/.test(new URL(String(input)).pathname))).toHaveLength(0)
  })

  it("reads an order summary by id; unknown ids are null", async () => {
    handlers["GET /store/orders/order_1/summary"] = () => ({ body: { order: { id: "order_1", display_id: 1024 } } })
    const { getOrderSummary } = await import("./orders")
    expect((await getOrderSummary("order_1"))?.display_id).toBe(1024)
    expect(await getOrderSummary("order_x")).toBeNull()
  })
})

describe("customer auth", () => {
  it("logs in through the emailpass route and returns the token without keeping it in the SDK", async () => {
    handlers["POST /auth/customer/emailpass"] = ({ body }) =>
      (body as { password: string }).password === "rahasia123"
        ? { body: { token: "jwt_ok" } }
        : { status: 401, body: { message: "Invalid email or password" } }
    handlers["GET /store/customers/me"] = ({ headers }) =>
      headers.get("authorization") ? { body: { customer: { id: "cus_1" } } } : { status: 401, body: {} }
    const { loginCustomer } = await import("./customer")
    expect(await loginCustomer("budi@contoh.id", "rahasia123")).toBe("jwt_ok")
    await expect(loginCustomer("budi@contoh.id", "salah")).rejects.toMatchObject({ status: 401 })

    // A later request of another visitor carries no token.
    const { retrieveCustomer } = await import("./customer")
    expect(await retrieveCustomer()).toBeNull()
    expect(calls("GET", "/store/customers/me")).toHaveLength(0)
  })

  it("registers: identity, then customer with the registration token, then login", async () => {
    handlers["POST /auth/customer/emailpass/register"] = () => ({ body: { token: "jwt_register" } })
    handlers["POST /store/customers"] = ({ headers, body }) => {
      expect(headers.get("authorization")).toBe("Bearer jwt_register")
      return { body: { customer: { id: "cus_1", ...(body as object) } } }
    }
    handlers["POST /auth/customer/emailpass"] = () => ({ body: { token: "jwt_customer" } })
    const { registerCustomer } = await import("./customer")
    const token = await registerCustomer({
      email: "budi@contoh.id",
      password: "rahasia123",
      first_name: "Budi",
      last_name: "",
    })
    expect(token).toBe("jwt_customer")
    const [create] = calls("POST", "/store/customers")
    expect(JSON.parse(String(create.init.body))).toEqual({ email: "budi@contoh.id", first_name: "Budi" })
  })
})
