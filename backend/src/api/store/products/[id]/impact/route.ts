import { PRODUCT_IMPACT_PREMI_STEP, type ProductImpact, type ProductImpactResponse } from "@karya-binaan/contracts"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { salesChannelIdsOf } from "../../../../utils/store"
import { ContainerRegistrationKeys, MedusaError, QueryContext } from "@medusajs/framework/utils"
import { lineProfit, rupiahToJson, splitProfit, toRupiahBigInt } from "@karya-binaan/shares"
import PartnerAgreementProductLink from "../../../../../links/partner-agreement-product"
import { PRODUCTION_MODULE } from "../../../../../modules/production"
import type ProductionModuleService from "../../../../../modules/production/service"
import { PROFIT_SHARE_MODULE } from "../../../../../modules/profit-share"
import { policyFor, type PolicyRow } from "../../../../../modules/profit-share/policy"
import type ProfitShareModuleService from "../../../../../modules/profit-share/service"
import { defaultVariant, resolveRegion, sellableProduct } from "../../../../../lib/catalog/queries"
import { parseStoreQuery, StoreImpactQuerySchema } from "../../../catalog/validators"

type Row = Record<string, any>

/**
 * GET /store/products/:id/impact?region_id=: what buying one unit of each of the product's
 * variants does today, split as a sale booked now would be, so the product page can show the
 * figures of the variant the buyer has chosen without asking again. For each variant:
 *
 * - price: the variant's calculated price in the region (default: the rupiah region), whole rupiah;
 * - profit = price − HPP, where HPP is the variant's current moving weighted average
 *   (production_variant_cost), the figure the order's HPP snapshot would take; a variant that
 *   never had a production batch has HPP 0, as booking snapshots it (method `no_batches`), so
 *   the whole price counts as profit;
 * - the split: the policy in force today for the variant's lapas (that of its cost, else the
 *   product's), the most specific of partner agreement > lapas > all (policyFor, as booking
 *   resolves it), else 5000/3500/1500;
 * - splitProfit: premi + pnbp + capital = profit exactly. A loss (price below HPP) gives premi 0
 *   and pnbp 0 and capital = the (negative) profit, as booking writes it.
 *
 * `variants` holds every variant with a price in the region, in the product's own variant order
 * (variant_rank, then creation: the default variant first); `impact` is the first of them (the
 * default variant's when it has a price), as before.
 *
 * What leaves the route is only what the product promises buyers: the makers' premi rounded
 * down to a multiple of PRODUCT_IMPACT_PREMI_STEP (a band one step wide) and the policy's premi
 * and PNBP shares in percent. The HPP, the profit and the exact premi, PNBP and capital amounts
 * are internal cost data (any one of them, with the price and the policy, gives the HPP); from
 * the band the HPP is only known to within PRODUCT_IMPACT_PREMI_STEP ÷ premi share. 404 for a product the key
 * cannot buy (unknown, unpublished, other sales channel, lapas switched off) or with no price
 * in the region on any variant; 400 for an unknown region.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const params = parseStoreQuery(req, StoreImpactQuerySchema)
  const product = await sellableProduct(req.scope, req.params.id, salesChannelIdsOf(req))
  const region = await resolveRegion(req.scope, params.region_id)

  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: [
      "id",
      "variants.id",
      "variants.variant_rank",
      "variants.created_at",
      "variants.calculated_price.calculated_amount",
      "variants.calculated_price.currency_code",
    ],
    filters: { id: product.id },
    context: {
      variants: { calculated_price: QueryContext({ region_id: region.id, currency_code: region.currency_code }) },
    },
  })
  const priced = inVariantOrder(((data[0] as Row | undefined)?.variants ?? []) as Row[]).filter((variant) => {
    const amount = variant.calculated_price?.calculated_amount
    return amount !== null && amount !== undefined
  })
  if (priced.length === 0) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Product with id "${product.id}" has no price in region "${region.id}".`
    )
  }

  const production: ProductionModuleService = req.scope.resolve(PRODUCTION_MODULE)
  const costs = (await production.listVariantCosts({ variant_id: priced.map((v) => v.id as string) })) as Row[]
  const costOf = new Map(costs.map((cost) => [cost.variant_id as string, cost]))

  const { data: agreements } = await query.graph({
    entity: PartnerAgreementProductLink.entryPoint,
    fields: ["lapas_partner_agreement_id"],
    filters: { product_id: product.id },
  })
  const partnerAgreementId =
    ((agreements[0] as Row | undefined)?.lapas_partner_agreement_id as string | undefined) ?? null
  const now = new Date()
  const profitShare: ProfitShareModuleService = req.scope.resolve(PROFIT_SHARE_MODULE)
  const policies = (await profitShare.listSharePolicies({ effective_from: { $lte: now } } as any, {
    take: null as any,
  })) as unknown as PolicyRow[]

  const step = BigInt(PRODUCT_IMPACT_PREMI_STEP)
  const impacts: ProductImpact[] = priced.map((variant) => {
    const price = toRupiahBigInt(variant.calculated_price.calculated_amount, { round: true })
    const cost = costOf.get(variant.id as string)
    const hpp = cost ? toRupiahBigInt(cost.raw_average_unit_cost?.value ?? cost.average_unit_cost) : 0n
    const policy = policyFor(
      policies,
      // As the order's HPP snapshot records it: the lapas of the variant's cost, else the product's.
      { lapas_id: (cost?.lapas_id as string | undefined) ?? product.lapas_id, partner_agreement_id: partnerAgreementId },
      now
    )
    const shares = splitProfit(lineProfit({ revenue: price, quantity: 1, unitCost: hpp }), policy)
    const premi = shares.premi > 0n ? shares.premi : 0n
    return {
      variant_id: variant.id as string,
      price: rupiahToJson(price),
      currency_code: region.currency_code,
      has_premi: premi > 0n,
      premi_at_least: rupiahToJson((premi / step) * step),
      premi_step: PRODUCT_IMPACT_PREMI_STEP,
      premi_percent: policy.premi_bp / 100,
      pnbp_percent: policy.pnbp_bp / 100,
    }
  })
  res.json({ impact: impacts[0], variants: impacts } satisfies ProductImpactResponse)
}

/** The variants in the product's own order, the default variant (defaultVariant) first. */
function inVariantOrder(variants: Row[]): Row[] {
  const rest = [...variants]
  const ordered: Row[] = []
  while (rest.length) {
    const next = defaultVariant(rest as any[]) as Row
    ordered.push(next)
    rest.splice(rest.indexOf(next), 1)
  }
  return ordered
}
