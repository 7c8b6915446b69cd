import { STAFF_ROLES, type StaffRole } from "@karya-binaan/contracts"
import type { AuthenticatedMedusaRequest, MedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { LAPAS_MODULE } from "../../modules/lapas"
import LapasProductLink from "../../links/lapas-product"
import LapasStockLocationLink from "../../links/lapas-stock-location"
import LapasUserLink from "../../links/lapas-user"
import { PRODUCTION_MODULE } from "../../modules/production"
import type ProductionModuleService from "../../modules/production/service"


/** Who is calling an admin route: a national user (no lapas) or a user of one lapas. */
export type AdminAccess =
  | { userId: string; role: "national"; lapasId: null }
  | { userId: string; role: StaffRole; lapasId: string }

const ACCESS = Symbol("karya-binaan.admin-access")
type WithAccess = MedusaRequest & { [ACCESS]?: Promise<AdminAccess> }

/**
 * Resolves the caller's role and lapas from the user ↔ lapas link, once per request.
 * Never trusts a lapas id sent by the client.
 */
export function resolveAdminAccess(req: MedusaRequest): Promise<AdminAccess> {
  const cached = (req as WithAccess)[ACCESS]
  if (cached) {
    return cached
  }
  const promise = loadAccess(req)
  ;(req as WithAccess)[ACCESS] = promise
  return promise
}

async function loadAccess(req: MedusaRequest): Promise<AdminAccess> {
  const auth = (req as AuthenticatedMedusaRequest).auth_context
  if (!auth?.actor_id || auth.actor_type !== "user") {
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Log in as an admin user first.")
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: LapasUserLink.entryPoint,
    fields: ["lapas_id", "role"],
    filters: { user_id: auth.actor_id },
  })
  const membership =
    (data[0] as { lapas_id: string; role: string } | undefined) ??
    (await applyAcceptedStaffInvite(req, auth.actor_id))
  if (!membership) {
    return { userId: auth.actor_id, role: "national", lapasId: null }
  }
  if (!(STAFF_ROLES as readonly string[]).includes(membership.role)) {
    throw new MedusaError(
      MedusaError.Types.FORBIDDEN,
      `Your account has an unknown role "${membership.role}"; ask a national administrator to fix it.`
    )
  }
  return {
    userId: auth.actor_id,
    role: membership.role as StaffRole,
    lapasId: membership.lapas_id,
  }
}

/** The lapas a product belongs to, or null when it is linked to none. */
export async function lapasOfProduct(req: MedusaRequest, productId: string) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: LapasProductLink.entryPoint,
    fields: ["lapas_id"],
    filters: { product_id: productId },
  })
  return (data[0] as { lapas_id: string } | undefined)?.lapas_id ?? null
}

export async function productIdsOfLapas(req: MedusaRequest, lapasId: string): Promise<string[]> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: LapasProductLink.entryPoint,
    fields: ["product_id"],
    filters: { lapas_id: lapasId },
  })
  return (data as { product_id: string }[]).map((row) => row.product_id)
}

/** 404 rather than 403 where telling a caller that a record exists would already leak it. */
export function notFound(what: string, id: string): MedusaError {
  return new MedusaError(MedusaError.Types.NOT_FOUND, `${what} with id "${id}" was not found.`)
}

export function forbidden(message: string): MedusaError {
  return new MedusaError(MedusaError.Types.FORBIDDEN, message)
}

/** The lapas a route's `:id` names, checked against the caller: national or the caller's own. */
export async function requireLapasInScope(req: MedusaRequest, lapasId: string) {
  const access = await resolveAdminAccess(req)
  if (access.role !== "national" && access.lapasId !== lapasId) {
    throw notFound("Lapas", lapasId)
  }
  return access
}

/** Metadata key on a Medusa invite that makes its user a lapas user once accepted. */
export const STAFF_INVITE_METADATA = "karya_binaan_staff"

/**
 * A user who accepted an invite sent through POST /admin/lapas/:id/staff is a lapas user from
 * their very first request: the link is created here, so there is no moment in which such a
 * user counts as national.
 */
async function applyAcceptedStaffInvite(req: MedusaRequest, userId: string) {
  const users = req.scope.resolve(Modules.USER)
  const [user] = await users.listUsers({ id: userId }, { select: ["id", "email"] })
  if (!user) {
    return undefined
  }
  const invites = await users.listInvites(
    { email: user.email },
    { withDeleted: true, order: { created_at: "DESC" } }
  )
  const assignment = invites
    .map((invite) => invite.metadata?.[STAFF_INVITE_METADATA] as { lapas_id?: string; role?: string } | undefined)
    .find((value) => value?.lapas_id && value?.role)
  if (!assignment) {
    return undefined
  }
  const link = req.scope.resolve(ContainerRegistrationKeys.LINK)
  await link.create({
    [LAPAS_MODULE]: { lapas_id: assignment.lapas_id },
    [Modules.USER]: { user_id: userId },
    data: { role: assignment.role },
  })
  return { lapas_id: assignment.lapas_id!, role: assignment.role! }
}

