// Simulated buyers: what the storefront's server asks the store API for while a buyer browses the
// home page, a category, a product page, searches and checks out (storefront/src/lib/data and the
// checkout actions: the same paths, query strings and bodies, in parallel where the page does
// Promise.all). Each buyer has its own seeded random stream (LOAD_SEED + its number), its own
// client address in X-Forwarded-For (the storefront passes its visitors' addresses on; the backend
// trusts it from loopback) and thinks between pages as people do.

/** storefront/src/lib/data/products.ts PRODUCT_FIELDS */
export const PRODUCT_FIELDS = [
  "*variants.calculated_price",
  "+variants.inventory_quantity",
  "+variants.manage_inventory",
  "+variants.allow_backorder",
  "*images",
  "*categories",
  "*type",
  "+metadata",
  "+lapas.handle",
  "+lapas.name",
  "+lapas.city",
  "+lapas.province",
  "+lapas.lapas_class",
].join(",")
const CATEGORY_FIELDS = "id,name,handle,description,rank,parent_category_id,metadata"
const COLLECTION_FIELDS = "id,title,handle,metadata"
const CART_FIELDS = "+items.subtotal,+items.total,*shipping_address,+shipping_methods.name,+shipping_methods.shipping_option_id"
const COUNT_FIELDS = "id,completed_at,items.id,items.quantity"
const CART_LAPAS_FIELDS = "id,+lapas.id,+lapas.handle,+lapas.name,+lapas.city,+lapas.time_zone"
const BANK_TRANSFER = "pp_system_default"
const LISTING_PAGE_SIZE = 24
const SEARCH_PAGE_SIZE = 24
const SORTS = ["newest", "newest", "newest", "price_asc", "price_desc", "title"]

/** What buyers type: Indonesian product words, capitals and misspellings as people type them. */
export const SEARCHES = [
  "jahe instan", "jahe", "Jahe Instant", "jhe instan", "JAHE", "jamu", "kunyit asam", "temulawak",
  "lidah buaya", "kripik jagung", "keripik singkong", "pupuk organik", "tanjak", "tanjk", "kotak tisu",
  "jam dinding", "cermin hias", "kursi rotan", "kursi rotn", "meja jati", "meja jatti", "sofa jati",
  "kursi teras", "lukisan", "lukisan kanvas", "patung kayu", "batik tulis", "batk", "nastar",
  "roti tawar", "bolu pandan", "sambal bawang", "sambel", "sabun herbal", "lulur", "ember",
  "baskom plastik", "rak piring", "tempat sampah", "keranjang rotan", "keranjang", "sarung tangan",
  "sarung tangan softball", "tas softball", "selada", "pakcoy", "bibit cabe", "sansevieria",
  "oleh oleh", "hadiah", "kerajinan kayu", "kayu jati", "rotan sintetis", "makanan ringan",
]

/** Delivery addresses in the convention the backend checks (README: city the kabupaten/kota, address_2 the kecamatan[, kelurahan]). */
const ADDRESSES = [
  { address_1: "Jl. Raya Gubeng No. 12", address_2: "Gubeng, Airlangga", city: "Kota Surabaya", province: "Jawa Timur", postal_code: "60281" },
  { address_1: "Jl. Pemuda 21", address_2: "Semarang Tengah", city: "Kota Semarang", province: "Jawa Tengah", postal_code: "50132" },
  { address_1: "Jl. Kaliurang Km 5", address_2: "Depok, Caturtunggal", city: "Kabupaten Sleman", province: "DI Yogyakarta", postal_code: "55281" },
  { address_1: "Jl. Kedungdoro 40", address_2: "Tegalsari", city: "Kota Surabaya", province: "Jawa Timur", postal_code: "60261" },
]
const FIRST_NAMES = ["Sari", "Dewi", "Budi", "Agus", "Rina", "Wahyu", "Putri", "Joko", "Siti", "Andi", "Lestari", "Yusuf"]
const LAST_NAMES = ["Wulandari", "Lestari", "Santoso", "Pratama", "Hidayat", "Nugroho", "Saputra", "Rahmawati"]

/** mulberry32: a small, fast seeded generator; `seed` any 32-bit integer. */
export function seededRandom(seed) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * The storefront's view of the store, shared by every buyer the way one storefront server process
 * shares it: the IDR region (remembered for a minute, storefront/src/lib/data/regions.ts) and, for
 * picking what to look at, the handles and ids seen so far.
 */
