import { MedusaError } from "@medusajs/framework/utils"

/**
 * The one 404 of the scoped API and the code behind it: `<Kind> with id "<id>" was not found.`,
 * for an unknown record and another lapas's alike, so the answer never tells them apart.
 */
export function notFound(what: string, id: string): MedusaError {
  return new MedusaError(MedusaError.Types.NOT_FOUND, `${what} with id "${id}" was not found.`)
}
