/** Reads `read()` every 200 ms until `ok` accepts its value (then returns it), or fails after `ms` naming `what`. */
export async function waitFor<T>(read: () => Promise<T>, ok: (value: T) => boolean, what: string, ms = 30_000): Promise<T> {
  const deadline = Date.now() + ms
  for (;;) {
    const value = await read()
    if (ok(value)) return value
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 200))
  }
}

/** Waits until `check` says yes (what a subscriber does after a request has answered). */
export const until = (check: () => Promise<boolean>, what: string, ms = 30_000) => waitFor(check, (done) => done, what, ms)
