import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { addressWriteProblems } from "../../lib/address"

/**
 * Validation of Indonesian addresses on write (carts and the customer's address book): an
 * address that names a province, kabupaten/kota, kecamatan (address_2) or kelurahan that does not
 * exist, or that does not fit together, is refused with a 400 naming it before Medusa writes
 * anything. What is missing passes (checkout asks for it), and so do addresses outside Indonesia.
 */

type Address = Record<string, unknown>

/** The fields whose change means the area must be checked again. */
const AREA_FIELDS = ["province", "city", "address_2", "metadata", "country_code"] as const

const isAddress = (value: unknown): value is Address =>
  !!value && typeof value === "object" && !Array.isArray(value)

/**
 * The sentences refusing `incoming` (merged over `stored`, the address it updates, when given), or
 * none. Only an address that touches one of the area fields is checked, so updating a phone number
 * never trips over what was stored before.
 */
export function areaRefusal(incoming: unknown, stored?: Address | null): string[] {
  if (!isAddress(incoming)) return []
  if (!AREA_FIELDS.some((field) => field in incoming)) return []
  const address = { ...(stored ?? {}), ...incoming }
  const country = typeof address.country_code === "string" ? address.country_code.trim().toLowerCase() : ""
  if (country && country !== "id") return []
  return addressWriteProblems({
    province: typeof address.province === "string" ? address.province : null,
    city: typeof address.city === "string" ? address.city : null,
    address_2: typeof address.address_2 === "string" ? address.address_2 : null,
    metadata: isAddress(address.metadata) ? address.metadata : null,
  })
}

export function refuseAreas(problems: string[]) {
  return new MedusaError(MedusaError.Types.INVALID_DATA, problems.join(" "))
}

/**
 * POST /store/carts and POST /store/carts/:id: the shipping and billing addresses of the body.
 * An address with the `id` of the cart's own address updates it (Medusa keeps the fields not
 * sent), so it is checked merged over the stored one.
 */
export async function validateCartAddresses(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const body = (req.body ?? {}) as Record<string, unknown>
    const shipping = body.shipping_address
    const billing = body.billing_address
    if (!isAddress(shipping) && !isAddress(billing)) return next()
    let stored: Address[] = []
    const ids = [shipping, billing]
      .map((a) => (isAddress(a) && typeof a.id === "string" ? a.id : null))
      .filter((id): id is string => !!id)
    if (req.params.id && ids.length) {
      const cartService = req.scope.resolve(Modules.CART)
      const [cart] = await cartService.listCarts(
        { id: req.params.id },
        { relations: ["shipping_address", "billing_address"] }
      )
      stored = [cart?.shipping_address, cart?.billing_address].filter((a): a is NonNullable<typeof a> =>
        !!a && ids.includes(a.id)
      ) as unknown as Address[]
    }
    const storedOf = (a: unknown) =>
      isAddress(a) && typeof a.id === "string" ? stored.find((s) => s.id === a.id) ?? null : null
    const problems = [
      ...areaRefusal(shipping, storedOf(shipping)),
      ...areaRefusal(billing, storedOf(billing)).map((p) => `Alamat penagihan: ${p}`),
    ]
    return next(problems.length ? refuseAreas(problems) : undefined)
  } catch (error) {
    return next(error)
  }
}

/**
 * POST /store/customers/me/addresses and POST /store/customers/me/addresses/:address_id. An
 * update is checked merged over the customer's stored address (only the caller's own: another
 * customer's address id is left to Medusa's 404).
 */
export async function validateCustomerAddress(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    let stored: Address | null = null
    const customerId = (req as MedusaRequest & { auth_context?: { actor_id?: string } }).auth_context?.actor_id
    const addressId = req.params.address_id
    if (addressId && customerId) {
      const customerService = req.scope.resolve(Modules.CUSTOMER)
      const [address] = await customerService.listCustomerAddresses({ id: addressId, customer_id: customerId })
      stored = (address as unknown as Address | undefined) ?? null
    }
    const problems = areaRefusal(req.body ?? {}, stored)
    return next(problems.length ? refuseAreas(problems) : undefined)
  } catch (error) {
    return next(error)
  }
}
