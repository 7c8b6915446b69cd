"use server"

import { revalidatePath } from "next/cache"
import { redirect } from "next/navigation"
import { catalogMessages } from "@/i18n/catalog"
import { getT } from "@/i18n/server"
import {
  addVariant,
  createProduct,
  deleteProduct,
  deleteProductPhoto,
  deleteVariant,
  updateProduct,
  updateStock,
  updateVariant,
  uploadProductPhotos,
} from "@/lib/data/catalog"
import { describeError } from "@/lib/form-errors"
import type { FormState } from "@/lib/forms"
import { checkPhotos, photosOf, readProductCreate, readProductUpdate, readVariant, type CatalogErrorKey } from "./form-values"

async function translate(fieldErrors: Record<string, CatalogErrorKey>) {
  const t = await getT(catalogMessages)
  return Object.fromEntries(Object.entries(fieldErrors).map(([name, key]) => [name, t(key)]))
}

async function known() {
  const t = await getT(catalogMessages)
  return { 403: t("error.forbidden"), 404: t("error.notFound") }
}

/** Creates the product with its first variant, then its photos and opening stock; opens it. */
export async function createProductAction(_state: FormState, formData: FormData): Promise<FormState> {
  const parsed = readProductCreate(formData)
  if (!parsed.request) return { fieldErrors: await translate(parsed.fieldErrors), values: parsed.values }
  let id: string
  try {
    const product = await createProduct(parsed.request)
    id = product.id
    const photos = photosOf(formData)
    if (photos.length) await uploadProductPhotos(id, photos)
    if (parsed.stock !== null && product.variants[0]) {
      await updateStock([{ variant_id: product.variants[0].id, stocked_quantity: parsed.stock }])
    }
  } catch (error) {
    return { error: await describeError(error, await known()), values: parsed.values }
  }
  revalidatePath("/katalog")
  redirect(`/katalog/${id}?dibuat=1`)
}

export async function updateProductAction(productId: string, _state: FormState, formData: FormData): Promise<FormState> {
  const t = await getT(catalogMessages)
  const parsed = readProductUpdate(formData)
  if (!parsed.request) return { fieldErrors: await translate(parsed.fieldErrors), values: parsed.values }
  try {
    await updateProduct(productId, parsed.request)
  } catch (error) {
    return { error: await describeError(error, await known()), values: parsed.values }
  }
  revalidatePath(`/katalog/${productId}`)
  return { success: t("form.saved") }
}

export async function setStatusAction(productId: string, _state: FormState, formData: FormData): Promise<FormState> {
  const t = await getT(catalogMessages)
  const status = formData.get("status") === "published" ? "published" : "draft"
  try {
    await updateProduct(productId, { status })
  } catch (error) {
    return { error: await describeError(error, await known()) }
  }
  revalidatePath(`/katalog/${productId}`)
  return { success: t(status === "published" ? "detail.published" : "detail.unpublished") }
}

export async function deleteProductAction(productId: string, _state: FormState, _formData: FormData): Promise<FormState> {
  try {
    await deleteProduct(productId)
  } catch (error) {
    return { error: await describeError(error, await known()) }
  }
  revalidatePath("/katalog")
  redirect("/katalog")
}

export async function uploadPhotosAction(productId: string, _state: FormState, formData: FormData): Promise<FormState> {
  const t = await getT(catalogMessages)
  const photos = photosOf(formData)
  if (!photos.length) return { fieldErrors: { photos: t("error.photoRequired") } }
  const problem = checkPhotos(photos)
  if (problem) return { fieldErrors: { photos: t(problem) } }
  try {
    await uploadProductPhotos(productId, photos)
  } catch (error) {
    return { error: await describeError(error, await known()) }
  }
  revalidatePath(`/katalog/${productId}`)
  return { success: t("detail.uploaded") }
}

export async function deletePhotoAction(productId: string, imageId: string, _state: FormState, _formData: FormData): Promise<FormState> {
  try {
    await deleteProductPhoto(productId, imageId)
  } catch (error) {
    return { error: await describeError(error, await known()) }
  }
  revalidatePath(`/katalog/${productId}`)
  return {}
}

export async function addVariantAction(productId: string, _state: FormState, formData: FormData): Promise<FormState> {
  const t = await getT(catalogMessages)
  const parsed = readVariant(formData)
  if (!parsed.request) return { fieldErrors: await translate(parsed.fieldErrors), values: parsed.values }
  try {
    await addVariant(productId, parsed.request)
  } catch (error) {
    return { error: await describeError(error, await known()), values: parsed.values }
  }
  revalidatePath(`/katalog/${productId}`)
  return { success: t("detail.variantAdded") }
}

export async function updateVariantAction(
  productId: string,
  variantId: string,
  _state: FormState,
  formData: FormData
): Promise<FormState> {
  const t = await getT(catalogMessages)
  if (formData.get("intent") === "delete") {
    try {
      await deleteVariant(productId, variantId)
    } catch (error) {
      return { error: await describeError(error, await known()) }
    }
    revalidatePath(`/katalog/${productId}`)
    return { success: t("detail.variantDeleted") }
  }
  const parsed = readVariant(formData)
  if (!parsed.request) return { fieldErrors: await translate(parsed.fieldErrors), values: parsed.values }
  try {
    await updateVariant(productId, variantId, parsed.request)
  } catch (error) {
    return { error: await describeError(error, await known()), values: parsed.values }
  }
  revalidatePath(`/katalog/${productId}`)
  return { success: t("detail.variantSaved") }
}
