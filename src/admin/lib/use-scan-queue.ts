import { useMemo, useRef, useState } from "react"
import { createScanQueue, type QueuedScan } from "../../lib/scanning/scan-queue"
import { errorMessage } from "./errors"
import { scanError, scanOk } from "./scan-feedback"
import { scanText, serverReason, type ScanAnswer } from "./scan-text"

/**
 * A screen's scan loop: scans are queued in arrival order and each is worked by `handle` once
 * the previous one is answered (so it sees the state that one left); every scan gets a visible,
 * audible answer. `handle` is read afresh for each scan, so it may close over the latest render,
 * but state changed by the previous scan must be read from a ref or the query cache.
 */
export function useScanQueue(handle: (code: string) => Promise<ScanAnswer> | ScanAnswer) {
  const handler = useRef(handle)
  handler.current = handle
  const [answer, setAnswer] = useState<(ScanAnswer & { seq: number }) | null>(null)
  const [waiting, setWaiting] = useState(0)
  const queue = useMemo(
    () =>
      createScanQueue<ScanAnswer>({
        handle: ({ code }: QueuedScan) => handler.current(code),
        onFailure: ({ code }, error) => scanText.notRecorded(code, serverReason(errorMessage(error))),
        onAnswer: ({ seq }, a) => {
          setAnswer({ ...a, seq })
          if (a.kind === "ok") scanOk()
          else scanError()
        },
        onWaitingChange: setWaiting,
      }),
    []
  )
  return { push: (code: string) => void queue.push(code), answer, waiting }
}
