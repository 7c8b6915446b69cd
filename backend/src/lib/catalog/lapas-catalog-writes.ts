import type {
  CreateLapasProductRequest,
  LapasStockRow,
  LapasVariantInput,
  UpdateLapasProductRequest,
  UpdateLapasVariantRequest,
} from "@karya-binaan/contracts"
import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules, ProductStatus } from "@medusajs/framework/utils"
import {
  createInventoryItemsWorkflow,
  createInventoryLevelsWorkflow,
  createProductsWorkflow,
  createProductVariantsWorkflow,
  deleteProductsWorkflow,
  deleteProductVariantsWorkflow,
  updateInventoryLevelsWorkflow,
  setProductProductOptionsWorkflow,
  updateProductOptionValuesWorkflow,
  updateProductsWorkflow,
  updateProductVariantsWorkflow,
  uploadFilesWorkflow,
} from "@medusajs/medusa/core-flows"
import {
  inventoryItemsOfVariants,
  metadataWithLicences,
  productHasOrders,
  RUPIAH,
  stockLocationOfLapas,
  stockRows,
  storeSalesChannelId,
} from "./lapas-catalog"
import { ensureLapasShipping, shippingProfileIdOfLapas } from "../shipping/provision"
import { ensureServiceProductType, serviceProductIds } from "./service-type"

/** The lapas's own shipping profile (provisioned on the spot for a lapas that has none yet). */
async function shippingProfileOfLapas(scope: MedusaContainer, lapasId: string) {
  return (await shippingProfileIdOfLapas(scope, lapasId)) ?? (await ensureLapasShipping(scope, lapasId)).shippingProfileId
}

/**
 * Writes to a lapas's catalogue and stock through Medusa's workflows. Callers have already
 * checked that every id belongs to the lapas (lib/catalog/lapas-catalog.ts); nothing here takes
 * a stock location, inventory item, sales channel or shipping profile from a request.
 */

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

/**
 * The one option a product made in the panel has: buyers choose a variant by its title, so each
 * variant's title is a value of this option (Medusa requires a product to have options).
 */
export const VARIANT_OPTION = "Varian"

/** The product's options with their values; a variant is added or renamed through its single option. */
async function singleOptionOf(scope: MedusaContainer, productId: string) {
  const product = await scope
    .resolve(Modules.PRODUCT)
    .retrieveProduct(productId, { relations: ["options", "options.values"] })
  const options = (product.options ?? []).filter(Boolean)
  if (options.length !== 1) {
    throw invalid(
      `This product's variants are chosen by ${options.length} options (${options.map((o) => o.title).join(", ")}); variants can be added here only to products with one option.`
    )
  }
  const option = options[0]
  return { id: option.id, title: option.title, values: (option.values ?? []).map((v) => ({ id: v.id, value: v.value })) }
}

function variantCreateInput(variant: LapasVariantInput, optionTitle = VARIANT_OPTION, isService = false) {
  return {
    title: variant.title,
    options: { [optionTitle]: variant.title },
    sku: variant.sku || undefined,
    // A service (jasa) has no stock and no weight.
    manage_inventory: isService ? false : variant.manage_inventory ?? true,
    weight: isService ? undefined : variant.weight ?? undefined,
    prices: [{ amount: variant.price, currency_code: RUPIAH }],
  }
}

const SIZE_KEYS = ["weight", "length", "width", "height"] as const

/**
 * A service (jasa) has no stock, weight or packed size: refuses a request that gives them, naming
 * what to leave out (null is accepted: it says "none").
 */
function refuseGoodsFieldsOnService(
  input: { weight?: number | null; length?: number | null; width?: number | null; height?: number | null },
  what = "A service (jasa)"
) {
  const given = SIZE_KEYS.filter((key) => input[key] !== undefined && input[key] !== null)
  if (given.length) {
    throw invalid(`${what} has no weight or packed size; leave ${given.join(", ")} out.`)
  }
}

