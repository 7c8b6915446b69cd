export { listCategories, getCategoryByHandle } from "./categories"
export { listProducts, getProductByHandle, buildProductQuery, PRODUCT_FIELDS, DEFAULT_PAGE_SIZE } from "./products"
export { getRegion } from "./regions"
