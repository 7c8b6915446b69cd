export { NoQuerySchema } from "../../../validators"
