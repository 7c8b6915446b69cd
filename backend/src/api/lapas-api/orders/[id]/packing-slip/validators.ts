export { OrderDocumentQuerySchema, type OrderDocumentQuery } from "../documents"
