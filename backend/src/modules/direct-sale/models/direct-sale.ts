import { model } from "@medusajs/framework/utils"

export const DIRECT_PAYMENT_METHOD_VALUES = ["cash", "qris", "transfer", "card"] as const

/**
 * One sale a lapas made directly, as the cashier's device sent it. The money's truth is its
 * Medusa order (`order_id`, on the direct-sales channel, captured at once and booked like any
 * sale); this record keeps what the counter needs: the device's id (booked once, ever), the
 * venue, the cashier, the payment method, cash tendered and change, the receipt's token, lines
 * sold beyond the stock at hand, and the void.
 */
export const DirectSale = model
  .define("direct_sale", {
    id: model.id({ prefix: "dsale" }).primaryKey(),
    /** The device's id of the sale (a UUID): one sale per id, however often it is sent. */
    client_id: model.text().unique(),
    lapas_id: model.text(),
    venue_id: model.text(),
    /** Null only while the sale is being recorded. */
    order_id: model.text().nullable(),
    cashier_id: model.text(),
    cashier_name: model.text(),
    payment_method: model.enum([...DIRECT_PAYMENT_METHOD_VALUES]),
    /** Whole rupiah. subtotal − discount = total. */
    subtotal: model.bigNumber(),
    discount: model.bigNumber(),
    total: model.bigNumber(),
    tendered: model.bigNumber().nullable(),
    change: model.bigNumber().nullable(),
    /** When the device says the sale was made. */
    sold_at: model.dateTime(),
    /** The lapas's calendar day of sold_at, YYYY-MM-DD: the day the sale closes with. */
    business_date: model.text(),
    /** DirectSaleLine[] as sold (titles, prices): the receipt's lines. */
    lines: model.json(),
    /** DirectSaleStockWarning[]: lines sold beyond the units at the venue's location. */
    stock_warnings: model.json(),
    buyer: model.json().nullable(),
    note: model.text().nullable(),
    /** The buyer's receipt link's secret (/struk/<token>). */
    receipt_token: model.text().unique(),
    /** When staff settled the stock warnings (counted, corrected the level), by whom, and how. */
    stock_settled_at: model.dateTime().nullable(),
    stock_settled_by: model.text().nullable(),
    stock_settle_note: model.text().nullable(),
    voided_at: model.dateTime().nullable(),
    void_reason: model.text().nullable(),
    voided_by: model.text().nullable(),
  })
  .indexes([
    { on: ["lapas_id", "sold_at"] },
    { on: ["venue_id", "cashier_id", "business_date"] },
    { on: ["order_id"] },
  ])
