import type { AdminRole } from "@karya-binaan/contracts"
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { LAPAS_MODULE } from "../modules/lapas"
import type LapasModuleService from "../modules/lapas/service"
import {
  forbidden,
  inventoryItemIdsOfLapas,
  lapasOfProduct,
  notFound,
  orderIdsOfProducts,
  priceListIdsOfLapas,
  productIdsOfLapas,
  resolveAdminAccess,
  restrictListTo,
  stockLocationIdsOfLapas,
  variantsOfLapas,
  type AdminAccess,
} from "./utils/access"

import { productionGuardRules, profitShareGuardRules } from "./admin/guard-rules"
import { premiGuardRules } from "./admin/premi/guard"
import { indicatorGuardRules } from "./admin/indicators/guard"
import { searchDemandGuardRules } from "./admin/search/demand/guard"
import { lapasOrderGuardRules } from "./admin/lapas-orders/guard"

export type Method = "GET" | "POST" | "DELETE"
export type LapasAccess = Exclude<AdminAccess, { role: "national" }>

export interface Rule {
  methods: Method[]
  path: RegExp
  roles: AdminRole[]
  /** Scopes or refuses the request for a lapas user; national users never reach it. */
  scope?: (req: MedusaRequest, access: LapasAccess, match: RegExpExecArray) => Promise<void>
}

const READ: Method[] = ["GET"]
const WRITE: Method[] = ["POST", "DELETE"]
const LAPAS_USERS: AdminRole[] = ["lapas_staff", "finance"]

async function scopeProductList(req: MedusaRequest, access: LapasAccess) {
  restrictListTo(req, await productIdsOfLapas(req, access.lapasId))
  delete req.query.lapas_id
}

async function requireOwnProduct(req: MedusaRequest, access: LapasAccess, productId: string) {
  if ((await lapasOfProduct(req, productId)) !== access.lapasId) {
    throw notFound("Product", productId)
  }
}

async function requireOwnStockLocation(req: MedusaRequest, access: LapasAccess, locationId: string) {
  if (!(await stockLocationIdsOfLapas(req, access.lapasId)).includes(locationId)) {
    throw notFound("Stock location", locationId)
  }
}

async function requireOwnInventoryItem(req: MedusaRequest, access: LapasAccess, itemId: string) {
  if (!(await inventoryItemIdsOfLapas(req, access.lapasId)).includes(itemId)) {
    throw notFound("Inventory item", itemId)
  }
}

/** Stock of one's own items, and only at one's own lapas's location. */
async function requireOwnLevel(req: MedusaRequest, access: LapasAccess, match: RegExpExecArray) {
  await requireOwnInventoryItem(req, access, match[1])
  const locationId = match[2] ?? (req.body as Record<string, unknown> | undefined)?.location_id
  if (typeof locationId !== "string") {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Name the stock location (location_id).")
  }
  await requireOwnStockLocation(req, access, locationId)
}

async function requireOwnPriceList(req: MedusaRequest, access: LapasAccess, priceListId: string) {
  if (!(await priceListIdsOfLapas(req, access.lapasId)).includes(priceListId)) {
    throw notFound("Price list", priceListId)
  }
}

/** Every variant a price-list request prices must be one of the lapas's own. */
async function requireOwnVariants(req: MedusaRequest, access: LapasAccess, variantIds: unknown[], required: boolean) {
  const ids = variantIds.filter((id): id is string => typeof id === "string")
  if (required && !ids.length) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "A lapas's price list needs at least one price for one of its own variants."
    )
  }
  const { variantIds: own } = await variantsOfLapas(req, access.lapasId)
  const foreign = ids.filter((id) => !own.has(id))
  if (foreign.length) {
    throw forbidden(
      `Price lists of a lapas price only its own variants; not yours: ${foreign.join(", ")}.`
    )
  }
}

