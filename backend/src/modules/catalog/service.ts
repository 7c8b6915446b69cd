import { MedusaService } from "@medusajs/framework/utils"
import { CatalogCard } from "./models/catalog-card"

/**
 * The catalogue read model: the generated CRUD of CatalogCard (listCatalogCards, …). The rows are
 * written set-based by src/lib/catalog/read-model.ts (one statement per chunk of products) and
 * read by the store routes in one statement; this service exists so the table is the module's.
 */
class CatalogModuleService extends MedusaService({ CatalogCard }) {}

export default CatalogModuleService
