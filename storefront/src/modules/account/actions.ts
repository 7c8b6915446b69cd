"use server"

import { revalidatePath } from "next/cache"
import { redirect } from "next/navigation"
import { addressRefill, checkAddressForm } from "@/lib/data/areas"
import { removeCartId, transferCartToCustomer } from "@/lib/data/cart"
import {
  addAddress,
  deleteAddress,
  getAuthToken,
  isClientError,
  loginCustomer,
  registerCustomer,
  removeAuthToken,
  setAuthToken,
  toShopError,
} from "@/lib/data/customer"
import type { FormState } from "@/modules/checkout/form-state"
import { readAddressForm, toMedusaAddress } from "@/modules/checkout/validation"
import { safeNext, validateLogin, validateRegister, type RegisterField } from "./validation"

function field(formData: FormData, key: string, max = 300): string {
  const value = formData.get(key)
  return typeof value === "string" ? value.slice(0, max) : ""
}

function unavailable(error: unknown, values?: Record<string, string>): FormState {
  console.error("[storefront] account action failed", error)
  return { messages: [{ key: "checkout.error.unavailable" }], values }
}

async function startSession(token: string, next: string): Promise<never> {
  await setAuthToken(token)
  await transferCartToCustomer(token)
  revalidatePath("/", "layout")
  redirect(next)
}

export async function loginAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = { email: field(formData, "email") }
  const result = validateLogin({ email: values.email, password: field(formData, "password") })
  if (!result.ok) return { errors: result.errors, values }
  let token: string
  try {
    token = await loginCustomer(result.value.email, result.value.password)
  } catch (error) {
    const failure = toShopError(error)
    if (failure.status === 401 || failure.status === 400) {
      return { messages: [{ key: "account.error.credentials" }], values }
    }
    // The backend's rate limit on failed logins (README "Security › Rate limits").
    if (failure.status === 429) return { messages: [{ key: "account.error.tooManyAttempts" }], values }
    return unavailable(failure, values)
  }
  return startSession(token, safeNext(formData.get("next")))
}

export async function registerAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const keys: RegisterField[] = ["first_name", "last_name", "email", "phone", "password"]
  const input = Object.fromEntries(keys.map((key) => [key, field(formData, key)])) as Record<RegisterField, string>
  const { password: _password, ...values } = input
  const result = validateRegister(input)
  if (!result.ok) return { errors: result.errors, values }
  let token: string
  try {
    token = await registerCustomer(result.value)
  } catch (error) {
    const failure = toShopError(error)
    // Medusa answers an email that already has an identity with 401 "Identity with email already exists".
    if (failure.status === 401 || /exist/i.test(failure.message)) {
      return { messages: [{ key: "account.error.emailTaken" }], values }
    }
    if (isClientError(failure)) return { serverMessage: failure.message, values }
    return unavailable(failure, values)
  }
  return startSession(token, safeNext(formData.get("next")))
}

/** Forget the customer's token, and the cart too: it belongs to the account, not to this device. */
export async function logoutAction(): Promise<void> {
  await removeAuthToken()
  await removeCartId()
  revalidatePath("/", "layout")
  redirect("/akun")
}

async function requireLogin(): Promise<void> {
  if (!(await getAuthToken())) redirect("/akun")
}

export async function addAddressAction(_previous: FormState, formData: FormData): Promise<FormState> {
  await requireLogin()
  const result = checkAddressForm(formData, { requireEmail: false })
  if (!result.ok) return result.state
  try {
    await addAddress(toMedusaAddress(result.value))
  } catch (error) {
    const failure = toShopError(error)
    if (failure.status === 401) redirect("/akun")
    const refill = addressRefill(readAddressForm(formData))
    if (isClientError(failure)) return { serverMessage: failure.message, ...refill }
    return { ...unavailable(failure, refill.values), areas: refill.areas }
  }
  revalidatePath("/akun/alamat")
  return { done: "account.addressSaved" }
}

export async function deleteAddressAction(_previous: FormState, formData: FormData): Promise<FormState> {
  await requireLogin()
  const addressId = field(formData, "address_id", 100)
  if (!addressId) return { messages: [{ key: "checkout.error.unavailable" }] }
  try {
    await deleteAddress(addressId)
  } catch (error) {
    const failure = toShopError(error)
    if (failure.status === 401) redirect("/akun")
    if (isClientError(failure)) return { serverMessage: failure.message }
    return unavailable(failure)
  }
  revalidatePath("/akun/alamat")
  return { done: "account.addressDeleted" }
}
