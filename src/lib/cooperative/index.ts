/**
 * Long computations written as generators: each `yield` is a point where the computation may hand
 * the thread back. `runSteps` runs one straight through (tests, scripts, small inputs);
 * `runStepsInSlices` runs it in slices of a few milliseconds with a pause between them, so a
 * server keeps answering other requests while a heavy one is computed. Same code, same result.
 */
export type Steps<T> = Generator<void, T, void>

export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next()
    if (next.done) return next.value
  }
}

export interface SliceOptions {
  /** Longest stretch of work between two pauses, in ms (checked at each yield). Default 10. */
  sliceMs?: number
  /** How to hand the thread back. Default: until the event loop's next check phase (setImmediate). */
  pause?: () => Promise<void>
  /** Clock in ms; replaceable for tests. */
  now?: () => number
  /** Called with the length of each slice (ms), for measurements. */
  onSlice?: (ms: number) => void
}

const nextCheckPhase = () => new Promise<void>((resolve) => setImmediate(resolve))

export async function runStepsInSlices<T>(steps: Steps<T>, options: SliceOptions = {}): Promise<T> {
  const { sliceMs = 10, pause = nextCheckPhase, now = () => performance.now(), onSlice } = options
  let sliceStart = now()
  for (;;) {
    const next = steps.next()
    if (next.done) {
      onSlice?.(now() - sliceStart)
      return next.value
    }
    const elapsed = now() - sliceStart
    if (elapsed >= sliceMs) {
      onSlice?.(elapsed)
      await pause()
      sliceStart = now()
    }
  }
}
