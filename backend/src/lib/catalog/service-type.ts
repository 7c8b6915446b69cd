import { SERVICE_PRODUCT_TYPE, type ProductKind } from "@karya-binaan/contracts"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"

/**
 * Services (jasa) in the catalogue: a product is a service when its Medusa product type's value is
 * SERVICE_PRODUCT_TYPE ("jasa"). The type is made on first use (and by the demo seed), once: the
 * product module's unique index on a type's value settles two requests making it at the same time.
 */

const isUniqueViolation = (error: unknown) =>
  /unique|duplicate|already exists/i.test(String((error as Error)?.message ?? error))

/** The id of the "jasa" product type, created when it does not exist yet. Idempotent. */
export async function ensureServiceProductType(scope: MedusaContainer): Promise<string> {
  const products = scope.resolve(Modules.PRODUCT)
  const find = async () =>
    (await products.listProductTypes({ value: SERVICE_PRODUCT_TYPE }, { select: ["id"], take: 1 }))[0]?.id as
      | string
      | undefined
  const existing = await find()
  if (existing) return existing
  try {
    const created = await products.createProductTypes({ value: SERVICE_PRODUCT_TYPE, metadata: { label: "Jasa" } })
    return created.id
  } catch (error) {
    if (!isUniqueViolation(error)) throw error
    const raced = await find()
    if (!raced) throw error
    return raced
  }
}

/** The kind of a product from its type's value (as query.graph gives `type.value`). */
export function kindOfTypeValue(value: string | null | undefined): ProductKind {
  return value === SERVICE_PRODUCT_TYPE ? "service" : "goods"
}

/** Which of these products are services (product type "jasa"). */
export async function serviceProductIds(scope: MedusaContainer, productIds: string[]): Promise<Set<string>> {
  const ids = [...new Set(productIds.filter(Boolean))]
  if (!ids.length) return new Set()
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product", fields: ["id", "type.value"], filters: { id: ids } })
  return new Set(
    (data as { id: string; type?: { value?: string } | null }[])
      .filter((p) => p.type?.value === SERVICE_PRODUCT_TYPE)
      .map((p) => p.id)
  )
}
