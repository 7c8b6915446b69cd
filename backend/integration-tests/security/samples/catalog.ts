import type { RouteSamples } from "../route-samples"

/** A tiny valid PNG (1×1), so a photo upload is refused only by the scope check. */
const PNG_1X1 = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64"
)

/** The scoped catalogue (products, variants, photos) and stock of a lapas, with lapas B's ids. */
export default {
  "GET /lapas-api/products": { query: (b) => ({ lapas_id: b.lapas }) },
  "POST /lapas-api/products": {
    body: (b) => ({
      title: "Produk Sapuan",
      category_id: b.category,
      variants: [{ title: "Standar", sku: "SAPUAN-1", price: 10000 }],
    }),
  },
  "GET /lapas-api/products/:id": { params: (b) => ({ id: b.product }) },
  "POST /lapas-api/products/:id": {
    params: (b) => ({ id: b.product }),
    body: (b) => ({ title: "Diambil alih", category_id: b.category, status: "draft" }),
  },
  "DELETE /lapas-api/products/:id": { params: (b) => ({ id: b.product }) },
  "POST /lapas-api/products/:id/variants": {
    params: (b) => ({ id: b.product }),
    body: () => ({ title: "Titipan", sku: "TITIPAN-1", price: 1 }),
  },
  "POST /lapas-api/products/:id/variants/:variant_id": {
    params: (b) => ({ id: b.product, variant_id: b.variant }),
    body: () => ({ price: 1, manage_inventory: false }),
  },
  "DELETE /lapas-api/products/:id/variants/:variant_id": {
    params: (b) => ({ id: b.product, variant_id: b.variant }),
  },
  "POST /lapas-api/products/:id/images": {
    params: (b) => ({ id: b.product }),
    multipart: () => ({ files: { file: PNG_1X1, name: "foto.png", type: "image/png" } }),
  },
  "DELETE /lapas-api/products/:id/images/:image_id": {
    params: (b) => ({ id: b.product, image_id: b.image }),
  },
  "GET /lapas-api/stock": { query: (b) => ({ lapas_id: b.lapas }) },
  "POST /lapas-api/stock": {
    body: (b) => ({ levels: [{ variant_id: b.variant, stocked_quantity: 0 }] }),
  },
} satisfies RouteSamples
