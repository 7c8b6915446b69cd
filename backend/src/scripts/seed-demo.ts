import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  Modules,
  ProductStatus,
} from "@medusajs/framework/utils"
import {
  batchLinkProductsToCollectionWorkflow,
  createApiKeysWorkflow,
  createCollectionsWorkflow,
  createInventoryLevelsWorkflow,
  createProductCategoriesWorkflow,
  createProductTagsWorkflow,
  createProductsWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createStockLocationsWorkflow,
  createTaxRegionsWorkflow,
  createUsersWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  updateRegionsWorkflow,
  updateStoresWorkflow,
  uploadFilesWorkflow,
} from "@medusajs/medusa/core-flows"
import {
  CATEGORIES,
  COLLECTIONS,
  LAPAS,
  PRODUCTS,
  validateCatalogue,
  type DemoLapas,
  type DemoProduct,
} from "./demo-data/catalogue"
import { renderProductImage } from "./demo-data/images"
import { seedDemoSearches } from "./demo-data/searches"
import { LAPAS_PROFILES } from "./demo-data/lapas-profiles"
import { LAPAS_MODULE } from "../modules/lapas"
import type LapasModuleService from "../modules/lapas/service"
import type { LapasClass } from "../modules/lapas/models/lapas"
import LapasProductLink from "../links/lapas-product"
import LapasStockLocationLink from "../links/lapas-stock-location"
import { attachMemberLogin } from "../lib/lapas/members"
import { ensureLapasShipping } from "../lib/shipping/provision"
import type { MemberRole } from "../modules/lapas/models/member"
import { PRODUCTION_MODULE } from "../modules/production"
import type ProductionModuleService from "../modules/production/service"
import { recordProductionBatchWorkflow } from "../workflows/production/record-production-batch"
import { reindexAllProducts } from "../workflows/search/sync-search-index"
import { demoBatches, demoInmates, validateProductionData } from "./demo-data/production"
import { ensureSharePolicies } from "./demo-data/share-policies"
import { validateServices } from "./demo-data/services"
import { ensureDemoServices } from "./seed-demo-services"
// Bank transfer is Medusa's system provider, which the storefront shows as "Transfer bank".
import { BANK_TRANSFER_PROVIDER_ID } from "../lib/payments/transfer"
import { XENDIT_PROVIDER_ID } from "@karya-binaan/contracts"
import { createHash } from "node:crypto"

export const DEMO = {
  storeName: "Karya Binaan",
  salesChannelName: "Karya Binaan Online",
  publishableKeyTitle: "Karya Binaan Storefront",
  regionName: "Indonesia",
  currency: "idr",
  country: "id",
}

/** Stripe as registered in medusa-config.ts when STRIPE_API_KEY is set (provider "stripe", id "stripe"). */
export const STRIPE_PROVIDER_ID = "pp_stripe_stripe"

/**
 * The payment providers the Indonesia region offers: bank transfer always, Stripe and Xendit when
 * configured (STRIPE_API_KEY, XENDIT_SECRET_KEY; medusa-config.ts registers them then).
 */
export function regionPaymentProviders(env: NodeJS.ProcessEnv = process.env) {
  return [
    BANK_TRANSFER_PROVIDER_ID,
    ...(env.STRIPE_API_KEY ? [STRIPE_PROVIDER_ID] : []),
    ...(env.XENDIT_SECRET_KEY ? [XENDIT_PROVIDER_ID] : []),
  ]
}

/**
 * Invented xenPlatform sub-account ids for the demo lapas (24 hexadecimal characters, as Xendit's
 * are; not real accounts): the local Xendit simulator accepts any, so online payments split per lapas.
 */
export function demoXenditSubAccount(handle: string): string {
  return createHash("sha256").update(`karya-binaan-demo-subaccount:${handle}`).digest("hex").slice(0, 24)
}

/**
 * Invented accounts for the demo lapas (plausible banks and number lengths; not real accounts).
 * Buyers who pay by transfer see them in their own order's instructions.
 */
