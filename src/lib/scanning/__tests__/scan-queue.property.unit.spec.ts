import fc from "fast-check"
import { createScanQueue, type QueuedScan } from "../scan-queue"

type Answer = { code: string; by: "handler" | "failure" }

/**
 * Scans pushed in bursts while earlier ones are still being worked, handlers that answer in a
 * random order of time and sometimes fail: against a plain reference (the list of pushed codes).
 */
describe("scan queue", () => {
  it("answers every scan exactly once, in arrival order, one handler at a time", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.scheduler(),
        fc.array(fc.array(fc.constantFrom("TEE", "BATIK", "A-01-02-1-L", "wave_01X/T2", "tee"), { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 }),
        fc.array(fc.boolean(), { minLength: 30, maxLength: 30 }),
        async (s, bursts, failures) => {
          const handled: QueuedScan[] = []
          const answers: [QueuedScan, Answer][] = []
          const waitingSeen: number[] = []
          let active = 0
          let maxActive = 0
          const queue = createScanQueue<Answer>({
            handle: async (scan) => {
              active++
              maxActive = Math.max(maxActive, active)
              handled.push(scan)
              await s.schedule(Promise.resolve(), `server answers ${scan.seq}`)
              active--
              if (failures[(scan.seq - 1) % failures.length]) throw new Error("connection lost")
              return { code: scan.code, by: "handler" }
            },
            onFailure: (scan) => ({ code: scan.code, by: "failure" }),
            onAnswer: (scan, answer) => answers.push([scan, answer]),
            onWaitingChange: (n) => waitingSeen.push(n),
          })
          const pushed: string[] = []
          for (const burst of bursts) {
            s.scheduleFunction(async () => {
              for (const code of burst) {
                pushed.push(code)
                queue.push(code)
              }
            })()
          }
          await s.waitAll()
          await queue.drained()

          expect(answers.map(([scan]) => scan.code)).toEqual(pushed)
          expect(answers.map(([scan]) => scan.seq)).toEqual(pushed.map((_, i) => i + 1))
          expect(handled.map((scan) => scan.seq)).toEqual(pushed.map((_, i) => i + 1))
          expect(maxActive).toBe(1)
          for (const [scan, answer] of answers) {
            expect(answer).toEqual({ code: scan.code, by: failures[(scan.seq - 1) % failures.length] ? "failure" : "handler" })
          }
          expect(queue.waiting()).toBe(0)
          expect(waitingSeen[waitingSeen.length - 1]).toBe(0)
        }
      ),
      { numRuns: 200 }
    )
  })

  it("keeps working when the screen's answer handler throws, and on handlers that answer synchronously", async () => {
    const answered: number[] = []
    const queue = createScanQueue<number>({
      handle: (scan) => scan.seq,
      onFailure: () => -1,
      onAnswer: (_, n) => {
        answered.push(n)
        if (n === 2) throw new Error("render failed")
      },
    })
    for (const code of ["a", "b", "c", "d"]) queue.push(code)
    await queue.drained()
    expect(answered).toEqual([1, 2, 3, 4])
    expect(await Promise.race([queue.drained().then(() => "drained"), new Promise((r) => setTimeout(() => r("hung"), 50))])).toBe("drained")
  })

  it("works each scan against the state the earlier scans left", async () => {
    // the picker's bin-then-item rule: a scan's meaning depends on the one before it
    let bin: string | null = null
    const answers: string[] = []
    const queue = createScanQueue<string>({
      handle: async ({ code }) => {
        await new Promise((r) => setTimeout(r, Math.random() * 5))
        if (code.startsWith("A-")) {
          bin = code
          return `bin ${code}`
        }
        return bin ? `picked ${code} from ${bin}` : `scan a bin before ${code}`
      },
      onFailure: () => "failed",
      onAnswer: (_, a) => answers.push(a),
    })
    for (const code of ["TEE", "A-1", "TEE", "TEE", "A-2", "BATIK"]) queue.push(code)
    await queue.drained()
    expect(answers).toEqual(["scan a bin before TEE", "bin A-1", "picked TEE from A-1", "picked TEE from A-1", "bin A-2", "picked BATIK from A-2"])
  })
})
