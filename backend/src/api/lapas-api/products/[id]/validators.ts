// The product routes' bodies (POST /lapas-api/products/:id takes UpdateProductSchema).
export { NoQuerySchema, UpdateProductSchema } from "../validators"
