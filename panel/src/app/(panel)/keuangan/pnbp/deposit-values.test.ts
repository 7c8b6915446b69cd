import { describe, expect, it } from "vitest"
import { readDeposit } from "./deposit-values"

const form = (values: Record<string, string>) => (name: string) => values[name] ?? ""
const good = {
  ntpn: "0a1b 2c3d-4e5f 6789",
  billing_code: "820261015 000123",
  deposited_on: "2026-12-02",
  amount: "Rp 1.250.000",
  period_from: "2026-11-01",
  period_to: "2026-11-30",
}

describe("readDeposit", () => {
  it("compacts codes and reads rupiah as typed", () => {
    expect(readDeposit(form({ ...good, lapas_id: "lapas_1", note: "Setoran November" }))).toEqual({
      values: {
        lapas_id: "lapas_1",
        ntpn: "0A1B2C3D4E5F6789",
        billing_code: "820261015000123",
        deposited_on: "2026-12-02",
        amount: "1250000",
        period_from: "2026-11-01",
        period_to: "2026-11-30",
        note: "Setoran November",
      },
    })
  })

  it("names every wrong field", () => {
    const { problems } = readDeposit(
      form({ ntpn: "ABC", billing_code: "12345", deposited_on: "2026-02-30", amount: "12,5", period_from: "2026-11-30", period_to: "2026-11-01" })
    )
    expect(problems).toEqual({ ntpn: "ntpn", billing_code: "billing", deposited_on: "date", amount: "amount", period_to: "period" })
  })
})