export const DEMO_BANK_ACCOUNTS: Record<string, { bank_name: string; bank_account_number: string; bank_account_holder: string }> = {
  "lapas-bojonegoro": { bank_name: "Bank Rakyat Indonesia (BRI)", bank_account_number: "006201000512307", bank_account_holder: "Bendahara Penerimaan Lapas Kelas IIA Bojonegoro" },
  "lapas-tanjungpinang": { bank_name: "Bank Riau Kepri Syariah", bank_account_number: "1030214587", bank_account_holder: "Bendahara Penerimaan Lapas Kelas IIA Tanjungpinang" },
  "lapas-surabaya": { bank_name: "Bank Mandiri", bank_account_number: "1410017734521", bank_account_holder: "Bendahara Penerimaan Lapas Kelas I Surabaya" },
  "lapas-semarang": { bank_name: "Bank Negara Indonesia (BNI)", bank_account_number: "0823546190", bank_account_holder: "Bendahara Penerimaan Lapas Kelas I Semarang" },
  "lapas-tangerang": { bank_name: "Bank Syariah Indonesia (BSI)", bank_account_number: "7215590342", bank_account_holder: "Bendahara Penerimaan Lapas Kelas I Tangerang" },
  "lapas-narkotika-jakarta": { bank_name: "Bank DKI", bank_account_number: "40108126735", bank_account_holder: "Bendahara Penerimaan Lapas Kelas IIA Narkotika Jakarta" },
  "lapas-cikarang": { bank_name: "Bank Tabungan Negara (BTN)", bank_account_number: "0017201500093426", bank_account_holder: "Bendahara Penerimaan Lapas Kelas IIA Cikarang" },
  "lapas-ambarawa": { bank_name: "Bank Jateng", bank_account_number: "2044017358", bank_account_holder: "Bendahara Penerimaan Lapas Kelas IIA Ambarawa" },
}

export interface SeedOptions {
  adminEmail?: string
  adminPassword?: string
  /** Rendering 40+ images costs a few seconds; tests that don't look at images may skip it. */
  renderImages?: boolean
  log?: (message: string) => void
}

export interface SeedResult {
  publishableKey: string
  salesChannelId: string
  regionId: string
  created: Record<string, number>
}

/**
 * Seeds the demo marketplace. Every step looks for what it would create by a natural
 * key (name, handle, SKU, email) and creates only what is missing, so running it again
 * changes nothing.
 */
export async function seedDemoData(
  container: MedusaContainer,
  options: SeedOptions = {}
): Promise<SeedResult> {
  const problems = [
    ...validateCatalogue(),
    ...validateProductionData(),
    ...validateServices(new Set(PRODUCTS.map((p) => p.handle)), new Set(PRODUCTS.flatMap((p) => p.variants.map((v) => v.sku)))),
    ...LAPAS.filter((l) => !DEMO_BANK_ACCOUNTS[l.handle]).map((l) => `${l.handle} has no demo bank account`),
  ]
  if (problems.length) {
    throw new Error(`The demo catalogue is inconsistent:\n- ${problems.join("\n- ")}`)
  }
  const log = options.log ?? (() => {})
  const created: Record<string, number> = {}
  const count = (what: string, n = 1) => {
    created[what] = (created[what] ?? 0) + n
  }

  const salesChannel = await ensureSalesChannel(container, count)
  const publishableKey = await ensurePublishableKey(container, salesChannel.id, count)
  const region = await ensureRegion(container, count)
  await ensureTaxRegion(container, count)
  await ensureStore(container, salesChannel.id, region.id)
  const locations = await ensureLapasLocations(container, count)
  const lapasIds = await ensureLapas(container, count)
  await ensureLapasLinks(container, lapasIds, locations, count)
  // Each lapas gets its shipping profile, free pickup and its couriers before its products exist,
  // so every product is made in its lapas's profile.
  const shippingProfileIds = new Map<string, string>()
  for (const [handle, lapasId] of lapasIds) {
    shippingProfileIds.set(handle, (await ensureLapasShipping(container, lapasId, count)).shippingProfileId)
  }
  const categoryIds = await ensureCategories(container, count)
  const tagIds = await ensureTags(container, count)
  await ensureProducts(container, {
    salesChannelId: salesChannel.id,
    shippingProfileIds,
    categoryIds,
    tagIds,
    renderImages: options.renderImages ?? true,
    count,
  })
  await ensureCollections(container, count)
  await ensureInventoryLevels(container, locations, count)
  await ensureLapasLinks(container, lapasIds, locations, count)
  const password = options.adminPassword ?? process.env.DEMO_ADMIN_PASSWORD ?? "karyabinaan"
  await ensureUser(
    container,
    {
      email: options.adminEmail ?? process.env.DEMO_ADMIN_EMAIL ?? "admin@karyabinaan.test",
      first_name: "Admin",
      last_name: "Nasional",
    },
    password,
    count
  )
  await ensureMembers(container, lapasIds, password, count)
  const inmates = await ensureInmates(container, lapasIds, count)
  await ensureProductionBatches(container, inmates, count)
  await ensureDemoServices(container, { salesChannelId: salesChannel.id, currency: DEMO.currency, lapasIds, activeInmates: inmates, count })
  await ensureSharePolicies(container, count)
  // Seeding writes through Medusa's modules and workflows, not always through events a running
  // server would index from, so the search index is rebuilt from what is now in the database.
  const index = await reindexAllProducts(container)
  log(`Search index: ${index.indexed} products indexed`)
  await seedDemoSearches(container, count, log)

  const summary = Object.entries(created)
    .map(([what, n]) => `${n} ${what}`)
    .join(", ")
  log(summary ? `Demo data created: ${summary}` : "Demo data already complete; nothing created")
  return {
    publishableKey: publishableKey.token,
    salesChannelId: salesChannel.id,
    regionId: region.id,
    created,
  }
}

