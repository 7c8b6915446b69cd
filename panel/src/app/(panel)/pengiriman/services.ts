import { COURIER_SERVICES, type CourierDefinition, type CourierService, type LapasCourierOption } from "@karya-binaan/contracts"

export interface AddableService {
  courier: string
  courier_name: string
  service: CourierService
  service_code: string
}

/** The courier services of the couriers list that the lapas does not use yet, in list order. */
export function addableServices(catalogue: readonly CourierDefinition[], existing: Pick<LapasCourierOption, "courier" | "service">[]): AddableService[] {
  const used = new Set(existing.map((c) => `${c.courier}:${c.service}`))
  return catalogue.flatMap((courier) =>
    COURIER_SERVICES.filter((service) => courier.services[service] && !used.has(`${courier.code}:${service}`)).map((service) => ({
      courier: courier.code,
      courier_name: courier.name,
      service,
      service_code: courier.services[service]!.code,
    }))
  )
}