function refuseStockOnServiceVariant(variant: { manage_inventory?: boolean; weight?: number | null }) {
  if (variant.manage_inventory === true) {
    throw invalid("A service (jasa) tracks no stock; leave manage_inventory out or set it to false.")
  }
  if (variant.weight !== undefined && variant.weight !== null) {
    throw invalid("A service (jasa) has no weight; leave the variant's weight out.")
  }
}

/** Whether the product is a service (product type "jasa"). */
async function isServiceProduct(scope: MedusaContainer, productId: string) {
  return (await serviceProductIds(scope, [productId])).has(productId)
}

/** A handle from a title: lower-case words joined by dashes, as Medusa would make it. */
export function handleFromTitle(title: string) {
  return title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 100)
}

async function requireFreeHandle(scope: MedusaContainer, handle: string, exceptId?: string) {
  const [taken] = await scope
    .resolve(Modules.PRODUCT)
    .listProducts({ handle }, { select: ["id"], withDeleted: true })
  if (taken && taken.id !== exceptId) {
    throw invalid(`The handle "${handle}" is already used by another product; choose another.`)
  }
}

async function requireFreeSkus(scope: MedusaContainer, skus: (string | null | undefined)[], exceptVariantId?: string) {
  const wanted = skus.filter((s): s is string => !!s)
  if (new Set(wanted).size !== wanted.length) {
    throw invalid("Each variant needs its own SKU; two variants have the same one.")
  }
  if (!wanted.length) return
  const taken = await scope
    .resolve(Modules.PRODUCT)
    .listProductVariants({ sku: wanted }, { select: ["id", "sku"] })
  const clash = taken.find((v) => v.id !== exceptVariantId)
  if (clash) {
    throw invalid(`The SKU "${clash.sku}" is already used by another variant; choose another.`)
  }
}

/** Creates a product of the lapas: in the store's sales channel, in the lapas's own shipping profile. */
export async function createLapasProduct(scope: MedusaContainer, lapasId: string, input: CreateLapasProductRequest) {
  const isService = input.kind === "service"
  if (isService) {
    refuseGoodsFieldsOnService(input)
    input.variants.forEach(refuseStockOnServiceVariant)
  }
  const handle = input.handle || handleFromTitle(input.title) || undefined
  if (handle) await requireFreeHandle(scope, handle)
  await requireFreeSkus(scope, input.variants.map((v) => v.sku))
  const [salesChannelId, profileId, serviceTypeId] = await Promise.all([
    storeSalesChannelId(scope),
    // A service stays in the lapas's shipping profile: online it is a voucher redeemed through the
    // lapas's free pickup option (see the production module README, "Services").
    shippingProfileOfLapas(scope, lapasId),
    isService ? ensureServiceProductType(scope) : Promise.resolve(undefined),
  ])
  const { result } = await createProductsWorkflow(scope).run({
    input: {
      products: [
        {
          title: input.title,
          subtitle: input.subtitle ?? undefined,
          description: input.description ?? undefined,
          handle,
          status: input.status === "published" ? ProductStatus.PUBLISHED : ProductStatus.DRAFT,
          weight: input.weight ?? undefined,
          length: input.length ?? undefined,
          width: input.width ?? undefined,
          height: input.height ?? undefined,
          shipping_profile_id: profileId,
          ...(serviceTypeId ? { type_id: serviceTypeId } : {}),
          category_ids: input.category_id ? [input.category_id] : [],
          sales_channels: [{ id: salesChannelId }],
          metadata: metadataWithLicences({}, input.licences ?? {}),
          options: [{ title: VARIANT_OPTION, values: input.variants.map((v) => v.title) }],
          variants: input.variants.map((v) => variantCreateInput(v, VARIANT_OPTION, isService)),
        },
      ],
      // The link hook (workflows/hooks/link-product-to-lapas.ts) links it to the caller's lapas.
      additional_data: { lapas_id: lapasId },
    },
  })
  return result[0].id
}