const pricesOf = (list: unknown) =>
  Array.isArray(list) ? list.map((price) => (price as Record<string, unknown>)?.variant_id) : []

type Row = Record<string, any>
const productIdOfItem = (item: Row) => item?.product_id ?? item?.variant?.product_id ?? item?.product?.id

/**
 * An order can span lapas, and Medusa's order responses carry every line: for a lapas user the
 * lines of other lapas's products are taken out before the response leaves.
 */
function showOnlyOwnOrderLines(req: MedusaRequest, ownProductIds: string[]) {
  const own = new Set(ownProductIds)
  const res = (req as MedusaRequest & { res?: MedusaResponse }).res
  if (!res) return
  const send = res.json.bind(res)
  const ownLines = (order: Row) =>
    order && Array.isArray(order.items) ? { ...order, items: order.items.filter((item: Row) => own.has(productIdOfItem(item))) } : order
  res.json = ((body: Row) =>
    send(
      body && typeof body === "object"
        ? {
            ...body,
            ...(body.order ? { order: ownLines(body.order) } : {}),
            ...(Array.isArray(body.orders) ? { orders: body.orders.map(ownLines) } : {}),
          }
        : body
    )) as MedusaResponse["json"]
}

/** Orders holding the lapas's products (a list, or one order: 404 when not), showing only its own lines. */
async function scopeOrders(req: MedusaRequest, access: LapasAccess, orderId?: string) {
  const ownProducts = await productIdsOfLapas(req, access.lapasId)
  const ownOrders = await orderIdsOfProducts(req, ownProducts)
  if (orderId === undefined) {
    restrictListTo(req, ownOrders)
  } else if (!ownOrders.includes(orderId)) {
    throw notFound("Order", orderId)
  }
  showOnlyOwnOrderLines(req, ownProducts)
}

/**
 * What lapas users may do. Everything absent from this list is refused to them;
 * national users pass every rule. Order matters: the first rule whose method and path match applies.
 */
