import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { Modules } from "@medusajs/framework/utils"
import { DIRECT_SALE_ORDER_METADATA_KEY } from "@karya-binaan/contracts"
import type { DirectSalePlan } from "../../../lib/direct-sales/plan"

/**
 * The sale's Medusa order, on the direct-sales channel: its lines at the prices charged, the
 * discount as line adjustments (so the booking's net revenue is subtotal − discount, as online),
 * no shipping. Written through Medusa's Order Module rather than createOrderWorkflow, because a
 * sale already made at the stand must be recorded even when the stock says it could not be.
 */
export const createDirectSaleOrderStep = createStep(
  "direct-sale-create-order",
  async (input: { plan: DirectSalePlan; direct_sale_id: string; sales_channel_id: string }, { container }) => {
    const { plan } = input
    const orders = container.resolve(Modules.ORDER)
    const [order] = await orders.createOrders([
      {
        region_id: plan.region_id,
        currency_code: "idr",
        sales_channel_id: input.sales_channel_id,
        email: plan.buyer?.email ?? null,
        // The buyer hears of a direct sale only by its receipt e-mail (notify-direct-sale-receipt),
        // not by the online order e-mails (payment confirmed, "we will tell you when it ships").
        no_notification: true,
        metadata: {
          [DIRECT_SALE_ORDER_METADATA_KEY]: {
            direct_sale_id: input.direct_sale_id,
            client_id: plan.client_id,
            venue_id: plan.venue.id,
            venue_kind: plan.venue.kind,
            lapas_id: plan.lapas_id,
            payment_method: plan.payment_method,
          },
        },
        items: plan.lines.map((line) => ({
          title: line.title,
          subtitle: line.variant_title,
          product_id: line.product_id,
          product_title: line.product_title,
          variant_id: line.variant_id,
          variant_title: line.variant_title,
          variant_sku: line.sku,
          product_type: line.product_type,
          product_type_id: line.product_type_id,
          thumbnail: line.thumbnail,
          quantity: line.quantity,
          unit_price: Number(line.unit_price),
          is_tax_inclusive: false,
          requires_shipping: false,
          is_discountable: true,
          adjustments:
            BigInt(line.discount) > 0n
              ? [{ amount: Number(line.discount), code: "DISKON-LANGSUNG", description: "Diskon penjualan langsung" }]
              : [],
        })),
      } as any,
    ])
    return new StepResponse({ id: order.id as string }, order.id as string)
  },
  async (orderId, { container }) => {
    if (!orderId) return
    await container.resolve(Modules.ORDER).deleteOrders([orderId])
  }
)
