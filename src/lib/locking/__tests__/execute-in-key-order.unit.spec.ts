import fc from "fast-check"
import { executeInKeyOrder, KeyLocking, lockOrder } from ".."

/**
 * A lock table that waits like Medusa's Redis provider (polling, a timeout per call) and
 * acquires a multi-key call's keys in parallel — the behaviour that deadlocks.
 */
function parallelLocking(log: string[] = []) {
  const held = new Map<string, number>()
  let owners = 0
  const acquire = async (key: string, owner: number, until: number) => {
    while (held.has(key)) {
      if (Date.now() > until) throw new Error("Timed-out acquiring lock.")
      await new Promise((r) => setTimeout(r, 1))
    }
    held.set(key, owner)
    log.push(`+${key}`)
  }
  const locking: KeyLocking & { held: Map<string, number> } = {
    held,
    async execute(keys, job, args) {
      const owner = ++owners
      const list = Array.isArray(keys) ? keys : [keys]
      const until = Date.now() + (args?.timeout ?? 5) * 1000
      try {
        await Promise.all(list.map((k) => acquire(k, owner, until)))
        return await job()
      } finally {
        for (const k of list) {
          if (held.get(k) === owner) {
            held.delete(k)
            log.push(`-${k}`)
          }
        }
      }
    },
  }
  return locking
}

const tick = () => new Promise((r) => setTimeout(r, 2))

describe("executeInKeyOrder", () => {
  it("takes the keys one at a time in sorted order, runs the job with all held, then lets go of all", async () => {
    const log: string[] = []
    const locking = parallelLocking(log)
    const result = await executeInKeyOrder(locking, [["c", "a", "b", "a"]], async () => {
      expect([...locking.held.keys()].sort()).toEqual(["a", "b", "c"])
      return 42
    }, { timeout: 1 })
    expect(result).toBe(42)
    expect(log).toEqual(["+a", "+b", "+c", "-c", "-b", "-a"])
    expect(locking.held.size).toBe(0)
  })

  it("releases every key when the job fails", async () => {
    const locking = parallelLocking()
    await expect(executeInKeyOrder(locking, [["x", "y"]], async () => Promise.reject(new Error("boom")), { timeout: 1 })).rejects.toThrow("boom")
    expect(locking.held.size).toBe(0)
  })

  it("two callers with the same keys in opposite order both finish", async () => {
    const locking = parallelLocking()
    const slowJob = async () => {
      await tick()
      return "done"
    }
    await expect(
      Promise.all([
        executeInKeyOrder(locking, [["a", "b"]], slowJob, { timeout: 2 }),
        executeInKeyOrder(locking, [["b", "a"]], slowJob, { timeout: 2 }),
      ])
    ).resolves.toEqual(["done", "done"])
  })

  it("any number of callers over random overlapping key sets all finish, never two inside the same key", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.uniqueArray(fc.constantFrom("a", "b", "c", "d"), { minLength: 1, maxLength: 4 }), { minLength: 2, maxLength: 6 }),
        async (keySets) => {
          const locking = parallelLocking()
          const inside = new Map<string, number>()
          const results = await Promise.all(
            keySets.map((keys, i) =>
              executeInKeyOrder(locking, [keys], async () => {
                for (const k of keys) {
                  expect(inside.has(k)).toBe(false)
                  inside.set(k, i)
                }
                await tick()
                for (const k of keys) inside.delete(k)
                return i
              }, { timeout: 5 })
            )
          )
          expect(results).toEqual(keySets.map((_, i) => i))
          expect(locking.held.size).toBe(0)
        }
      ),
      { numRuns: 30 }
    )
  })

  it("takes the levels in the order given, each level sorted: checkout keys before item keys", () => {
    expect(lockOrder([["oms:checkout:i2", "oms:checkout:i1"], ["i2", "i1", "i2"]])).toEqual(["oms:checkout:i1", "oms:checkout:i2", "i1", "i2"])
  })

  it("shares one deadline across the keys", async () => {
    const timeouts: number[] = []
    let clock = 0
    const locking: KeyLocking = {
      async execute(_keys, job, args) {
        timeouts.push(args!.timeout!)
        clock += 4000 // each key took four seconds to get
        return job()
      },
    }
    await executeInKeyOrder(locking, [["a", "b", "c"]], async () => "ok", { timeout: 10 }, () => clock)
    expect(timeouts).toEqual([10, 6, 2])
  })
})