type Count = (what: string, n?: number) => void

async function ensureSalesChannel(container: MedusaContainer, count: Count) {
  const salesChannels = container.resolve(Modules.SALES_CHANNEL)
  const [existing] = await salesChannels.listSalesChannels({ name: DEMO.salesChannelName })
  if (existing) {
    return existing
  }
  const { result } = await createSalesChannelsWorkflow(container).run({
    input: {
      salesChannelsData: [
        {
          name: DEMO.salesChannelName,
          description: "Toko daring nasional produk karya warga binaan",
        },
      ],
    },
  })
  count("sales channel")
  return result[0]
}

async function ensurePublishableKey(
  container: MedusaContainer,
  salesChannelId: string,
  count: Count
) {
  const apiKeys = container.resolve(Modules.API_KEY)
  let [key] = await apiKeys.listApiKeys({
    title: DEMO.publishableKeyTitle,
    type: "publishable",
    revoked_at: { $eq: null },
  })
  if (!key) {
    const { result } = await createApiKeysWorkflow(container).run({
      input: {
        api_keys: [{ title: DEMO.publishableKeyTitle, type: "publishable", created_by: "" }],
      },
    })
    key = result[0]
    count("publishable key")
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "api_key",
    fields: ["id", "sales_channels.id"],
    filters: { id: key.id },
  })
  const linked = (data[0]?.sales_channels ?? []).some(
    (channel: { id: string } | null) => channel?.id === salesChannelId
  )
  if (!linked) {
    await linkSalesChannelsToApiKeyWorkflow(container).run({
      input: { id: key.id, add: [salesChannelId] },
    })
  }
  return key
}

async function ensureRegion(container: MedusaContainer, count: Count) {
  const regions = container.resolve(Modules.REGION)
  const [existing] = await regions.listRegions({ name: DEMO.regionName })
  if (existing) {
    await ensureRegionPaymentProviders(container, existing.id)
    return existing
  }
  const { result } = await createRegionsWorkflow(container).run({
    input: {
      regions: [
        {
          name: DEMO.regionName,
          currency_code: DEMO.currency,
          countries: [DEMO.country],
          payment_providers: regionPaymentProviders(),
        },
      ],
    },
  })
  count("region")
  return result[0]
}

/** An existing region gains the providers it lacks (Stripe, once STRIPE_API_KEY is set); none is taken away. */
async function ensureRegionPaymentProviders(container: MedusaContainer, regionId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "region",
    fields: ["id", "payment_providers.id"],
    filters: { id: regionId },
  })
  const current = ((data[0]?.payment_providers ?? []) as ({ id: string } | null)[])
    .filter((p): p is { id: string } => !!p)
    .map((p) => p.id)
  const missing = regionPaymentProviders().filter((id) => !current.includes(id))
  if (!missing.length) {
    return
  }
  await updateRegionsWorkflow(container).run({
    input: { selector: { id: regionId }, update: { payment_providers: [...current, ...missing] } },
  })
}

