import { integrationTestGroup } from "../runner"
import channelReport from "../suites/channel-report"
import directSaleReceipts from "../suites/direct-sale-receipts"
import directSaleVenues from "../suites/direct-sale-venues"
import directSales from "../suites/direct-sales"
import indicators from "../suites/indicators"
import inputHygiene from "../suites/input-hygiene"
import lapasApiFindings from "../suites/lapas-api-findings"
import lapasApiSweep from "../suites/lapas-api-sweep"
import lapasCatalog from "../suites/lapas-catalog"
import lapasMembers from "../suites/lapas-members"
import lapasNational from "../suites/lapas-national"
import lapasOrders from "../suites/lapas-orders"
import lapasShipping from "../suites/lapas-shipping"
import ledgerChain from "../suites/ledger-chain"
import pnbpReport from "../suites/pnbp-report"
import premi from "../suites/premi"
import production from "../suites/production"
import profitShare from "../suites/profit-share"
import rateLimits from "../suites/rate-limits"
import reportStreams from "../suites/report-streams"
import searchDemand from "../suites/search-demand"
import searchIndexing from "../suites/search-indexing"
import securityHardening from "../suites/security-hardening"
import services from "../suites/services"
import shareCorrections from "../suites/share-corrections"
import storeAreas from "../suites/store-areas"
import storeCheckout from "../suites/store-checkout"
import storeImpact from "../suites/store-impact"
import storeSearch from "../suites/store-search"
import storeShipping from "../suites/store-shipping"

// The suites on the demo marketplace that run with the app's default configuration share one
// booted app; each still starts from the demo template plus its own fixtures (integrationTestGroup).
integrationTestGroup({
  "channel-report": channelReport,
  "direct-sale-receipts": directSaleReceipts,
  "direct-sale-venues": directSaleVenues,
  "direct-sales": directSales,
  "indicators": indicators,
  "input-hygiene": inputHygiene,
  "lapas-api-findings": lapasApiFindings,
  "lapas-api-sweep": lapasApiSweep,
  "lapas-catalog": lapasCatalog,
  "lapas-members": lapasMembers,
  "lapas-national": lapasNational,
  "lapas-orders": lapasOrders,
  "lapas-shipping": lapasShipping,
  "ledger-chain": ledgerChain,
  "pnbp-report": pnbpReport,
  "premi": premi,
  "production": production,
  "profit-share": profitShare,
  "rate-limits": rateLimits,
  "report-streams": reportStreams,
  "search-demand": searchDemand,
  "search-indexing": searchIndexing,
  "security-hardening": securityHardening,
  "services": services,
  "share-corrections": shareCorrections,
  "store-areas": storeAreas,
  "store-checkout": storeCheckout,
  "store-impact": storeImpact,
  "store-search": storeSearch,
  "store-shipping": storeShipping,
})
