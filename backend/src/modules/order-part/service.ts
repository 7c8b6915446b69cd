import { MedusaService } from "@medusajs/framework/utils"
import { OrderPartState } from "./models/order-part-state"

/**
 * The lapas order list's state rows: the generated CRUD of OrderPartState. The rows are written
 * set-based by src/lib/order-parts/part-states.ts (one upsert and one delete per chunk of orders)
 * and paged by GET /lapas-api/orders in one statement; this service exists so the table is the
 * module's.
 */
class OrderPartModuleService extends MedusaService({ OrderPartState }) {}

export default OrderPartModuleService
