import { describe, expect, it } from "vitest"
import { coalescingSync, type CatalogReference } from "./read-model-sync"

/** A sync that records each run's references and finishes when told to. */
function recordingSync() {
  const runs: string[][] = []
  const finishers: ((error?: Error) => void)[] = []
  const sync = (refs: CatalogReference[]) => {
    runs.push(refs.map((r) => `${r.kind}:${r.id}`).sort())
    return new Promise<string[]>((resolve, reject) => {
      finishers.push((error) => (error ? reject(error) : resolve([`run ${runs.length}`])))
    })
  }
  return { runs, finishers, sync }
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0))
const after = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe("coalescingSync: the catalogue read model's refresh queue", () => {
  it("runs one refresh at a time and merges what arrives meanwhile into the next, each reference once", async () => {
    const { runs, finishers, sync } = recordingSync()
    const queue = coalescingSync(sync, () => 0)
    const first = queue([{ kind: "product", id: "p1" }])
    await tick()
    const second = queue([{ kind: "reservation", id: "r1" }])
    const third = queue([{ kind: "reservation", id: "r1" }, { kind: "variant", id: "v2" }])
    await tick()
    expect(runs).toEqual([["product:p1"]])
    finishers[0]()
    expect(await first).toEqual(["run 1"])
    await tick()
    expect(runs).toEqual([["product:p1"], ["reservation:r1", "variant:v2"]])
    finishers[1]()
    expect(await second).toEqual(["run 2"])
    expect(await third).toEqual(["run 2"])
  })

  it("lets stock-only changes wait to be merged, and starts at once when a change that must not wait arrives", async () => {
    const { runs, finishers, sync } = recordingSync()
    const queue = coalescingSync(sync, () => 10_000)
    const stock = queue([{ kind: "reservation", id: "r1" }])
    queue([{ kind: "inventory_level", id: "l1" }])
    await after(20)
    expect(runs).toEqual([])
    const price = queue([{ kind: "variant", id: "v1" }])
    await tick()
    expect(runs).toEqual([["inventory_level:l1", "reservation:r1", "variant:v1"]])
    finishers[0]()
    expect(await stock).toEqual(["run 1"])
    expect(await price).toEqual(["run 1"])
  })

  it("rejects every caller of a failed run (the event bus runs their events again) and keeps serving", async () => {
    const { runs, finishers, sync } = recordingSync()
    const queue = coalescingSync(sync, () => 0)
    const failed = queue([{ kind: "product", id: "p1" }])
    await tick()
    finishers[0](new Error("database gone"))
    await expect(failed).rejects.toThrow("database gone")
    const next = queue([{ kind: "product", id: "p1" }])
    await tick()
    finishers[1]()
    expect(await next).toEqual(["run 2"])
    expect(runs).toHaveLength(2)
  })
})
