import { browseEn } from "./browse.en"
import { errorsEn } from "./errors.en"
import type { Messages } from "./id"
import { receiptEn } from "./receipt.en"
import { searchEn } from "./search.en"
import { shopEn } from "./shop.en"
import { xenditEn } from "./xendit.en"

/** English catalogue. Typed as `Messages`, so it must define exactly the keys of `id.ts`. */
export const en: Messages = {
  ...errorsEn,
  ...browseEn,
  ...searchEn,
  ...shopEn,
  ...receiptEn,
  ...xenditEn,
  "meta.siteName": "Karya Binaan",
  "meta.siteDescription":
    "Shop products made by inmates in Indonesian prisons (lapas): crafts, food, clothing and more.",
  "meta.productsTitle": "All products",
  "meta.notFoundTitle": "Page not found",

  "nav.skipToContent": "Skip to main content",
  "nav.mainLabel": "Main navigation",
  "nav.home": "Home",
  "nav.products": "Products",

  "footer.about":
    "Karya Binaan is a national online marketplace for products made by inmates of Indonesian correctional facilities (lapas).",
  "footer.mission": "Every purchase supports skills training and a fresh start after release.",
  "footer.copyright": "© {year} Karya Binaan",

  "home.hero.eyebrow": "Made in Indonesian prisons",
  "home.hero.title": "The finest work from prisons across Indonesia",
  "home.hero.subtitle":
    "Crafts, food and clothing made by inmates. Every purchase helps them build a future.",
  "home.hero.cta": "Browse all products",
  "home.categories.title": "Explore categories",
  "home.categories.empty": "No categories yet.",
  "home.featured.title": "Featured products",
  "home.featured.viewAll": "See all products",
  "home.featured.empty": "No products yet. Please check back later.",

  "listing.title": "All products",
  "listing.count": "{count} products",
  "listing.empty": "No products here yet.",
  "listing.pageEmpty": "This page is empty.",
  "listing.backToFirstPage": "Back to the first page",
  "listing.categoryNotFound": "Category \"{handle}\" was not found.",
  "listing.showAll": "Show all products",
  "listing.filterLabel": "Filter by category",
  "listing.allCategories": "All",

  "pagination.label": "Pagination",
  "pagination.previous": "Previous",
  "pagination.next": "Next",
  "pagination.pageOf": "Page {page} of {total}",

  "product.priceFrom": "From",
  "product.priceUnavailable": "Price not available yet",
  "product.inStock": "In stock",
  "product.outOfStock": "Out of stock",
  "product.madeIn": "Made at",
  "product.serviceBy": "Done by inmates at",
  "product.serviceVoucher": "Service voucher",
  "product.serviceRedeem": "You are buying a voucher for this service; inmates do the work and you redeem it in person at {lapas}. At checkout choose \"Ambil di {lapas}\" (pickup, free): nothing is shipped.",
  "product.madeInLabel": "Where it is made",
  "product.description": "Description",
  "product.noDescription": "This product has no description yet.",
  "product.licences": "Licences & certificates",
  "product.licence.pirt": "P-IRT",
  "product.licence.bpom_md": "BPOM MD",
  "product.licence.halal": "Halal",
  "product.licence.certified": "Certified",
  "product.imageAlt": "Photo of {title}",
  "product.imageAltNumbered": "Photo of {title} ({number} of {total})",
  "product.noImage": "No photo yet",
  "product.gallery": "Product photos",
  "product.options": "Variant options",
  "product.variantUnavailable": "This combination is not available",
  "product.breadcrumb": "Breadcrumb",
  "product.categories": "Categories",
  "product.backToProducts": "Back to all products",

  "notFound.title": "Page not found",
  "notFound.body": "Sorry, the page or product you are looking for does not exist or is no longer for sale.",
  "notFound.home": "Go to the home page",
  "notFound.products": "See all products",
}
