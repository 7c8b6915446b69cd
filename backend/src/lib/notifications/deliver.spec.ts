import { deliverNotification, immediateRetryDelays } from "./deliver"

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

describe("deliverNotification when another delivery of the same message wins the race", () => {
  function containerWith(rows: { id: string; status: string }[], created: string[]) {
    const logged: string[] = []
    const notifications = {
      // The first read finds nothing; by the time this delivery tries, the other has created its row.
      listNotifications: async () => (created.length ? rows : []),
      createNotifications: async () => {
        created.push("attempt")
        rows.push({ id: "noti_other", status: "success" })
        throw new Error("Notification with idempotency_key: order-placed:order_1, already exists.")
      },
    }
    const logger = { error: (m: string) => logged.push(m), warn: (m: string) => logged.push(m) }
    const container = {
      resolve: (key: string) => (key === "logger" ? logger : notifications),
    }
    return { container, logged }
  }

  it("answers already_sent, logs no failure and sends nothing again", async () => {
    const rows: { id: string; status: string }[] = []
    const created: string[] = []
    const { container, logged } = containerWith(rows, created)
    const outcome = await deliverNotification(
      container as never,
      { to: "a@example.com", channel: "email", template: "order-placed", idempotency_key: "order-placed:order_1", content: { subject: "s", text: "t" } } as never,
      []
    )
    expect(outcome).toBe("already_sent")
    expect(created).toEqual(["attempt"])
    expect(logged).toEqual([])
  })

  it("still reports a real failure (no row of the other's) as failed", async () => {
    const logged: string[] = []
    const notifications = {
      listNotifications: async () => [],
      createNotifications: async () => {
        throw new Error("SMTP down")
      },
    }
    const container = { resolve: (key: string) => (key === "logger" ? { error: (m: string) => logged.push(m), warn: () => {} } : notifications) }
    const outcome = await deliverNotification(
      container as never,
      { to: "a@example.com", channel: "email", template: "order-placed", idempotency_key: "order-placed:order_2", content: { subject: "s", text: "t" } } as never,
      []
    )
    expect(outcome).toBe("failed")
    expect(logged.join(" ")).toContain("SMTP down")
  })
})