/** Indonesia as a tax region with no default rate: PPN is a per-region setting staff configure. */
async function ensureTaxRegion(container: MedusaContainer, count: Count) {
  const tax = container.resolve(Modules.TAX)
  const existing = await tax.listTaxRegions({ country_code: DEMO.country })
  if (existing.length) {
    return
  }
  await createTaxRegionsWorkflow(container).run({
    input: [{ country_code: DEMO.country, provider_id: "tp_system" }],
  })
  count("tax region")
}

async function ensureStore(container: MedusaContainer, salesChannelId: string, regionId: string) {
  const stores = container.resolve(Modules.STORE)
  const [store] = await stores.listStores({}, { relations: ["supported_currencies"] })
  const alreadySet =
    store.name === DEMO.storeName &&
    store.default_sales_channel_id === salesChannelId &&
    store.default_region_id === regionId &&
    (store.supported_currencies ?? []).some(
      (c: { currency_code: string; is_default?: boolean }) =>
        c.currency_code === DEMO.currency && c.is_default
    )
  if (alreadySet) {
    return
  }
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: {
        name: DEMO.storeName,
        supported_currencies: [{ currency_code: DEMO.currency, is_default: true }],
        default_sales_channel_id: salesChannelId,
        default_region_id: regionId,
      },
    },
  })
}

interface LapasLocation {
  lapas: DemoLapas
  stockLocationId: string
}

/** The lapas's stock locations with their real addresses; lib/shipping/provision.ts sets up the rest. */
async function ensureLapasLocations(container: MedusaContainer, count: Count): Promise<LapasLocation[]> {
  const stockLocations = container.resolve(Modules.STOCK_LOCATION)
  const result: LapasLocation[] = []

  for (const lapas of LAPAS) {
    let [location] = await stockLocations.listStockLocations({ name: lapas.name })
    if (!location) {
      const { result: createdLocations } = await createStockLocationsWorkflow(container).run({
        input: {
          locations: [
            {
              name: lapas.name,
              address: {
                address_1: lapas.address,
                city: lapas.city,
                province: lapas.province,
                postal_code: lapas.postal_code,
                country_code: DEMO.country,
              },
              metadata: { lapas_handle: lapas.handle, time_zone: lapas.time_zone },
            },
          ],
        },
      })
      location = createdLocations[0]
      count("stock location")
    }

    result.push({ lapas, stockLocationId: location.id })
  }
  return result
}

async function ensureCategories(container: MedusaContainer, count: Count) {
  const products = container.resolve(Modules.PRODUCT)
  const existing = await products.listProductCategories({
    handle: CATEGORIES.map((c) => c.handle),
  })
  const ids = new Map(existing.map((c) => [c.handle, c.id]))
  const missing = CATEGORIES.filter((c) => !ids.has(c.handle))
  if (missing.length) {
    const { result } = await createProductCategoriesWorkflow(container).run({
      input: {
        product_categories: missing.map((c) => ({
          name: c.name,
          handle: c.handle,
          description: c.description,
          is_active: true,
          is_internal: false,
          metadata: { name_en: c.name_en },
        })),
      },
    })
    result.forEach((c) => ids.set(c.handle, c.id))
    count("category", result.length)
  }
  return ids
}

async function ensureTags(container: MedusaContainer, count: Count) {
  const products = container.resolve(Modules.PRODUCT)
  const values = [...new Set(PRODUCTS.flatMap((p) => p.tags))]
  const existing = await products.listProductTags({ value: values })
  const ids = new Map(existing.map((t) => [t.value, t.id]))
  const missing = values.filter((v) => !ids.has(v))
  if (missing.length) {
    const { result } = await createProductTagsWorkflow(container).run({
      input: { product_tags: missing.map((value) => ({ value })) },
    })
    result.forEach((t) => ids.set(t.value, t.id))
    count("tag", result.length)
  }
  return ids
}

