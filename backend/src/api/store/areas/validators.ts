import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { AREA_CODE_PATTERNS, type AreaOption } from "@karya-binaan/contracts"
import { EmptyQuerySchema, parseStoreQuery } from "../catalog/validators"

/**
 * The area routes' shared pieces. Areas change once a year at most (a Kemendagri decree, then a
 * release of idn-area-data), so every answer may be cached by browsers and CDNs for a day.
 */
export const AREAS_CACHE_CONTROL = "public, max-age=86400"

const KINDS = {
  province: { label: "province", example: "35" },
  city: { label: "kabupaten/kota", example: "35.78" },
  district: { label: "kecamatan", example: "35.78.09" },
} as const

/**
 * The `:code` of the path, refused with a 400 when it is not shaped like a code of that kind
 * (e.g. a name instead of a code), and any query parameter refused too.
 */
export function areaCodeOf(req: MedusaRequest, kind: keyof typeof KINDS) {
  parseStoreQuery(req, EmptyQuerySchema)
  const code = String(req.params.code ?? "").trim()
  if (!AREA_CODE_PATTERNS[kind].test(code)) {
    const { label, example } = KINDS[kind]
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `"${code}" is not a ${label} code: use the code from the list, e.g. "${example}".`
    )
  }
  return code
}

/** A 404 naming the code that matched no area of its kind. */
export function unknownArea(kind: keyof typeof KINDS, code: string) {
  return new MedusaError(MedusaError.Types.NOT_FOUND, `No ${KINDS[kind].label} has the code "${code}".`)
}

/** Only the code and name of each area (the lists carry parent codes too), in the order given. */
export function areaOptions(areas: AreaOption[]): AreaOption[] {
  return areas.map(({ code, name }) => ({ code, name }))
}

export function sendCached<T>(res: MedusaResponse, body: T) {
  res.setHeader("Cache-Control", AREAS_CACHE_CONTROL)
  res.json(body)
}