const RULES: Rule[] = [
  // Each domain's own routes first, so they win over the broader Medusa routes below.
  ...productionGuardRules,
  ...profitShareGuardRules,
  ...premiGuardRules,
  ...indicatorGuardRules,
  ...searchDemandGuardRules,
  ...lapasOrderGuardRules,
  { methods: READ, path: /^\/admin\/users\/me$/, roles: LAPAS_USERS },
  { methods: READ, path: /^\/admin\/me\/lapas$/, roles: LAPAS_USERS },
  {
    // Reference data the dashboard and product forms need; none of it belongs to a lapas.
    methods: READ,
    path: /^\/admin\/(stores|regions|currencies|sales-channels|product-categories|product-types|product-tags|shipping-profiles|locales|feature-flags)(\/[^/]+)?$/,
    roles: LAPAS_USERS,
  },

  // Lapas profiles and partners: the route handlers scope them with requireLapasInScope.
  { methods: READ, path: /^\/admin\/lapas$/, roles: LAPAS_USERS },
  { methods: READ, path: /^\/admin\/lapas\/[^/]+(\/partners)?$/, roles: LAPAS_USERS },
  { methods: ["POST"], path: /^\/admin\/lapas\/[^/]+(\/partners)?$/, roles: ["lapas_staff"] },

  // Catalogue: lapas staff keep their own products; finance reads them.
  { methods: READ, path: /^\/admin\/products$/, roles: LAPAS_USERS, scope: scopeProductList },
  {
    methods: ["POST"],
    path: /^\/admin\/products$/,
    roles: ["lapas_staff"],
    scope: async (req, access) => {
      const body = (req.body ?? {}) as Record<string, any>
      // Staff create for their own lapas, whatever the request says.
      body.additional_data = { ...(body.additional_data ?? {}), lapas_id: access.lapasId }
      req.body = body
    },
  },
  {
    // Bulk, import and export endpoints reach every lapas's products at once.
    methods: [...READ, ...WRITE],
    path: /^\/admin\/products\/(batch|export|import|imports)(\/.*)?$/,
    roles: [],
  },
  {
    methods: READ,
    path: /^\/admin\/products\/([^/]+)(\/.*)?$/,
    roles: LAPAS_USERS,
    scope: (req, access, match) => requireOwnProduct(req, access, match[1]),
  },
  {
    methods: WRITE,
    path: /^\/admin\/products\/([^/]+)(\/.*)?$/,
    roles: ["lapas_staff"],
    scope: (req, access, match) => requireOwnProduct(req, access, match[1]),
  },
  // Product photos: uploading is allowed, reading or deleting uploads by id is not.
  { methods: ["POST"], path: /^\/admin\/uploads$/, roles: ["lapas_staff"] },

  // Each lapas ships from its own stock location; creating locations and wiring their
  // fulfilment sets and sales channels is the national office's.
  {
    methods: READ,
    path: /^\/admin\/stock-locations$/,
    roles: LAPAS_USERS,
    scope: async (req, access) => restrictListTo(req, await stockLocationIdsOfLapas(req, access.lapasId)),
  },
  {
    methods: READ,
    path: /^\/admin\/stock-locations\/([^/]+)$/,
    roles: LAPAS_USERS,
    scope: (req, access, match) => requireOwnStockLocation(req, access, match[1]),
  },
  {
    methods: ["POST"],
    path: /^\/admin\/stock-locations\/([^/]+)$/,
    roles: ["lapas_staff"],
    scope: (req, access, match) => requireOwnStockLocation(req, access, match[1]),
  },

  // Inventory of one's own products, stocked at one's own location.
  {
    methods: READ,
    path: /^\/admin\/inventory-items$/,
    roles: LAPAS_USERS,
    scope: async (req, access) => restrictListTo(req, await inventoryItemIdsOfLapas(req, access.lapasId)),
  },
  {
    // Batch endpoints touch many items or locations at once.
    methods: [...READ, ...WRITE],
    path: /^\/admin\/inventory-items\/(batch|location-levels)(\/.*)?$|^\/admin\/inventory-items\/[^/]+\/location-levels\/batch$/,
    roles: [],
  },
  {
    methods: READ,
    path: /^\/admin\/inventory-items\/([^/]+)(\/.*)?$/,
    roles: LAPAS_USERS,
    scope: (req, access, match) => requireOwnInventoryItem(req, access, match[1]),
  },
  {
    methods: WRITE,
    path: /^\/admin\/inventory-items\/([^/]+)\/location-levels(?:\/([^/]+))?$/,
    roles: ["lapas_staff"],
    scope: requireOwnLevel,
  },
  {
    methods: ["POST"],
    path: /^\/admin\/inventory-items\/([^/]+)$/,
    roles: ["lapas_staff"],
    scope: (req, access, match) => requireOwnInventoryItem(req, access, match[1]),
  },

  // Price lists holding only the lapas's own variants.
  {
    methods: READ,
    path: /^\/admin\/price-lists$/,
    roles: LAPAS_USERS,
    scope: async (req, access) => restrictListTo(req, await priceListIdsOfLapas(req, access.lapasId)),
  },
  {
    methods: ["POST"],
    path: /^\/admin\/price-lists$/,
    roles: ["lapas_staff"],
    scope: (req, access) => requireOwnVariants(req, access, pricesOf((req.body as any)?.prices), true),
  },
  {
    methods: READ,
    path: /^\/admin\/price-lists\/([^/]+)(\/.*)?$/,
    roles: LAPAS_USERS,
    scope: (req, access, match) => requireOwnPriceList(req, access, match[1]),
  },
  {
    methods: ["POST"],
    path: /^\/admin\/price-lists\/([^/]+)\/prices\/batch$/,
    roles: ["lapas_staff"],
    scope: async (req, access, match) => {
      await requireOwnPriceList(req, access, match[1])
      const body = (req.body ?? {}) as Record<string, unknown>
      await requireOwnVariants(req, access, [...pricesOf(body.create), ...pricesOf(body.update)], false)
    },
  },
  {
    methods: ["POST"],
    path: /^\/admin\/price-lists\/([^/]+)\/products$/,
    roles: ["lapas_staff"],
    scope: async (req, access, match) => {
      await requireOwnPriceList(req, access, match[1])
      const body = (req.body ?? {}) as Record<string, unknown>
      const own = new Set(await productIdsOfLapas(req, access.lapasId))
      const named = [body.add, body.remove].flatMap((ids) => (Array.isArray(ids) ? ids : []))
      if (named.some((id) => !own.has(String(id)))) {
        throw forbidden("Price lists of a lapas name only its own products.")
      }
    },
  },
  {
    methods: WRITE,
    path: /^\/admin\/price-lists\/([^/]+)$/,
    roles: ["lapas_staff"],
    scope: (req, access, match) => requireOwnPriceList(req, access, match[1]),
  },

  // Orders holding the lapas's products, showing only the lapas's own lines: read-only here.
  // Lapas users confirm transfers, fulfil and cancel through /admin/lapas-orders (their part only).
  { methods: READ, path: /^\/admin\/orders$/, roles: LAPAS_USERS, scope: (req, access) => scopeOrders(req, access) },
  {
    methods: READ,
    path: /^\/admin\/orders\/([^/]+)(\/.*)?$/,
    roles: LAPAS_USERS,
    scope: (req, access, match) => scopeOrders(req, access, match[1]),
  },
]

