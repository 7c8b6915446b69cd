import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { cookies } from "next/headers"
import { cache } from "react"
import { clientAddressHeaders } from "./client-address"
import { getSdk } from "./sdk"

/** httpOnly cookie holding the customer's Medusa JWT (never readable by page scripts). */
export const AUTH_COOKIE = "kb_auth"
/** Medusa's customer tokens last a day by default; the cookie does not outlive them by much. */
const AUTH_MAX_AGE = 60 * 60 * 24

/** A failed store API call: HTTP status (0 when the backend could not be reached) and its message. */
export class ShopError extends Error {
  readonly status: number
  constructor(message: string, status: number) {
    super(message)
    this.name = "ShopError"
    this.status = status
  }
}

/** Turn whatever the SDK threw into a ShopError carrying the backend's status and message. */
export function toShopError(error: unknown): ShopError {
  if (error instanceof ShopError) return error
  if (error && typeof error === "object" && "status" in error && typeof error.status === "number") {
    const message = error instanceof Error && error.message ? error.message : "Request failed"
    return new ShopError(message, error.status)
  }
  return new ShopError(error instanceof Error ? error.message : String(error), 0)
}

/** Messages the backend sends for bad input (4xx) can be shown to the buyer; others are not. */
export function isClientError(error: ShopError): boolean {
  return error.status >= 400 && error.status < 500
}

export type AuthHeaders = Record<string, string>

function cookieOptions(maxAge: number) {
  return {
    httpOnly: true,
    sameSite: "lax" as const,
    secure: process.env.NODE_ENV === "production",
    path: "/",
    maxAge,
  }
}

export async function getAuthToken(): Promise<string | undefined> {
  const store = await cookies()
  return store.get(AUTH_COOKIE)?.value || undefined
}

/** The Authorization header of the logged-in customer, or nothing for a guest. */
export async function getAuthHeaders(): Promise<AuthHeaders> {
  const token = await getAuthToken()
  return token ? { authorization: `Bearer ${token}` } : {}
}

export async function setAuthToken(token: string): Promise<void> {
  const store = await cookies()
  store.set(AUTH_COOKIE, token, cookieOptions(AUTH_MAX_AGE))
}

export async function removeAuthToken(): Promise<void> {
  const store = await cookies()
  store.delete(AUTH_COOKIE)
}

function bearer(token: string): AuthHeaders {
  return { authorization: `Bearer ${token}` }
}

/** Log in with email and password; returns the customer's JWT. 401 for wrong credentials. */
export async function loginCustomer(email: string, password: string): Promise<string> {
  try {
    // The server-side SDK client stores no token ("nostore"), so one user's token never leaks to another.
    const { token } = await getSdk().client.fetch<{ token?: string }>("/auth/customer/emailpass", {
      method: "POST",
      body: { email, password },
      headers: await clientAddressHeaders(),
    })
    if (!token) throw new ShopError("No token in the login response", 500)
    return token
  } catch (error) {
    throw toShopError(error)
  }
}

export type RegisterInput = {
  email: string
  password: string
  first_name: string
  last_name: string
  phone?: string
}

/**
 * Create the email/password identity, then the customer with that registration token, then log in
 * (the registration token carries no customer yet). Returns the customer's JWT.
 */
export async function registerCustomer(input: RegisterInput): Promise<string> {
  const sdk = getSdk()
  try {
    const { token } = await sdk.client.fetch<{ token?: string }>("/auth/customer/emailpass/register", {
      method: "POST",
      body: { email: input.email, password: input.password },
    })
    if (!token) throw new ShopError("No token in the registration response", 500)
    await sdk.store.customer.create(
      {
        email: input.email,
        first_name: input.first_name,
        last_name: input.last_name || undefined,
        phone: input.phone || undefined,
      },
      {},
      bearer(token)
    )
  } catch (error) {
    throw toShopError(error)
  }
  return loginCustomer(input.email, input.password)
}

const CUSTOMER_FIELDS = "id,email,first_name,last_name,phone,*addresses"

/** The logged-in customer, or null for guests and expired or invalid tokens. */
export const retrieveCustomer = cache(async (): Promise<HttpTypes.StoreCustomer | null> => {
  const headers = await getAuthHeaders()
  if (!headers.authorization) return null
  try {
    const { customer } = await getSdk().store.customer.retrieve({ fields: CUSTOMER_FIELDS }, headers)
    return customer
  } catch (error) {
    const failure = toShopError(error)
    if (failure.status === 401 || failure.status === 403 || failure.status === 404) return null
    throw failure
  }
})

export async function listAddresses(): Promise<HttpTypes.StoreCustomerAddress[]> {
  const headers = await getAuthHeaders()
  if (!headers.authorization) return []
  try {
    const { addresses } = await getSdk().store.customer.listAddress({ limit: 50 }, headers)
    return addresses
  } catch (error) {
    const failure = toShopError(error)
    if (failure.status === 401) return []
    throw failure
  }
}

export async function addAddress(address: HttpTypes.StoreCreateCustomerAddress): Promise<void> {
  try {
    await getSdk().store.customer.createAddress(address, { fields: "id" }, await getAuthHeaders())
  } catch (error) {
    throw toShopError(error)
  }
}

export async function deleteAddress(addressId: string): Promise<void> {
  try {
    await getSdk().store.customer.deleteAddress(addressId, await getAuthHeaders())
  } catch (error) {
    throw toShopError(error)
  }
}
