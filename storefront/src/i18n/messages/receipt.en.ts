import type { receiptId } from "./receipt.id"

/** English texts of the buyer's receipt page; the same keys as receipt.id.ts. */
export const receiptEn: Record<keyof typeof receiptId, string> = {
  "receipt.metaTitle": "Receipt {number}",
  "receipt.metaTitleNoNumber": "Receipt",
  "receipt.title": "Receipt",
  "receipt.number": "Receipt no.",
  "receipt.soldAt": "Time",
  "receipt.venue": "Place",
  "receipt.cashier": "Cashier",
  "receipt.items": "Goods and services",
  "receipt.lineQuantity": "{quantity} × {price}",
  "receipt.subtotal": "Subtotal",
  "receipt.discount": "Discount",
  "receipt.total": "Total",
  "receipt.payment": "Payment",
  "receipt.tendered": "Cash received",
  "receipt.change": "Change",
  "receipt.voidedTitle": "Voided",
  "receipt.voidedBody": "This sale was voided on {at}. This receipt is no longer proof of purchase.",
  "receipt.impactTitle": "Where your money goes",
  "receipt.impact":
    "The profit of this sale is shared: 50% back to the workshop's production capital, 35% as premi (wages) to the inmates who made it, and 15% as PNBP to the state.",
  "receipt.print": "Print receipt",
  "receipt.downloads": "Download PDF",
  "receipt.pdfThermal": "Till receipt PDF (58 mm)",
  "receipt.pdfA4": "A4 PDF",
  "receipt.shopMore": "See more products from lapas",
  "receipt.notFoundTitle": "Receipt not found",
  "receipt.notFoundBody":
    "We do not recognise this receipt link. Check the link the cashier gave you, or scan the QR code on the paper receipt again.",
}