const ROLE_NAMES: Record<AdminRole, string> = {
  national: "national",
  lapas_staff: "lapas staff",
  finance: "finance",
}

/** A national user creating a product names the lapas it belongs to; the lapas must exist. */
async function requireLapasForNationalProduct(req: MedusaRequest) {
  const lapasId = (req.body as any)?.additional_data?.lapas_id
  if (typeof lapasId !== "string" || !lapasId) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "Every product belongs to one lapas: send additional_data.lapas_id with the lapas's id."
    )
  }
  const lapasService: LapasModuleService = req.scope.resolve(LAPAS_MODULE)
  const [lapas] = await lapasService.listLapas({ id: lapasId }, { select: ["id"] })
  if (!lapas) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `There is no lapas with id "${lapasId}".`)
  }
}

/**
 * The lapas/role guard for every admin route. Runs after Medusa's authentication and before
 * any route's own validation, so it can narrow list queries and refuse foreign records.
 */
export async function adminGuard(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    if (!(req as any).auth_context?.actor_id) {
      // Routes Medusa leaves open (login, invite acceptance, password reset) stay open.
      return next()
    }
    const access = await resolveAdminAccess(req)
    const path = (req.originalUrl ?? req.url).split("?")[0].replace(/\/+$/, "")
    const method = req.method as Method

    if (access.role === "national") {
      if (method === "POST" && path === "/admin/products") {
        await requireLapasForNationalProduct(req)
      }
      if (method === "GET" && path === "/admin/products" && typeof req.query.lapas_id === "string") {
        restrictListTo(req, await productIdsOfLapas(req, req.query.lapas_id))
        delete req.query.lapas_id
      }
      return next()
    }

    for (const rule of RULES) {
      const match = rule.methods.includes(method) ? rule.path.exec(path) : null
      if (!match) continue
      if (!rule.roles.includes(access.role)) {
        throw forbidden(
          `Users with the ${ROLE_NAMES[access.role]} role cannot ${method === "GET" ? "read" : "change"} this; ask a national administrator.`
        )
      }
      await rule.scope?.(req, access, match)
      return next()
    }
    throw forbidden(
      `This part of the admin is open to national users only; your account belongs to one lapas (${ROLE_NAMES[access.role]}).`
    )
  } catch (error) {
    next(error)
  }
}