export function createShop({ client, scarce, regionTtlMs = 60_000 }) {
  let region = null
  let regionExpires = 0
  let regionPending = null
  return {
    client,
    scarce,
    categories: [],
    productHandles: new Set(),
    async regionId() {
      if (region && regionExpires > Date.now()) return region
      regionPending ??= client
        .get("/store/regions", { fields: "id,name,currency_code", limit: 100 })
        .then((answer) => {
          const found = answer.json()?.regions?.find((r) => r.currency_code?.toLowerCase() === "idr")
          if (found) {
            region = found.id
            regionExpires = Date.now() + regionTtlMs
          }
          return region
        })
        .finally(() => (regionPending = null))
      return regionPending
    },
  }
}

/** Counters of what buyers did (not requests: outcomes). */
export function createOutcomes() {
  return {
    sessions: 0,
    pageViews: 0,
    searches: 0,
    addsToCart: 0,
    checkoutsStarted: 0,
    orders: 0,
    orderTimes: [],
    soldOutAtAdd: 0,
    soldOutAtComplete: 0,
    sawNoStock: 0,
    abandoned: 0,
    failedFlows: 0,
  }
}

/**
 * One buyer: sessions of browsing (and, for a share of them, a checkout) until `deadline`.
 * @param {{ shop, outcomes, index: number, seed: number, deadline: number, checkoutShare: number,
 *   scarceShare: number, thinkScale: number, startDelayMs: number }} options
 */
