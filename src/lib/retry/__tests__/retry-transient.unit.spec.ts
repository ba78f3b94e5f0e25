import fc from "fast-check"
import { isTransientError, retryDelayMs, retryTransient, RetryPolicy, ROUTING_RETRY_POLICY } from ".."

describe("isTransientError", () => {
  // Shapes as they reach the subscriber: pg errors, Medusa's serialised workflow errors (plain
  // objects keeping own properties), knex and ioredis errors.
  it.each([
    ["backend terminated", { code: "57P01", message: "terminating connection due to administrator command" }],
    ["database starting up", { code: "57P03", message: "the database system is starting up" }],
    ["connection failure class 08", { code: "08006", message: "connection failure" }],
    ["deadlock", { code: "40P01", message: "deadlock detected" }],
    ["serialisation failure", { code: "40001", message: "could not serialize access" }],
    ["socket reset", { code: "ECONNRESET", message: "read ECONNRESET" }],
    ["database refused", { code: "ECONNREFUSED", message: "connect ECONNREFUSED 127.0.0.1:5432" }],
    ["pg connection end", { name: "Error", message: "Connection terminated unexpectedly" }],
    ["knex pool", { name: "KnexTimeoutError", message: "Knex: Timeout acquiring a connection. The pool is probably full." }],
    ["lock timeout", { name: "Error", type: "conflict", message: 'Failed to acquire lock for key "oms:route-order:order_1"' }],
    ["lock wait ran out", { name: "Error", type: "conflict", message: "Timed-out acquiring lock." }],
    ["Redis closed", new Error("Connection is closed.")],
    ["wrapped cause", { message: "step failed", cause: { code: "57P01", message: "terminating connection" } }],
  ])("%s is transient", (_, error) => {
    expect(isTransientError(error)).toBe(true)
  })

  it.each([
    ["duplicate decision", { code: "23505", message: 'duplicate key value violates unique constraint "IDX_oms_routing_decision_order_id_sequence_unique"' }],
    ["order missing", { name: "Error", type: "not_found", message: "Order order_1 was not found" }],
    ["bad input", { type: "invalid_data", message: "stock_location_id sloc_1 is not a stock location of this order's sales channel" }],
    ["null column", { code: "23502", message: "null value in column" }],
    ["a code that only starts like class 08", { code: "08", message: "x" }],
    ["nothing", undefined],
    ["a number", 42],
  ])("%s is not transient", (_, error) => {
    expect(isTransientError(error)).toBe(false)
  })

  it("stops looking through causes after a few levels (cyclic causes do not hang)", () => {
    const cyclic: { message: string; cause?: unknown } = { message: "outer" }
    cyclic.cause = cyclic
    expect(isTransientError(cyclic)).toBe(false)
  })
})

type Outcome = "ok" | "transient" | "permanent"
const TRANSIENT = { code: "57P01", message: "terminating connection due to administrator command" }
const PERMANENT = { code: "23505", message: "duplicate key value" }

/** Independent reference: walk the outcomes until one ends the run. */
function reference(outcomes: Outcome[], attempts: number, policy: RetryPolicy) {
  const delays: number[] = []
  let delay = policy.baseDelayMs
  for (let i = 0; i < outcomes.length; i++) {
    const last = i + 1 === attempts
    if (outcomes[i] === "ok") return { calls: i + 1, result: "ok", delays }
    if (outcomes[i] === "permanent" || last) return { calls: i + 1, result: outcomes[i], delays }
    delays.push(Math.min(delay, policy.maxDelayMs))
    delay *= 2
  }
  throw new Error("outcomes too short")
}

describe("retryTransient", () => {
  const policyArb = fc.record({
    attempts: fc.integer({ min: 1, max: 6 }),
    baseDelayMs: fc.integer({ min: 0, max: 2000 }),
    maxDelayMs: fc.integer({ min: 0, max: 10000 }),
  })

  it("tries until success, a permanent error or the last attempt, waiting doubling capped delays", async () => {
    await fc.assert(
      fc.asyncProperty(policyArb, fc.array(fc.constantFrom<Outcome>("ok", "transient", "permanent"), { minLength: 6, maxLength: 6 }), async (policy, outcomes) => {
        const slept: number[] = []
        const retried: number[] = []
        let calls = 0
        const run = retryTransient(
          async (attempt) => {
            expect(attempt).toBe(calls + 1)
            const outcome = outcomes[calls++]
            if (outcome === "ok") return "ok"
            throw outcome === "transient" ? TRANSIENT : PERMANENT
          },
          policy,
          { sleep: async (ms) => void slept.push(ms), onRetry: ({ delay_ms }) => void retried.push(delay_ms) }
        )
        const got = await run.then(
          (r) => r,
          (e) => (e === TRANSIENT ? "transient" : e === PERMANENT ? "permanent" : "other")
        )
        const expected = reference(outcomes, policy.attempts, policy)
        expect({ calls, result: got, delays: slept }).toEqual(expected)
        expect(retried).toEqual(slept)
      })
    )
  })

  it("throws the last error itself, not a wrapper", async () => {
    const error = new Error("Connection terminated unexpectedly")
    await expect(retryTransient(() => Promise.reject(error), { attempts: 2, baseDelayMs: 0, maxDelayMs: 0 }, { sleep: async () => {} })).rejects.toBe(error)
  })

  it("routing waits 1 s, 2 s, 4 s between its four tries", () => {
    expect([1, 2, 3].map((a) => retryDelayMs(ROUTING_RETRY_POLICY, a))).toEqual([1000, 2000, 4000])
  })
})
