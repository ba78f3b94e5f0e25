import fc from "fast-check"
import { runSteps, runStepsInSlices, type Steps } from ".."

/** Sums 1..n, yielding after each addition; the clock advances `cost` ms per step. */
function* sumTo(n: number, clock: { t: number }, cost: number): Steps<number> {
  let sum = 0
  for (let i = 1; i <= n; i++) {
    sum += i
    clock.t += cost
    yield
  }
  return sum
}

describe("cooperative steps", () => {
  it("gives the same result straight through and in slices", async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 1, max: 20 }), async (n, sliceMs) => {
        const straight = runSteps(sumTo(n, { t: 0 }, 1))
        const clock = { t: 0 }
        const sliced = await runStepsInSlices(sumTo(n, clock, 1), { sliceMs, now: () => clock.t, pause: async () => {} })
        return straight === (n * (n + 1)) / 2 && sliced === straight
      }),
      { numRuns: 200, seed: 3 }
    )
  })

  it("pauses as soon as a slice reaches its length, so no slice is longer than sliceMs plus one step", async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 400 }), fc.integer({ min: 1, max: 7 }), fc.integer({ min: 5, max: 30 }), async (n, cost, sliceMs) => {
        const clock = { t: 0 }
        const slices: number[] = []
        let pauses = 0
        await runStepsInSlices(sumTo(n, clock, cost), { sliceMs, now: () => clock.t, pause: async () => void pauses++, onSlice: (ms) => slices.push(ms) })
        const total = n * cost
        return slices.every((ms) => ms < sliceMs + cost) && slices.reduce((a, b) => a + b, 0) === total && pauses === slices.length - 1
      }),
      { numRuns: 200, seed: 4 }
    )
  })

  it("lets a timer run between slices (the event loop is not held)", async () => {
    let timerRan = false
    setTimeout(() => (timerRan = true), 0)
    const observed: boolean[] = []
    function* spin(): Steps<void> {
      const end = performance.now() + 60
      while (performance.now() < end) {
        observed.push(timerRan)
        yield
      }
    }
    await runStepsInSlices(spin(), { sliceMs: 5 })
    expect(observed[0]).toBe(false)
    expect(observed[observed.length - 1]).toBe(true)
  })
})
