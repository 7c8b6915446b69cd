import { integrationTestGroup } from "../runner"
import channelReport from "../suites/channel-report"
import directSaleReceipts from "../suites/direct-sale-receipts"
import directSaleVenues from "../suites/direct-sale-venues"
import directSales from "../suites/direct-sales"
import indicators from "../suites/indicators"
import lapasCatalog from "../suites/lapas-catalog"
import lapasMembers from "../suites/lapas-members"
import lapasNational from "../suites/lapas-national"
import lapasOrders from "../suites/lapas-orders"
import lapasShipping from "../suites/lapas-shipping"
import periodClose from "../suites/period-close"
import pnbpReport from "../suites/pnbp-report"
import premi from "../suites/premi"
import production from "../suites/production"
import profitShare from "../suites/profit-share"
import searchDemand from "../suites/search-demand"
import searchIndexing from "../suites/search-indexing"
import services from "../suites/services"
import shareCorrections from "../suites/share-corrections"
import storeAreas from "../suites/store-areas"
import storeCheckout from "../suites/store-checkout"
import storeOrderList from "../suites/store-order-list"
import storeSearch from "../suites/store-search"
import storeShipping from "../suites/store-shipping"
import transferNotices from "../suites/transfer-notices"

// The suites on the demo marketplace that run with the app's default configuration share one
// booted app; each still starts from the demo template plus its own fixtures (integrationTestGroup).
// The security suites are a group of their own (security.spec.ts), so the two run side by side.
integrationTestGroup({
  "channel-report": channelReport,
  "direct-sale-receipts": directSaleReceipts,
  "direct-sale-venues": directSaleVenues,
  "direct-sales": directSales,
  "indicators": indicators,
  "lapas-catalog": lapasCatalog,
  "lapas-members": lapasMembers,
  "lapas-national": lapasNational,
  "lapas-orders": lapasOrders,
  "lapas-shipping": lapasShipping,
  "period-close": periodClose,
  "pnbp-report": pnbpReport,
  "premi": premi,
  "production": production,
  "profit-share": profitShare,
  "search-demand": searchDemand,
  "search-indexing": searchIndexing,
  "services": services,
  "share-corrections": shareCorrections,
  "store-areas": storeAreas,
  "store-checkout": storeCheckout,
  "store-order-list": storeOrderList,
  "store-search": storeSearch,
  "store-shipping": storeShipping,
  "transfer-notices": transferNotices,
})
