/**
 * The scan loop of a warehouse screen: a barcode scanner types faster than the server answers,
 * so scans wait in arrival order and are worked one at a time, each against the state the
 * earlier ones left (the bin just scanned, the unit just packed). None is dropped; each gets
 * exactly one answer, in the order the scans arrived, even when its handler fails.
 */
export interface QueuedScan {
  /** 1, 2, 3… in arrival order. */
  seq: number
  code: string
}

export interface ScanQueueOptions<A> {
  /** Works one scan out; may call the server. Never runs for two scans at once. */
  handle: (scan: QueuedScan) => Promise<A> | A
  /** The answer for a scan whose handler threw (connection lost, server error). */
  onFailure: (scan: QueuedScan, error: unknown) => A
  /** Called once per scan, in arrival order. */
  onAnswer: (scan: QueuedScan, answer: A) => void
  /** How many scans are waiting for an answer (the one being worked included), on every change. */
  onWaitingChange?: (waiting: number) => void
}

export interface ScanQueue {
  push(code: string): QueuedScan
  waiting(): number
  /** Resolves once every scan pushed so far is answered. */
  drained(): Promise<void>
}

export function createScanQueue<A>(options: ScanQueueOptions<A>): ScanQueue {
  const waiting: QueuedScan[] = []
  let seq = 0
  let working = false
  let idle: (() => void)[] = []

  const changed = () => options.onWaitingChange?.(waiting.length)

  async function work() {
    working = true
    while (waiting.length) {
      const scan = waiting[0]
      let answer: A
      try {
        answer = await options.handle(scan)
      } catch (error) {
        answer = options.onFailure(scan, error)
      }
      waiting.shift()
      try {
        options.onAnswer(scan, answer)
      } catch {
        // a failing screen update must not stop the scans behind this one
      }
      changed()
    }
    working = false
    const resolve = idle
    idle = []
    for (const r of resolve) r()
  }

  return {
    push(code) {
      const scan = { seq: ++seq, code }
      waiting.push(scan)
      changed()
      if (!working) void work()
      return scan
    },
    waiting: () => waiting.length,
    drained: () => (waiting.length || working ? new Promise<void>((r) => idle.push(r)) : Promise.resolve()),
  }
}
