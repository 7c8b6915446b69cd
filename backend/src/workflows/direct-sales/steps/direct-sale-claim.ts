import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { randomBytes } from "node:crypto"
import { DIRECT_SALE_MODULE } from "../../../modules/direct-sale"
import type DirectSaleModuleService from "../../../modules/direct-sale/service"
import { receiptLines, type DirectSalePlan } from "../../../lib/direct-sales/plan"

/**
 * Writes the sale's record before its order, so the device's id is taken (unique) and the order
 * can name the record. Undone (deleted) when a later step fails, so a retry can record it anew.
 */
export const claimDirectSaleStep = createStep(
  "direct-sale-claim",
  async (plan: DirectSalePlan, { container }) => {
    const service: DirectSaleModuleService = container.resolve(DIRECT_SALE_MODULE)
    const record = await service.createDirectSales({
      client_id: plan.client_id,
      lapas_id: plan.lapas_id,
      venue_id: plan.venue.id,
      order_id: null,
      cashier_id: plan.cashier.id,
      cashier_name: plan.cashier.name,
      payment_method: plan.payment_method,
      subtotal: plan.subtotal,
      discount: plan.discount,
      total: plan.total,
      tendered: plan.tendered,
      change: plan.change,
      sold_at: new Date(plan.sold_at),
      business_date: plan.business_date,
      lines: receiptLines(plan) as any,
      stock_warnings: [] as any,
      buyer: (plan.buyer ?? null) as any,
      note: plan.note,
      receipt_token: randomBytes(18).toString("base64url"),
    } as any)
    return new StepResponse({ id: record.id as string }, record.id as string)
  },
  async (id, { container }) => {
    if (!id) return
    const service: DirectSaleModuleService = container.resolve(DIRECT_SALE_MODULE)
    await service.deleteDirectSales(id)
  }
)
