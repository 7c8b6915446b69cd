import { MEMBER_ACTOR_TYPE } from "@karya-binaan/contracts"
import {
  authenticate,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { loadMember } from "../utils/member-access"

/** Scoped routes anyone may call, in their canonical spelling. */
export const PUBLIC_MEMBER_PATHS = ["/lapas-api/invites/accept"]

/** Query parameters Medusa's own routes read to widen what they return; the scoped API takes none. */
const FIELD_SELECTION_PARAMS = ["fields", "expand", "include", "select", "relations"]

/**
 * The scoped API's paths are all lower-case with no encoded or empty segments; any other spelling
 * (which Express would still route) is refused, so no rule or test can be dodged by spelling.
 * Ids are the exception: Medusa's ids carry upper-case letters, so only the route's own words are
 * checked, by rejecting any percent-encoding, dot and empty segments, and an upper-case `/lapas-api` prefix.
 */
function refuseOddPaths(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const path = (req.originalUrl ?? req.url).split("?")[0]
  const segments = path.split("/").slice(1)
  const odd =
    !path.startsWith("/lapas-api") ||
    // No word or id of the scoped API needs percent-encoding; an encoded letter would reach no route
    // and get Express's HTML 404 without a message.
    path.includes("%") ||
    segments.some((segment, index) => segment === "." || segment === ".." || (segment === "" && index < segments.length))
  if (odd) {
    return next(
      new MedusaError(MedusaError.Types.NOT_FOUND, `No route ${path}: scoped API paths are lower-case, with no encoded or empty segments.`)
    )
  }
  const asked = FIELD_SELECTION_PARAMS.filter((name) => name in (req.query ?? {}))
  if (asked.length) {
    return next(
      new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `The lapas API returns fixed fields; remove the ${asked.join(", ")} parameter.`
      )
    )
  }
  next()
}

const authenticateMember = authenticate(MEMBER_ACTOR_TYPE, ["bearer", "session"])

function canonical(path: string) {
  return path.split("?")[0].toLowerCase().replace(/\/+$/, "")
}

/** Every scoped route needs a member's token, except the few public ones. */
function requireMember(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  if (PUBLIC_MEMBER_PATHS.includes(canonical(req.originalUrl ?? req.url))) {
    return next()
  }
  return authenticateMember(req, res, (error?: unknown) => {
    if (error) return next(error)
    loadMember(req, res, next).catch(next)
  })
}

export const lapasApiMiddlewares: MiddlewareRoute[] = [
  // No method: Medusa registers it before every scoped route and route middleware.
  { matcher: "/lapas-api*", middlewares: [refuseOddPaths, requireMember] },
]