export async function runBuyer({ shop, outcomes, index, seed, deadline, checkoutShare, scarceShare, thinkScale, startDelayMs }) {
  const rng = seededRandom((seed * 1_000_003 + index * 7_919) >>> 0)
  const pick = (list) => list[Math.floor(rng() * list.length)]
  const between = (min, max) => min + rng() * (max - min)
  const over = () => Date.now() >= deadline
  /** A think time: mostly around `meanMs`, sometimes much longer (exponential), never under `minMs`. */
  const think = async (meanMs, minMs = 800) => {
    const ms = Math.min(meanMs * 4, Math.max(minMs, -Math.log(1 - rng()) * meanMs)) * thinkScale
    const left = deadline - Date.now()
    if (left > 0) await sleep(Math.min(ms, left))
  }
  const { client } = shop
  // The buyer's address as the storefront passes it on (10.x.y.z, one per buyer).
  const forwarded = { "x-forwarded-for": `10.${(index >> 16) & 255}.${(index >> 8) & 255}.${(index & 255) + 1}` }
  const get = (path, query) => client.get(path, query, forwarded)
  const post = (path, body, query) => client.post(path, body, query, forwarded)

  let cartId = null
  const cartCount = () => (cartId ? [get(`/store/carts/${cartId}`, { fields: COUNT_FIELDS })] : [])

  async function home() {
    const regionId = await shop.regionId()
    const [categories, featured] = await Promise.all([
      get("/store/product-categories", { fields: CATEGORY_FIELDS, limit: 100 }),
      get("/store/products", { fields: PRODUCT_FIELDS, limit: 8, offset: 0, region_id: regionId }),
      get("/store/lapas"),
      get("/store/impact"),
      get("/store/collections", { fields: COLLECTION_FIELDS, limit: 100, order: "title" }),
      ...cartCount(),
    ])
    remember(categories, featured)
    return featured.json()?.products ?? []
  }

  function remember(categories, products) {
    const list = categories?.json()?.product_categories
    if (list?.length && !shop.categories.length) shop.categories = list.map((c) => ({ id: c.id, handle: c.handle }))
    for (const p of products?.json()?.products ?? []) if (p.handle) shop.productHandles.add(p.handle)
  }

  async function category() {
    const regionId = await shop.regionId()
    const [categories] = await Promise.all([
      get("/store/product-categories", { fields: CATEGORY_FIELDS, limit: 100 }),
      get("/store/lapas"),
      ...cartCount(),
    ])
    remember(categories)
    if (!shop.categories.length) return []
    const chosen = pick(shop.categories)
    const page = rng() < 0.15 ? 2 : 1
    const catalog = await get("/store/catalog", {
      sort: pick(SORTS),
      limit: LISTING_PAGE_SIZE,
      offset: (page - 1) * LISTING_PAGE_SIZE,
      category_id: chosen.id,
      region_id: regionId,
    })
    const ids = catalog.json()?.product_ids ?? []
    if (!ids.length) return []
    const listed = await get("/store/products", { fields: PRODUCT_FIELDS, limit: ids.length, offset: 0, region_id: regionId, id: ids })
    remember(null, listed)
    return listed.json()?.products ?? []
  }

  async function search() {
    outcomes.searches++
    const q = pick(SEARCHES)
    // The search box asks for suggestions while the buyer types (from the second character).
    const typed = Math.min(q.length, 2 + Math.floor(rng() * 4))
    for (let n = 2; n <= typed; n += 2) {
      await get("/store/search/suggestions", { q: q.slice(0, n), limit: 6 })
      await sleep(150 * thinkScale)
    }
    const [results] = await Promise.all([
      get("/store/search", {
        q,
        limit: SEARCH_PAGE_SIZE,
        offset: 0,
        ...(rng() < 0.15 ? { in_stock: "true" } : {}),
      }),
      get("/store/product-categories", { fields: CATEGORY_FIELDS, limit: 100 }),
      ...cartCount(),
    ])
    return (results.json()?.hits ?? []).map((hit) => ({ handle: hit.handle }))
  }

  async function product(handle) {
    const regionId = await shop.regionId()
    const [found] = await Promise.all([
      get("/store/products", { fields: PRODUCT_FIELDS, region_id: regionId, handle, limit: 1 }),
      ...cartCount(),
    ])
    const item = found.json()?.products?.find((p) => p.handle === handle)
    if (!item) return null
    await Promise.all([
      get(`/store/products/${item.id}/impact`, { region_id: regionId }),
      get(`/store/products/${item.id}/makers`),
    ])
    return item
  }

  /** A variant the page offers for `quantity` units: in stock (or not stock-managed, or on backorder). */
  function buyable(item, quantity) {
    if (!item || /jasa|service/i.test(item.type?.value ?? "")) return null
    const open = (item.variants ?? []).filter(
      (v) => v.calculated_price && (!v.manage_inventory || v.allow_backorder || (v.inventory_quantity ?? 0) >= quantity)
    )
    return open.length ? pick(open) : null
  }

  /** The product page's "Tambah ke keranjang" (storefront addToCart). False when sold out meanwhile. */
  async function addToCart(variantId, quantity) {
    outcomes.addsToCart++
    let answer
    if (cartId) {
      const existing = await get(`/store/carts/${cartId}`, { fields: "id,completed_at" })
      if (existing.status !== 200) return false
      answer = await post(`/store/carts/${cartId}/line-items`, { variant_id: variantId, quantity }, { fields: "id" })
    } else {
      const regionId = await shop.regionId()
      answer = await post(
        "/store/carts",
        { region_id: regionId, items: [{ variant_id: variantId, quantity }], metadata: { locale: "id" } },
        { fields: "id" }
      )
      if (answer.status === 200) cartId = answer.json()?.cart?.id ?? null
    }
    if (answer.status === 200) return true
    if (answer.status === 400 || answer.status === 409 || answer.status === 422) outcomes.soldOutAtAdd++
    return false
  }

  const cartPage = () => get(`/store/carts/${cartId}`, { fields: CART_FIELDS })

  /** The checkout's four steps and "Buat pesanan", as the storefront's pages and actions call the API. */
  async function checkout() {
    outcomes.checkoutsStarted++
    // The cart page, with each line's lapas.
    const [cart] = await Promise.all([cartPage(), ...cartCount()])
    const items = cart.json()?.cart?.items ?? []
    if (!items.length) return "failed"
    await get("/store/products", { id: [...new Set(items.map((i) => i.product_id))], fields: CART_LAPAS_FIELDS, limit: items.length })
    await think(4_000)
    // Alamat: the page, then the form (email and address) typed in.
    await Promise.all([cartPage(), ...cartCount()])
    await think(15_000, 6_000)
    if (over()) return "abandoned"
    const first = pick(FIRST_NAMES)
    const address = {
      first_name: first,
      last_name: pick(LAST_NAMES),
      phone: `08${Math.floor(between(1_000_000_000, 9_999_999_999))}`,
      country_code: "id",
      ...pick(ADDRESSES),
    }
    await cartPage()
    const saved = await post(
      `/store/carts/${cartId}`,
      { email: `${first.toLowerCase()}.${index}.${Math.floor(rng() * 1e6)}@contoh.id`, shipping_address: address, billing_address: address },
      { fields: "id" }
    )
    if (saved.status !== 200) return "failed"
    // Pengiriman: one option per lapas.
    const [, shipping] = await Promise.all([cartPage(), get(`/store/carts/${cartId}/lapas-shipping`), ...cartCount()])
    const groups = shipping.json()?.groups ?? []
    if (!groups.length || groups.some((g) => !g.options?.length)) return "failed"
    await think(5_000)
    await cartPage()
    await get(`/store/carts/${cartId}/lapas-shipping`)
    const chosen = groups.map((g) => (rng() < 0.7 ? g.options[0] : pick(g.options)).id)
    const set = await post(`/store/carts/${cartId}/lapas-shipping`, { option_ids: chosen })
    if (set.status !== 200) return "failed"
    // Pembayaran: bank transfer (the manual provider).
    const [paymentCart] = await Promise.all([
      cartPage(),
      get(`/store/carts/${cartId}/lapas-shipping`),
      get("/store/payment-providers", { region_id: await shop.regionId() }),
      ...cartCount(),
    ])
    await think(4_000)
    const current = (await cartPage()).json()?.cart ?? paymentCart.json()?.cart
    await get("/store/payment-providers", { region_id: await shop.regionId() })
    let collectionId = current?.payment_collection?.id
    if (!collectionId) {
      const created = await post("/store/payment-collections", { cart_id: cartId })
      collectionId = created.json()?.payment_collection?.id
      if (!collectionId) return "failed"
    }
    const session = await post(`/store/payment-collections/${collectionId}/payment-sessions`, { provider_id: BANK_TRANSFER }, { fields: "id" })
    if (session.status !== 200) return "failed"
    // Tinjau, then "Buat pesanan".
    await Promise.all([cartPage(), get(`/store/carts/${cartId}/lapas-shipping`), ...cartCount()])
    await think(3_000)
    if (over()) return "abandoned"
    await cartPage()
    await get(`/store/carts/${cartId}/lapas-shipping`)
    const started = performance.now()
    const completed = await post(`/store/carts/${cartId}/complete`, {})
    const body = completed.json()
    if (completed.status === 200 && body?.type === "order") {
      outcomes.orders++
      outcomes.orderTimes.push(performance.now() - started)
      cartId = null
      await get(`/store/orders/${body.order.id}/summary`)
      return "ordered"
    }
    if (completed.status === 400 || completed.status === 409 || completed.status === 422) {
      outcomes.soldOutAtComplete++
      cartId = null // the buyer starts again with a new cart
      return "sold_out"
    }
    return "failed"
  }

  /** Browsing, and for a checkout session also buying 1–2 products (often a scarce one). */
  async function session() {
    outcomes.sessions++
    const buying = rng() < checkoutShare
    const wantLines = buying ? (rng() < 0.7 ? 1 : 2) : 0
    let lines = 0
    const maxViews = buying ? 30 : 3 + Math.floor(rng() * 8)
    let views = 0
    let next = rng() < 0.45 ? "home" : rng() < 0.5 ? "category" : "search"
    let candidates = []
    while (!over() && views < maxViews) {
      views++
      outcomes.pageViews++
      if (next === "home") candidates = await home()
      else if (next === "category") candidates = await category()
      else if (next === "search") candidates = await search()
      else if (next === "product") {
        const wantScarce = buying && shop.scarce.length && rng() < scarceShare
        const handle = wantScarce
          ? pick(shop.scarce).handle
          : candidates.length
            ? pick(candidates).handle
            : pick([...shop.productHandles])
        const item = handle ? await product(handle) : null
        const quantity = rng() < 0.75 ? 1 : 2
        const variant = buying && lines < wantLines ? buyable(item, quantity) : null
        if (buying && lines < wantLines && item && !variant) outcomes.sawNoStock++
        if (variant) {
          await think(3_000)
          if (over()) break
          if (await addToCart(variant.id, quantity)) lines++
        }
        if (buying && lines >= wantLines && cartId) {
          await think(2_000)
          if (over()) break
          const result = await checkout()
          if (result === "failed") outcomes.failedFlows++
          if (result === "abandoned") outcomes.abandoned++
          if (result === "sold_out") lines = 0
          else return
        }
      }
      await think(buying ? 3_500 : 5_000)
      // Where the buyer goes next.
      const r = rng()
      if (next === "product") next = r < 0.4 ? "category" : r < 0.7 ? "search" : r < 0.8 ? "home" : "product"
      else if (candidates.length) next = r < 0.7 ? "product" : r < 0.85 ? "category" : "search"
      else next = r < 0.5 ? "category" : "home"
    }
    if (buying && !over()) outcomes.abandoned++
  }

  await sleep(startDelayMs)
  while (!over()) {
    await session()
    await think(6_000, 1_000) // the next visitor on this "seat" arrives
  }
}