export async function updateLapasProduct(scope: MedusaContainer, productId: string, input: UpdateLapasProductRequest) {
  const wasService = await isServiceProduct(scope, productId)
  const willBeService = input.kind ? input.kind === "service" : wasService
  if (willBeService) refuseGoodsFieldsOnService(input)
  if (input.handle) await requireFreeHandle(scope, input.handle, productId)
  const update: Record<string, unknown> = {}
  for (const key of ["title", "subtitle", "description", "handle", "weight", "length", "width", "height"] as const) {
    if (key in input) update[key] = input[key]
  }
  if (input.status) {
    update.status = input.status === "published" ? ProductStatus.PUBLISHED : ProductStatus.DRAFT
  }
  if ("category_id" in input) {
    update.category_ids = input.category_id ? [input.category_id] : []
  }
  if (input.licences) {
    const [current] = await scope.resolve(Modules.PRODUCT).listProducts({ id: productId }, { select: ["id", "metadata"] })
    update.metadata = metadataWithLicences(current?.metadata, input.licences)
  }
  if (willBeService !== wasService) {
    update.type_id = willBeService ? await ensureServiceProductType(scope) : null
    if (willBeService) {
      for (const key of SIZE_KEYS) update[key] = null
    }
  }
  if (Object.keys(update).length) {
    await updateProductsWorkflow(scope).run({ input: { selector: { id: productId }, update } })
  }
  if (willBeService !== wasService) {
    await switchStockTracking(scope, productId, !willBeService)
  }
}

/**
 * A product that became a service stops tracking stock on every variant (and loses their own
 * weights); one that became goods tracks stock again, each variant with an inventory item.
 */
async function switchStockTracking(scope: MedusaContainer, productId: string, track: boolean) {
  const variants = await scope
    .resolve(Modules.PRODUCT)
    .listProductVariants({ product_id: productId }, { select: ["id"] })
  if (!variants.length) return
  await updateProductVariantsWorkflow(scope).run({
    input: {
      selector: { product_id: productId },
      update: track ? { manage_inventory: true } : { manage_inventory: false, weight: null },
    },
  })
  if (track) {
    for (const variant of variants) await ensureInventoryItem(scope, variant.id)
  }
}

/** Deletes a draft no order holds; a published product or one with orders is a 400 saying why. */
export async function deleteLapasProduct(scope: MedusaContainer, productId: string) {
  const [product] = await scope.resolve(Modules.PRODUCT).listProducts({ id: productId }, { select: ["id", "status"] })
  if (product.status !== ProductStatus.DRAFT) {
    throw invalid("Only a draft can be deleted; unpublish the product first (set its status to draft).")
  }
  if (await productHasOrders(scope, productId)) {
    throw invalid("This product has orders, so it stays on record; keep it as a draft instead of deleting it.")
  }
  await deleteProductsWorkflow(scope).run({ input: { ids: [productId] } })
}

export async function createLapasVariant(scope: MedusaContainer, productId: string, input: LapasVariantInput) {
  const isService = await isServiceProduct(scope, productId)
  if (isService) refuseStockOnServiceVariant(input)
  await requireFreeSkus(scope, [input.sku])
  const option = await singleOptionOf(scope, productId)
  const siblings = await scope
    .resolve(Modules.PRODUCT)
    .listProductVariants({ product_id: productId }, { select: ["id", "title"] })
  if (siblings.some((v) => v.title.toLowerCase() === input.title.toLowerCase())) {
    throw invalid(`This product already has a variant called "${input.title}"; give the new one another name.`)
  }
  // The new title becomes a value of the product's option (created and allowed for this product).
  if (!option.values.some((v) => v.value === input.title)) {
    await setProductProductOptionsWorkflow(scope).run({
      input: { product_id: productId, update: [{ product_option_id: option.id, add: [{ value: input.title }] }] },
    })
  }
  const { result } = await createProductVariantsWorkflow(scope).run({
    input: { product_variants: [{ product_id: productId, ...variantCreateInput(input, option.title, isService) }] },
  })
  return result[0].id
}

