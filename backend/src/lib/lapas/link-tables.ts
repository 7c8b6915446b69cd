import ProductModule from "@medusajs/medusa/product"
import StockLocationModule from "@medusajs/medusa/stock-location"
import LapasModule from "../../modules/lapas"
import { linkTableName } from "../sql"

/*
 * The link tables (src/links/lapas-product.ts, lapas-stock-location.ts,
 * partner-agreement-product.ts), for SQL that joins them. Named from the modules' linkables alone:
 * importing the link definitions (links.ts does) needs Medusa's link modules loaded, which plain
 * unit tests of SQL code do not have.
 */
export const LAPAS_PRODUCT_TABLE = linkTableName(LapasModule.linkable.lapas, ProductModule.linkable.product)
export const LAPAS_LOCATION_TABLE = linkTableName(LapasModule.linkable.lapas, StockLocationModule.linkable.stockLocation)
export const AGREEMENT_PRODUCT_TABLE = linkTableName(LapasModule.linkable.lapasPartnerAgreement, ProductModule.linkable.product)
