import type {
  CalculatedShippingOptionPrice,
  CalculateShippingOptionPriceDTO,
  CreateFulfillmentResult,
  FulfillmentOption,
  Logger,
} from "@medusajs/framework/types"
import { AbstractFulfillmentProviderService, MedusaError } from "@medusajs/framework/utils"
import { COURIERS, COURIER_SERVICES, courierByCode, type CourierOptionData } from "@karya-binaan/contracts"
import { quoteByBiteship, type BiteshipOptions } from "./biteship"
import {
  courierOptionDataProblems,
  destinationOf,
  parcelOf,
  quoteByRateTable,
  type Destination,
  type ParcelLine,
} from "./rate-table"

export interface CourierRatesOptions {
  /** When set, prices come from Biteship instead of the lapas's own rate table. */
  biteship?: BiteshipOptions
}

/** The keys of an object whose values are set (so a line's own value wins over the context's, but not its null). */
function stripEmpty<T extends object>(value: T | null | undefined): Partial<T> {
  return Object.fromEntries(Object.entries(value ?? {}).filter(([, v]) => v !== null && v !== undefined)) as Partial<T>
}

type InjectedDependencies = { logger: Logger }

/**
 * Courier delivery priced by weight and destination. Each shipping option is one courier service
 * of one lapas; its `data` is a CourierOptionData (courier, service, the lapas's rate table).
 * Medusa calls calculatePrice with the cart's lines of the option's shipping profile (one profile
 * per lapas, so exactly that lapas's parcel) and the shipping address.
 */
export class CourierRatesProviderService extends AbstractFulfillmentProviderService {
  static override identifier = "courier-rates"

  protected readonly logger: Logger
  protected readonly options: CourierRatesOptions

  constructor({ logger }: InjectedDependencies, options: CourierRatesOptions = {}) {
    super()
    this.logger = logger
    this.options = options
  }

  override async getFulfillmentOptions(): Promise<FulfillmentOption[]> {
    return COURIERS.flatMap((courier) =>
      COURIER_SERVICES.filter((service) => courier.services[service]).map((service) => ({
        id: `${courier.code}-${service}`,
        courier: courier.code,
        service,
        name: `${courier.name} ${courier.services[service]!.code}`,
      }))
    )
  }

  override async validateOption(data: Record<string, unknown>): Promise<boolean> {
    const problems = courierOptionDataProblems(data)
    if (problems.length) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, problems.join(" "))
    }
    return true
  }

  override async validateFulfillmentData(optionData: Record<string, unknown>, data: Record<string, unknown>) {
    return { ...data, courier: optionData.courier, service: optionData.service }
  }

  override async canCalculate(): Promise<boolean> {
    return true
  }

  override async calculatePrice(
    optionData: CalculateShippingOptionPriceDTO["optionData"],
    _data: CalculateShippingOptionPriceDTO["data"],
    context: CalculateShippingOptionPriceDTO["context"]
  ): Promise<CalculatedShippingOptionPrice> {
    const option = optionData as unknown as CourierOptionData
    // The product's own size and weight come from the pricing context (workflows/hooks/shipping-pricing-context.ts):
    // Medusa's line carries the variant's dimensions but only the product's weight.
    const products = ((context as Record<string, any>).product_parcels ?? {}) as Record<string, ParcelLine["product"]>
    const all = ((context.items ?? []) as unknown as (ParcelLine & { product_id?: string; product?: { id?: string } })[])
      .filter(Boolean)
      .map((line) => {
        const productId = line.product?.id ?? line.product_id
        const parcel = productId ? products[productId] : undefined
        return parcel ? { ...line, product: { ...parcel, ...stripEmpty(line.product) } } : line
      })
    // Lines the context marks as services (vouchers redeemed at the lapas) weigh nothing; a cart of
    // services alone is still priced as before (its lapas is offered pickup only, see lib/checkout).
    const isService = (line: (typeof all)[number]) => (line.product as { service?: boolean } | undefined)?.service === true
    const goods = all.filter((line) => !isService(line))
    const lines = goods.length ? goods : all
    if (!lines.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "Opsi pengiriman ini berasal dari lapas yang produknya tidak ada di keranjang."
      )
    }
    const address = context.shipping_address as Record<string, any> | undefined
    const { destination, problem } = destinationOf(address)
    if (!destination) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, problem!)
    }
    const parcel = parcelOf(lines)
    const result = await this.quote(option, parcel, destination, {
      origin_postal_code: String((context.from_location as any)?.address?.postal_code ?? ""),
      destination_postal_code: String(address?.postal_code ?? ""),
      lines,
    })
    if (!result.quote) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, result.problem)
    }
    const courier = courierByCode(option.courier)
    return {
      calculated_amount: result.quote.amount,
      is_calculated_price_tax_inclusive: true,
      // Passed through to the store API's calculated_price, so any client can show the estimate.
      ...({
        courier: courier?.code ?? option.courier,
        service: option.service,
        chargeable_kg: result.quote.chargeable_kg,
        etd_min_days: result.quote.etd_min_days,
        etd_max_days: result.quote.etd_max_days,
      } as object),
    } as CalculatedShippingOptionPrice
  }

  /**
   * Biteship's price when configured; when Biteship cannot answer (outage, timeout, a route or
   * postal code it does not know) the lapas's own rate table prices the option, so one failing
   * courier never empties the buyer's delivery choices. The fallback is logged.
   */
  protected async quote(
    option: CourierOptionData,
    parcel: ReturnType<typeof parcelOf>,
    destination: Destination,
    biteshipRequest: { origin_postal_code: string; destination_postal_code: string; lines: ParcelLine[] }
  ) {
    const table = quoteByRateTable(option, parcel, destination)
    if (!this.options.biteship) return table
    const aggregator = await quoteByBiteship(this.options.biteship, { option, parcel, ...biteshipRequest })
    if (aggregator.quote || !table.quote) return aggregator
    this.logger.warn(`courier-rates: ${aggregator.problem} Priced by the lapas's rate table instead.`)
    return table
  }

  override async createFulfillment(): Promise<CreateFulfillmentResult> {
    // The lapas hands the parcel to the courier itself and records the resi in the panel.
    return { data: {}, labels: [] }
  }

  override async cancelFulfillment(): Promise<any> {
    return {}
  }

  override async createReturnFulfillment(): Promise<CreateFulfillmentResult> {
    return { data: {}, labels: [] }
  }
}