async function ensureProducts(
  container: MedusaContainer,
  context: {
    salesChannelId: string
    /** Lapas handle → its shipping profile. */
    shippingProfileIds: Map<string, string>
    categoryIds: Map<string, string>
    tagIds: Map<string, string>
    renderImages: boolean
    count: Count
  }
) {
  const products = container.resolve(Modules.PRODUCT)
  const existing = await products.listProducts(
    { handle: PRODUCTS.map((p) => p.handle) },
    { select: ["handle"], withDeleted: true }
  )
  const present = new Set(existing.map((p) => p.handle))
  const missing = PRODUCTS.filter((p) => !present.has(p.handle))
  // Created in small batches so one failure doesn't leave a huge rollback and memory stays flat.
  for (let i = 0; i < missing.length; i += 10) {
    const batch = missing.slice(i, i + 10)
    const imageUrls = context.renderImages ? await uploadImages(container, batch) : new Map()
    const { result } = await createProductsWorkflow(container).run({
      input: {
        products: batch.map((product) => {
          const image = imageUrls.get(product.handle)
          return {
            title: product.title,
            subtitle: product.subtitle,
            handle: product.handle,
            description: product.description,
            status: ProductStatus.PUBLISHED,
            weight: product.weight_grams,
            ...(product.dimensions_cm
              ? { length: product.dimensions_cm[0], width: product.dimensions_cm[1], height: product.dimensions_cm[2] }
              : {}),
            shipping_profile_id: context.shippingProfileIds.get(product.lapas)!,
            category_ids: [context.categoryIds.get(product.category)!],
            tag_ids: product.tags.map((t) => context.tagIds.get(t)!),
            thumbnail: image,
            images: image ? [{ url: image }] : [],
            options: product.options,
            variants: product.variants.map((variant) => ({
              title: variant.title,
              sku: variant.sku,
              options: variant.options,
              manage_inventory: true,
              prices: [{ amount: variant.price, currency_code: DEMO.currency }],
            })),
            sales_channels: [{ id: context.salesChannelId }],
            metadata: productMetadata(product),
          }
        }),
      },
    })
    context.count("product", result.length)
  }
}

/**
 * The curated collections, found by handle, and their products. A product joins its collection
 * only while it is in none: one staff moved elsewhere stays where staff put it.
 */
async function ensureCollections(container: MedusaContainer, count: Count) {
  const products = container.resolve(Modules.PRODUCT)
  const existing = await products.listProductCollections({ handle: COLLECTIONS.map((c) => c.handle) })
  const ids = new Map(existing.map((c) => [c.handle, c.id]))
  const missing = COLLECTIONS.filter((c) => !ids.has(c.handle))
  if (missing.length) {
    const { result } = await createCollectionsWorkflow(container).run({
      input: {
        collections: missing.map((c) => ({
          title: c.title,
          handle: c.handle,
          metadata: { title_en: c.title_en, description: c.description },
        })),
      },
    })
    result.forEach((c) => ids.set(c.handle, c.id))
    count("collection", result.length)
  }

  const inNone = new Map(
    (
      await products.listProducts(
        { handle: COLLECTIONS.flatMap((c) => c.products) },
        { select: ["id", "handle", "collection_id"] }
      )
    )
      .filter((p) => !p.collection_id)
      .map((p) => [p.handle, p.id])
  )
  for (const collection of COLLECTIONS) {
    const add = collection.products.map((handle) => inNone.get(handle)).filter((id): id is string => !!id)
    if (!add.length) continue
    await batchLinkProductsToCollectionWorkflow(container).run({
      input: { id: ids.get(collection.handle)!, add },
    })
    count("product in a collection", add.length)
  }
}

/** The licences a food product must show on its page. Its lapas is the lapas↔product link. */
function productMetadata(product: DemoProduct) {
  const metadata: Record<string, string> = {}
  if (product.licences?.pirt) metadata.pirt = product.licences.pirt
  if (product.licences?.bpom_md) metadata.bpom_md = product.licences.bpom_md
  if (product.licences?.halal) metadata.halal = product.licences.halal
  return metadata
}