export async function updateLapasVariant(
  scope: MedusaContainer,
  productId: string,
  variantId: string,
  input: UpdateLapasVariantRequest
) {
  if (await isServiceProduct(scope, productId)) refuseStockOnServiceVariant(input)
  if (input.sku) await requireFreeSkus(scope, [input.sku], variantId)
  if (input.title !== undefined) await renameVariantOption(scope, productId, variantId, input.title)
  const update: Record<string, unknown> = {}
  if (input.title !== undefined) update.title = input.title
  if (input.sku !== undefined) update.sku = input.sku || null
  if (input.manage_inventory !== undefined) update.manage_inventory = input.manage_inventory
  if (input.weight !== undefined) update.weight = input.weight
  if (input.price !== undefined) update.prices = [{ amount: input.price, currency_code: RUPIAH }]
  if (Object.keys(update).length) {
    await updateProductVariantsWorkflow(scope).run({
      input: { selector: { id: variantId, product_id: productId }, update },
    })
  }
  if (input.manage_inventory) {
    await ensureInventoryItem(scope, variantId)
  }
}

/**
 * A renamed variant keeps being chosen by its name: its value of the product's single option is
 * renamed too (when no other variant shares it). Products with several options keep their values.
 */
async function renameVariantOption(scope: MedusaContainer, productId: string, variantId: string, title: string) {
  const products = scope.resolve(Modules.PRODUCT)
  const siblings = await products.listProductVariants({ product_id: productId }, { relations: ["options"], select: ["id", "title", "options.id"] })
  if (siblings.some((v) => v.id !== variantId && v.title === title)) {
    throw invalid(`This product already has a variant called "${title}"; give this one another name.`)
  }
  const product = await products.retrieveProduct(productId, { relations: ["options", "options.values"] })
  const options = (product.options ?? []).filter(Boolean)
  if (options.length !== 1) return
  const valueId = siblings.find((v) => v.id === variantId)?.options?.find(Boolean)?.id
  const shared = siblings.some((v) => v.id !== variantId && v.options?.some((o) => o?.id === valueId))
  if (!valueId || shared) return
  await updateProductOptionValuesWorkflow(scope).run({ input: { id: valueId, update: { value: title } } })
}

/** A variant switched to tracking stock gets an inventory item when it has none. */
async function ensureInventoryItem(scope: MedusaContainer, variantId: string) {
  const item = (await inventoryItemsOfVariants(scope, [variantId])).get(variantId)
  if (item?.inventory_item_id) return
  const [variant] = await scope
    .resolve(Modules.PRODUCT)
    .listProductVariants({ id: variantId }, { select: ["id", "sku", "title"] })
  const { result } = await createInventoryItemsWorkflow(scope).run({
    input: { items: [{ sku: variant.sku ?? undefined, title: variant.title }] },
  })
  await scope.resolve("link").create({
    [Modules.PRODUCT]: { variant_id: variantId },
    [Modules.INVENTORY]: { inventory_item_id: result[0].id },
  })
}

export async function deleteLapasVariant(scope: MedusaContainer, variantId: string) {
  await deleteProductVariantsWorkflow(scope).run({ input: { ids: [variantId] } })
}

