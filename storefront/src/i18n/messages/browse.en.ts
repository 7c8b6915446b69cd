import type { browseId } from "./browse.id"

/** English texts for listings, filters, lapas pages, impact/about, language switch, SEO: exactly the keys of `browse.id.ts`. */
export const browseEn: Record<keyof typeof browseId, string> = {
  "meta.homeTitle": "Karya Binaan: products made in Indonesian prisons",
  "meta.listingDescription":
    "Browse products made by inmates of Indonesian prisons (lapas): filter by category, prison and price, and buy straight from the prison that made them.",
  "meta.categoryDescription": "{category} made by inmates of prisons across Indonesia, sold directly by the prison that made them.",
  "meta.collectionDescription": "Our {collection} collection: products made by inmates of Indonesian prisons, sold directly by the prison that made them.",
  "meta.productDescription": "{title}, made by inmates at {lapas}. Buy straight from the prison that made it.",

  "nav.lapas": "Prisons",
  "nav.about": "About",
  "footer.navLabel": "Site links",
  "footer.trackOrder": "Track an order",

  "language.switchTo": "Switch language to",
  "language.english": "English",
  "language.indonesian": "Indonesia",

  "og.siteSubtitle": "Crafts, food and furniture made by inmates, sold directly by Indonesian prisons.",
  "og.footer": "Every purchase pays inmates' premi and non-tax revenue (PNBP) to the state.",

  "home.hero.ctaLapas": "Meet the prisons",
  "home.collections.title": "Curated collections",
  "home.collections.intro": "Products from many prisons, picked for souvenirs, the home and gifts.",
  "home.lapas.title": "The prisons that make them",
  "home.lapas.intro": "Every product is made in a prison workshop. Read their stories and see their work.",
  "home.lapas.viewAll": "All prisons",

  "listing.lapasTitle": "Products of {lapas}",
  "listing.categoryLapasTitle": "{category} from {lapas}",
  "listing.lapasNotFound": "Prison \"{handle}\" was not found.",
  "listing.seeLapas": "See all prisons",
  "listing.noMatches": "No products match these filters. Try a wider price range or another prison.",
  "listing.noSearchResults": "No products found for “{q}”. Check the spelling or try another word.",
  "listing.clearSearch": "Clear the search",
  "listing.rejected": "These filters cannot be used: {message}",

  "filters.toggle": "Filter & sort",
  "filters.toggleActive": "Filter & sort ({count} active)",
  "filters.category": "Category",
  "filters.allCategories": "All categories",
  "filters.lapas": "Made at",
  "filters.allLapas": "All prisons",
  "filters.price": "Price (Rp)",
  "filters.priceMin": "Lowest",
  "filters.priceMax": "Highest",
  "filters.sort": "Sort by",
  "filters.sort.terbaru": "Newest",
  "filters.sort.harga_naik": "Price: low to high",
  "filters.sort.harga_turun": "Price: high to low",
  "filters.sort.nama": "Name (A–Z)",
  "filters.apply": "Apply",
  "filters.reset": "Clear all filters",
  "filters.activeLabel": "Active filters",
  "filters.remove": "(remove filter)",
  "filters.chip.search": "Search: {q}",
  "filters.chip.priceMin": "From {price}",
  "filters.chip.priceMax": "Up to {price}",
  "filters.searchNote": "While searching only the category filter applies; prison, price and sort are not used.",

  "product.aboutLapas": "About {name} and its other products",

  "lapas.class.kelas_i": "Class I",
  "lapas.class.kelas_iia": "Class IIA",
  "lapas.class.kelas_iib": "Class IIB",
  "lapas.class.kelas_iii": "Class III",
  "lapas.class.rutan": "Remand centre (Rutan)",
  "lapas.class.bapas": "Probation office (Bapas)",
  "lapas.productCount": "{count} products",
  "lapas.list.title": "The prisons that make them",
  "lapas.list.description":
    "Correctional institutions (lapas) across Indonesia that sell their inmates' work on Karya Binaan.",
  "lapas.list.intro": "Each prison runs its own workshop. Choose one to read its story and see its products.",
  "lapas.list.empty": "No prison is selling yet.",
  "lapas.page.description": "{name} in {place}: the story of its workshop and the products its inmates make.",
  "lapas.page.class": "Class",
  "lapas.page.city": "City/regency",
  "lapas.page.province": "Province",
  "lapas.page.products": "Products",
  "lapas.page.story": "The workshop's story",
  "lapas.page.storyInIndonesian": "This story is told in Indonesian.",
  "lapas.page.noStory": "This prison has not written its story yet. Its products are made by inmates in {place}.",
  "lapas.page.productsTitle": "Products of {name}",
  "lapas.page.allProducts": "See all {count} products",
  "lapas.page.noProducts": "This prison has no products for sale right now.",

  "impact.product.title": "What your purchase does",
  "impact.product.lead": "Of every unit bought at {price}:",
  "impact.product.leadVariant": "Of every unit of {variant} bought at {price}:",
  "impact.product.premiAtLeast": "At least {amount} goes to the inmates as premi (wages), {percent}% of the profit",
  "impact.product.premiUnder": "Less than {amount} goes to the inmates as premi (wages), {percent}% of the profit",
  "impact.product.pnbpShare": "{percent}% of the profit goes to the state as non-tax revenue (PNBP)",
  "impact.product.capitalShare": "The rest of the profit ({percent}%) goes back to the workshop as capital",
  "impact.product.note":
    "The premi is rounded down to a multiple of {step}; the production cost (HPP) is not shown. Computed by the system from the price, the HPP and the profit-sharing rule in force for this prison.",
  "impact.product.noProfit":
    "At today's price and production cost this product does not make a profit yet, so its sale pays no premi or PNBP. Your purchase still covers the materials and keeps the workshop running.",
  "impact.product.learnMore": "How profit sharing works",

  "impact.national.title": "Impact so far",
  "impact.national.howItWorks": "How it works",
  "impact.national.premi": "Premi for inmates",
  "impact.national.pnbp": "PNBP to the state",
  "impact.national.orders": "Orders",
  "impact.national.capital": "Back to workshop capital",
  "impact.national.lapas": "Active prisons",
  "impact.national.products": "Products for sale",
  "impact.national.asOf": "Figures as of {date}, from the profit shares booked for every paid sale.",
  "impact.national.noSalesYet": "No sale has been booked yet. The premi and PNBP of the first purchases will show here straight away.",
  "impact.national.unavailable": "The impact figures cannot be loaded right now. Please try again later.",

  "makers.title": "Meet the makers",
  "makers.anonymous": "One of the makers",
  "makers.consent":
    "Shown with the makers' consent and only by a first name or pseudonym. We never show an inmate's identity.",

  "about.title": "About Karya Binaan",
  "about.description":
    "Where your money goes: the profit of every sale is shared between workshop capital, inmates' premi and the state's PNBP.",
  "about.intro":
    "Karya Binaan is a national online shop for products made by inmates of Indonesian correctional institutions (lapas). Each prison sells its own work, sets its prices and ships orders straight from its workshop.",
  "about.split.title": "Where your money goes",
  "about.split.body":
    "Of every sale, the production cost (HPP: materials and other cost per unit) goes back to the workshop first. The profit after that is shared by the rule of Indonesia's Directorate General of Corrections (Ditjenpas):",
  "about.split.barLabel": "Profit split: 50% capital, 35% premi, 15% PNBP",
  "about.split.capital.name": "capital",
  "about.split.capital.body": "goes back to the workshop for materials and the next production run.",
  "about.split.premi.name": "premi",
  "about.split.premi.body": "goes to the inmates who made the product.",
  "about.split.pnbp.name": "PNBP",
  "about.split.pnbp.body": "is paid into the state treasury as non-tax state revenue.",
  "about.split.policy":
    "These percentages are policy, not fixed numbers: regulations or a prison's partner agreement can change them. On every product page the system computes the actual figures for that prison.",
  "about.split.example":
    "Example: a product sold for Rp 35.000 with an HPP of Rp 15.000 makes Rp 20.000 profit: Rp 10.000 capital, Rp 7.000 premi for the inmates and Rp 3.000 PNBP. If the price does not exceed the HPP, there is no premi and no PNBP.",
  "about.premi.title": "How premi reaches the inmates",
  "about.premi.step1": "When your payment is received, the premi share of each order line is booked for the prison that made it.",
  "about.premi.step2": "The prison records the premi in the name of the inmates who worked on that production batch.",
  "about.premi.step3": "Premi is kept as savings, sometimes in a bank account; part of it can be spent on needs inside.",
  "about.premi.step4": "The rest is paid out on release, to help the inmate start a new life.",
  "about.pnbp.title": "PNBP for the state",
  "about.pnbp.body":
    "The prison pays the PNBP share into the state treasury through the SIMPONI system. Every deposit gets an NTPN receipt number and is reported per work unit, so it can be audited.",
  "about.privacy.title": "Inmates' identities are protected",
  "about.privacy.body":
    "We never show an inmate's full name, registration number or offence. Maker stories appear only when the maker agreed, under a first name or pseudonym.",

  "notFound.lapas": "See the prisons",
  "notFound.search": "Search products",
  "notFound.categories": "Or browse a category",
  "error.help": "Meanwhile, you can browse other products or meet the prisons that make them.",
}