async function uploadImages(container: MedusaContainer, batch: DemoProduct[]) {
  const files = await Promise.all(
    batch.map(async (product) => ({
      filename: `${product.handle}.webp`,
      mimeType: "image/webp",
      content: (await renderProductImage(product)).toString("base64"),
      access: "public" as const,
    }))
  )
  const { result } = await uploadFilesWorkflow(container).run({ input: { files } })
  return new Map(batch.map((product, index) => [product.handle, result[index].url]))
}

async function ensureInventoryLevels(
  container: MedusaContainer,
  locations: LapasLocation[],
  count: Count
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const locationByLapas = new Map(locations.map((l) => [l.lapas.handle, l.stockLocationId]))
  const stockBySku = new Map(PRODUCTS.flatMap((p) => p.variants.map((v) => [v.sku, { lapas: p.lapas }])))

  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: [
      "sku",
      "inventory_items.inventory_item_id",
      "inventory_items.inventory.location_levels.location_id",
    ],
    filters: { sku: [...stockBySku.keys()] },
  })

  const levels: { inventory_item_id: string; location_id: string; stocked_quantity: number }[] = []
  for (const variant of variants as any[]) {
    const wanted = stockBySku.get(variant.sku)
    const link = variant.inventory_items?.[0]
    if (!wanted || !link) continue
    const locationId = locationByLapas.get(wanted.lapas)!
    const hasLevel = (link.inventory?.location_levels ?? []).some(
      (level: { location_id: string }) => level?.location_id === locationId
    )
    if (!hasLevel) {
      // Levels start empty: the demo production batches (ensureProductionBatches) bring each
      // variant's stock to the catalogue's figure, with an HPP for every unit.
      levels.push({
        inventory_item_id: link.inventory_item_id,
        location_id: locationId,
        stocked_quantity: 0,
      })
    }
  }
  if (levels.length) {
    await createInventoryLevelsWorkflow(container).run({ input: { inventory_levels: levels } })
    count("inventory level", levels.length)
  }
}

async function ensureUser(
  container: MedusaContainer,
  data: { email: string; first_name: string; last_name: string },
  password: string,
  count: Count
) {
  const users = container.resolve(Modules.USER)
  const auth = container.resolve(Modules.AUTH)
  const [existing] = await users.listUsers({ email: data.email })
  if (existing) {
    return existing
  }
  const { result } = await createUsersWorkflow(container).run({ input: { users: [data] } })
  const user = result[0]
  const { authIdentity, error } = await auth.register("emailpass", {
    body: { email: data.email, password },
  })
  if (error || !authIdentity) {
    throw new Error(`Could not register the demo user ${data.email}: ${error}`)
  }
  await auth.updateAuthIdentities({ id: authIdentity.id, app_metadata: { user_id: user.id } })
  count("user")
  return user
}

const LAPAS_CLASS_BY_LABEL: Record<DemoLapas["class"], LapasClass> = {
  "Kelas I": "kelas_i",
  "Kelas IIA": "kelas_iia",
  "Kelas IIB": "kelas_iib",
  "Kelas III": "kelas_iii",
  Rutan: "rutan",
  Bapas: "bapas",
}