/** A photo, already re-encoded as WebP, stored through the File Module and added to the product. */
export async function addProductImages(scope: MedusaContainer, productId: string, photos: Buffer[]) {
  const { result: files } = await uploadFilesWorkflow(scope).run({
    input: {
      files: photos.map((photo, index) => ({
        filename: `produk-${productId.slice(-8).toLowerCase()}-${Date.now()}-${index}.webp`,
        mimeType: "image/webp",
        content: photo.toString("base64"),
        access: "public" as const,
      })),
    },
  })
  const product = await scope
    .resolve(Modules.PRODUCT)
    .retrieveProduct(productId, { relations: ["images"], select: ["id", "thumbnail", "images.id", "images.url"] })
  const images = [...(product.images ?? []).map((i) => ({ id: i.id, url: i.url })), ...files.map((f) => ({ url: f.url }))]
  await updateProductsWorkflow(scope).run({
    input: {
      selector: { id: productId },
      update: { images, ...(product.thumbnail ? {} : { thumbnail: files[0].url }) },
    },
  })
}

export async function removeProductImage(
  scope: MedusaContainer,
  product: { id: string; thumbnail?: string | null; images?: { id: string; url: string }[] | null },
  imageId: string
) {
  const removed = (product.images ?? []).find((i) => i.id === imageId)
  const images = (product.images ?? []).filter((i) => i.id !== imageId).map((i) => ({ id: i.id, url: i.url }))
  const thumbnail = removed && product.thumbnail === removed.url ? images[0]?.url ?? null : undefined
  await updateProductsWorkflow(scope).run({
    input: {
      selector: { id: product.id },
      update: { images, ...(thumbnail !== undefined ? { thumbnail } : {}) },
    },
  })
}

/**
 * Sets the stocked quantity of the lapas's variants at the lapas's own location: updates the
 * levels that exist and creates the missing ones. The caller has checked that every variant is
 * the lapas's. Refuses the whole edit (writing nothing) when a variant does not track stock or
 * the new quantity is below what is reserved.
 */
export async function setStockLevels(
  scope: MedusaContainer,
  lapasId: string,
  levels: { variant_id: string; stocked_quantity: number }[]
): Promise<LapasStockRow[]> {
  const locationId = await stockLocationOfLapas(scope, lapasId)
  const variantIds = levels.map((l) => l.variant_id)
  const items = await inventoryItemsOfVariants(scope, variantIds)
  const current = new Map(
    (await stockRows(scope, { lapasId, variantIds })).map((row) => [row.variant_id, row])
  )
  for (const level of levels) {
    const item = items.get(level.variant_id)
    if (!item?.manage_inventory || !item.inventory_item_id) {
      throw invalid(
        `Variant "${level.variant_id}" does not track stock; switch on manage_inventory for it before setting its stock.`
      )
    }
    const reserved = current.get(level.variant_id)?.reserved ?? 0
    if (level.stocked_quantity < reserved) {
      throw invalid(
        `Variant "${level.variant_id}" has ${reserved} units reserved for orders; its stock cannot go below that.`
      )
    }
  }
  const inventory = scope.resolve(Modules.INVENTORY)
  const itemIds = levels.map((l) => items.get(l.variant_id)!.inventory_item_id!)
  const existing = new Set(
    (await inventory.listInventoryLevels({ inventory_item_id: itemIds, location_id: locationId }, { select: ["inventory_item_id"] })).map(
      (l) => l.inventory_item_id
    )
  )
  const updates = levels
    .filter((l) => existing.has(items.get(l.variant_id)!.inventory_item_id!))
    .map((l) => ({ inventory_item_id: items.get(l.variant_id)!.inventory_item_id!, location_id: locationId, stocked_quantity: l.stocked_quantity }))
  const creates = levels
    .filter((l) => !existing.has(items.get(l.variant_id)!.inventory_item_id!))
    .map((l) => ({ inventory_item_id: items.get(l.variant_id)!.inventory_item_id!, location_id: locationId, stocked_quantity: l.stocked_quantity }))
  if (creates.length) {
    await createInventoryLevelsWorkflow(scope).run({ input: { inventory_levels: creates } })
  }
  if (updates.length) {
    await updateInventoryLevelsWorkflow(scope).run({ input: { updates } })
  }
  return stockRows(scope, { lapasId, variantIds })
}
