export { NoQuerySchema, UpdateVariantSchema } from "../validators"