/** The lapas records with their partners and agreements; returns lapas id by handle. */
async function ensureLapas(container: MedusaContainer, count: Count) {
  const lapasService: LapasModuleService = container.resolve(LAPAS_MODULE)
  const existing = await lapasService.listLapas(
    { handle: LAPAS.map((l) => l.handle) },
    { relations: ["partners"] }
  )
  const ids = new Map(existing.map((l) => [l.handle, l.id]))

  for (const lapas of LAPAS) {
    const profile = LAPAS_PROFILES[lapas.handle]
    let id = ids.get(lapas.handle)
    if (!id) {
      const created = await lapasService.createLapas({
        handle: lapas.handle,
        name: lapas.name,
        lapas_class: LAPAS_CLASS_BY_LABEL[lapas.class],
        city: lapas.city,
        province: lapas.province,
        time_zone: lapas.time_zone,
        satker_code: profile.satker_code,
        pnbp_target_yearly: profile.pnbp_target_yearly,
        story: lapas.story,
        address: `${lapas.address}, ${lapas.city} ${lapas.postal_code}`,
        contact_email: `giatja+${lapas.handle}@karyabinaan.test`,
        ...DEMO_BANK_ACCOUNTS[lapas.handle],
        xendit_sub_account_id: demoXenditSubAccount(lapas.handle),
      })
      id = created.id
      ids.set(lapas.handle, id)
      count("lapas")
    } else {
      // Lapas seeded before they had bank accounts get theirs; an account already set stays.
      const row = existing.find((l) => l.id === id)
      const account = DEMO_BANK_ACCOUNTS[lapas.handle]
      if (row && account && !row.bank_name && !row.bank_account_number && !row.bank_account_holder) {
        await lapasService.updateLapas({ id, ...account })
        count("lapas bank account")
      }
      if (row && !row.xendit_sub_account_id) {
        await lapasService.updateLapas({ id, xendit_sub_account_id: demoXenditSubAccount(lapas.handle) })
        count("lapas xendit sub-account")
      }
    }
    const known = new Set(
      (existing.find((l) => l.id === id)?.partners ?? []).map((p: { name: string }) => p.name)
    )
    for (const partner of profile.partners.filter((p) => !known.has(p.name))) {
      const createdPartner = await lapasService.createPartners({
        name: partner.name,
        kind: partner.kind,
        lapas_id: id,
      })
      await lapasService.createPartnerAgreements({
        number: partner.agreement.number,
        starts_on: new Date(`${partner.agreement.starts_on}T00:00:00+07:00`),
        ends_on: new Date(`${partner.agreement.ends_on}T00:00:00+07:00`),
        activities: partner.agreement.activities,
        partner_id: createdPartner.id,
      })
      count("partner")
    }
  }
  return ids
}

/** Each lapas to its stock location, and each product to the lapas that makes it. */
async function ensureLapasLinks(
  container: MedusaContainer,
  lapasIds: Map<string, string>,
  locations: LapasLocation[],
  count: Count
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const link = container.resolve(ContainerRegistrationKeys.LINK)

  const { data: locationLinks } = await query.graph({
    entity: LapasStockLocationLink.entryPoint,
    fields: ["lapas_id", "stock_location_id"],
  })
  const linkedLocations = new Set(locationLinks.map((l: any) => l.stock_location_id))
  const newLocationLinks = locations
    .filter((l) => !linkedLocations.has(l.stockLocationId))
    .map((l) => ({
      [LAPAS_MODULE]: { lapas_id: lapasIds.get(l.lapas.handle)! },
      [Modules.STOCK_LOCATION]: { stock_location_id: l.stockLocationId },
    }))

  const products = container.resolve(Modules.PRODUCT)
  const productIds = new Map(
    (await products.listProducts({ handle: PRODUCTS.map((p) => p.handle) }, { select: ["id", "handle"] }))
      .map((p) => [p.handle, p.id])
  )
  const { data: productLinks } = await query.graph({
    entity: LapasProductLink.entryPoint,
    fields: ["product_id"],
  })
  const linkedProducts = new Set(productLinks.map((l: any) => l.product_id))
  const newProductLinks = PRODUCTS.filter((p) => {
    const id = productIds.get(p.handle)
    return id && !linkedProducts.has(id)
  }).map((p) => ({
    [LAPAS_MODULE]: { lapas_id: lapasIds.get(p.lapas)! },
    [Modules.PRODUCT]: { product_id: productIds.get(p.handle)! },
  }))

  const all = [...newLocationLinks, ...newProductLinks]
  if (all.length) {
    await link.create(all)
    count("lapas link", all.length)
  }
}

/**
 * The panel's demo members: `staff+<handle>@karyabinaan.test` (lapas_staff) and `finance+<handle>@…`
 * for every lapas, and `nasional@karyabinaan.test` (national), all with the demo password.
 */
