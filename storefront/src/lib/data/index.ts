export { listCategories, getCategoryByHandle } from "./categories"
export { listCollections } from "./collections"
export {
  listProducts,
  listProductsByIds,
  searchProducts,
  listProductHandles,
  getProductByHandle,
  buildProductQuery,
  PRODUCT_FIELDS,
  DEFAULT_PAGE_SIZE,
} from "./products"
export { getRegion } from "./regions"
export { listLapas, getLapasByHandle } from "./lapas"
export { getListing, fetchCatalog, buildCatalogQuery } from "./catalog"
export { getProductImpacts, getProductMakers, getNationalImpact } from "./impact"
