import { immediateRetryDelays } from "./deliver"

describe("immediate retry delays", () => {
  it("default to a retry after 1 s and another after 5 s", () => {
    expect(immediateRetryDelays({})).toEqual([1_000, 5_000])
  })

  it("read NOTIFICATION_RETRY_DELAYS_MS, where an empty value means no immediate retry", () => {
    expect(immediateRetryDelays({ NOTIFICATION_RETRY_DELAYS_MS: "50, 100" })).toEqual([50, 100])
    expect(immediateRetryDelays({ NOTIFICATION_RETRY_DELAYS_MS: "" })).toEqual([])
    expect(immediateRetryDelays({ NOTIFICATION_RETRY_DELAYS_MS: "abc,-1,20" })).toEqual([20])
  })
})