async function ensureMembers(
  container: MedusaContainer,
  lapasIds: Map<string, string>,
  password: string,
  count: Count
) {
  const lapasService: LapasModuleService = container.resolve(LAPAS_MODULE)
  const wanted: { email: string; name: string; role: MemberRole; lapas_id: string | null }[] = [
    { email: "nasional@karyabinaan.test", name: "Admin Ditjenpas", role: "national", lapas_id: null },
  ]
  for (const lapas of LAPAS) {
    const place = lapas.name.replace(/^Lapas (Kelas \S+ )?/, "")
    wanted.push(
      { email: `staff+${lapas.handle}@karyabinaan.test`, name: `Staf GIATJA ${place}`, role: "lapas_staff", lapas_id: lapasIds.get(lapas.handle)! },
      { email: `finance+${lapas.handle}@karyabinaan.test`, name: `Keuangan ${place}`, role: "finance", lapas_id: lapasIds.get(lapas.handle)! }
    )
  }
  const existing = new Map(
    (await lapasService.listLapasMembers({ email: wanted.map((m) => m.email) }, { select: ["id", "email"] }))
      .map((m) => [m.email, m.id])
  )
  const now = new Date()
  for (const member of wanted) {
    if (existing.has(member.email)) continue
    const created = await lapasService.createLapasMembers({ ...member, activated_at: now })
    await attachMemberLogin(container, { memberId: created.id, email: member.email, password, reuseExisting: true })
    count("panel member")
  }
}

/** Pseudonymous inmates of every demo lapas, found by (lapas, code); returns active inmate ids by lapas handle, in code order. */
async function ensureInmates(container: MedusaContainer, lapasIds: Map<string, string>, count: Count) {
  const production: ProductionModuleService = container.resolve(PRODUCTION_MODULE)
  const active = new Map<string, string[]>()
  for (const lapas of LAPAS) {
    const lapasId = lapasIds.get(lapas.handle)!
    const wanted = demoInmates(lapas.handle)
    const existing = await production.listInmates(
      { lapas_id: lapasId, code: wanted.map((i) => i.code) },
      { select: ["id", "code"] }
    )
    const known = new Set(existing.map((i) => i.code))
    const missing = wanted.filter((i) => !known.has(i.code))
    const created = missing.length
      ? await production.createInmates(
          missing.map((i) => ({
            lapas_id: lapasId,
            code: i.code,
            display_name: i.display_name ?? null,
            story: i.story ?? null,
            consent_public: i.consent_public,
            status: i.status,
          }))
        )
      : []
    if (created.length) count("inmate", created.length)
    const idByCode = new Map([...existing, ...created].map((i) => [i.code, i.id]))
    active.set(
      lapas.handle,
      wanted.filter((i) => i.status === "active").map((i) => idByCode.get(i.code)!)
    )
  }
  return active
}

/** The calendar day (WIB) `days` days before now, YYYY-MM-DD. */
function daysAgo(days: number) {
  return new Date(Date.now() + 7 * 3_600_000 - days * 86_400_000).toISOString().slice(0, 10)
}

/**
 * Production batches for every demo variant, recorded through the same workflow as the
 * admin API, so each raises the variant's stock and moves its average HPP. A batch is found
 * by (variant, notes) and recorded only when missing.
 */
async function ensureProductionBatches(
  container: MedusaContainer,
  activeInmates: Map<string, string[]>,
  count: Count
) {
  const production: ProductionModuleService = container.resolve(PRODUCTION_MODULE)
  const products = container.resolve(Modules.PRODUCT)
  const variants = await products.listProductVariants(
    { sku: PRODUCTS.flatMap((p) => p.variants.map((v) => v.sku)) },
    { select: ["id", "sku"] }
  )
  const variantIdBySku = new Map(variants.map((v) => [v.sku, v.id]))
  const existing = await production.listProductionBatches(
    { variant_id: variants.map((v) => v.id) },
    { select: ["variant_id", "notes"] }
  )
  const recorded = new Set(existing.map((b) => `${b.variant_id}|${b.notes}`))

  for (const product of PRODUCTS) {
    const inmates = activeInmates.get(product.lapas) ?? []
    for (const variant of product.variants) {
      const variantId = variantIdBySku.get(variant.sku)
      if (!variantId) continue
      for (const batch of demoBatches(variant)) {
        if (recorded.has(`${variantId}|${batch.notes}`)) continue
        await recordProductionBatchWorkflow(container).run({
          input: {
            actor_lapas_id: null,
            variant_id: variantId,
            quantity: batch.quantity,
            unit_cost: batch.unit_cost,
            produced_on: daysAgo(batch.days_ago),
            notes: batch.notes,
            makers: batch.makers.map((m) => ({ inmate_id: inmates[m.inmate], work_units: m.work_units })),
          },
        })
        count("production batch")
      }
    }
  }
}