/** The stock location(s) a lapas ships from. */
export async function stockLocationIdsOfLapas(req: MedusaRequest, lapasId: string): Promise<string[]> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: LapasStockLocationLink.entryPoint,
    fields: ["stock_location_id"],
    filters: { lapas_id: lapasId },
  })
  return (data as { stock_location_id: string }[]).map((row) => row.stock_location_id)
}

/** Inventory items of the variants of a lapas's products. */
export async function inventoryItemIdsOfLapas(req: MedusaRequest, lapasId: string): Promise<string[]> {
  const productIds = await productIdsOfLapas(req, lapasId)
  if (!productIds.length) {
    return []
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_variant",
    fields: ["inventory_items.inventory_item_id"],
    filters: { product_id: productIds },
  })
  return (data as { inventory_items?: { inventory_item_id: string }[] }[]).flatMap((variant) =>
    (variant.inventory_items ?? []).filter(Boolean).map((item) => item.inventory_item_id)
  )
}

/** Orders holding at least one line of a lapas's products. */
export async function orderIdsOfLapas(req: MedusaRequest, lapasId: string): Promise<string[]> {
  return orderIdsOfProducts(req, await productIdsOfLapas(req, lapasId))
}

/** Orders holding at least one line of these products. */
export async function orderIdsOfProducts(req: MedusaRequest, productIds: string[]): Promise<string[]> {
  if (!productIds.length) {
    return []
  }
  const pg = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const result = await pg.raw(
    `SELECT DISTINCT oi.order_id
       FROM order_item oi
       JOIN order_line_item li ON li.id = oi.item_id
      WHERE li.product_id = ANY(?) AND oi.deleted_at IS NULL AND li.deleted_at IS NULL`,
    [productIds]
  )
  return (result.rows as { order_id: string }[]).map((row) => row.order_id)
}

/** Variant ids and their price sets for a lapas's products. */
export async function variantsOfLapas(req: MedusaRequest, lapasId: string) {
  const productIds = await productIdsOfLapas(req, lapasId)
  if (!productIds.length) {
    return { variantIds: new Set<string>(), priceSetIds: new Set<string>() }
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_variant",
    fields: ["id", "price_set.id"],
    filters: { product_id: productIds },
  })
  const variants = data as { id: string; price_set?: { id: string } | null }[]
  return {
    variantIds: new Set(variants.map((v) => v.id)),
    priceSetIds: new Set(variants.flatMap((v) => (v.price_set?.id ? [v.price_set.id] : []))),
  }
}

/**
 * Price lists of a lapas: those with at least one price, every price of which is for one of
 * the lapas's variants. A list mixing lapas belongs to none and is the national office's.
 */
export async function priceListIdsOfLapas(req: MedusaRequest, lapasId: string): Promise<string[]> {
  const { priceSetIds } = await variantsOfLapas(req, lapasId)
  if (!priceSetIds.size) {
    return []
  }
  const pricing = req.scope.resolve(Modules.PRICING)
  const prices = await pricing.listPrices(
    { price_list_id: { $ne: null } } as any,
    { select: ["price_list_id", "price_set_id"] } as any
  )
  const owned = new Map<string, boolean>()
  for (const price of prices as unknown as { price_list_id: string; price_set_id: string }[]) {
    const ownPrice = priceSetIds.has(price.price_set_id)
    owned.set(price.price_list_id, (owned.get(price.price_list_id) ?? true) && ownPrice)
  }
  return [...owned].filter(([, own]) => own).map(([id]) => id)
}

/** No record has this id, so narrowing a list to it lists nothing. */
const NO_RECORD = "none"

/** Narrows a list route to `allowed` ids, keeping any `id` filter the caller sent. */
export function restrictListTo(req: MedusaRequest, allowed: string[]) {
  const asked = req.query.id
  const askedIds = asked === undefined ? null : ([] as unknown[]).concat(asked).map(String)
  const ids = askedIds ? allowed.filter((id) => askedIds.includes(id)) : allowed
  req.query.id = ids.length ? ids : [NO_RECORD]
}

type LapasUserAccess = Exclude<AdminAccess, { role: "national" }>

/** 404 unless the inmate belongs to the lapas user's own lapas (for the admin guard's rules). */
export async function requireOwnInmate(req: MedusaRequest, access: LapasUserAccess, inmateId: string) {
  const production: ProductionModuleService = req.scope.resolve(PRODUCTION_MODULE)
  const [inmate] = await production.listInmates({ id: inmateId, lapas_id: access.lapasId }, { select: ["id"] })
  if (!inmate) throw notFound("Inmate", inmateId)
}

/** 404 unless the product belongs to the lapas user's own lapas (for the admin guard's rules). */
export async function requireOwnProduct(req: MedusaRequest, access: LapasUserAccess, productId: string) {
  if ((await lapasOfProduct(req, productId)) !== access.lapasId) {
    throw notFound("Product", productId)
  }
}
