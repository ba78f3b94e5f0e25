import fc from "fast-check"
import { canComplete, scanItem, startPackSession, summary, type ExpectedPackLine } from "../pack-session"

const CODES = ["4006381333931", "036000291452", "96385074", "SKU-A", "SKU-B", "SKU-C"]
// Codes that are never in an order: another product, a misread, garbage.
const STRANGERS = ["5901234123457", "4006381333932", "??", ""]

const orderArb = fc
  .uniqueArray(fc.constantFrom(...CODES), { minLength: 1, maxLength: 4 })
  .chain((codes) =>
    fc.tuple(...codes.map((code) => fc.integer({ min: 1, max: 3 }).map((quantity) => ({ code, quantity }))))
  )
  .map((lines): ExpectedPackLine[] =>
    lines.map(({ code, quantity }, i) => ({
      line_item_id: `li_${i}`,
      sku: code.startsWith("SKU") ? code : `SKU-${i}`,
      barcode: code.startsWith("SKU") ? null : code,
      quantity,
    }))
  )

const scansArb = (order: ExpectedPackLine[]) =>
  fc.array(fc.constantFrom(...order.map((l) => l.barcode ?? l.sku!), ...STRANGERS), { maxLength: 20 })

const RUNS = { numRuns: 300, seed: 17 }

describe("pack session properties", () => {
  it("never accepts more units than expected on any line, and counts every scan once", () => {
    fc.assert(
      fc.property(orderArb.chain((order) => fc.tuple(fc.constant(order), scansArb(order))), ([order, scans]) => {
        let state = startPackSession(order)
        let refused = 0
        for (const code of scans) {
          const result = scanItem(state, code)
          if (result.outcome === "refused") refused++
          state = result.state
          for (const line of state.lines) expect(line.packed).toBeLessThanOrEqual(line.quantity)
        }
        expect(state.refused_scans).toBe(refused)
        expect(state.accepted_scans + state.refused_scans).toBe(scans.length)
        const s = summary(state)
        expect(s.refusals.unknown_barcode + s.refusals.not_in_order + s.refusals.quantity_exceeded).toBe(refused)
      }),
      RUNS
    )
  })

  it("completes exactly when every expected unit has been scanned, whatever the interleaving and noise", () => {
    fc.assert(
      fc.property(
        orderArb.chain((order) => {
          const needed = order.flatMap((line) => Array.from({ length: line.quantity }, () => line.barcode ?? line.sku!))
          return fc.tuple(fc.constant(order), fc.shuffledSubarray(needed, { minLength: 0 }), fc.array(fc.constantFrom(...STRANGERS), { maxLength: 5 }))
        }),
        ([order, someNeeded, noise]) => {
          const expectedUnits = order.reduce((sum, l) => sum + l.quantity, 0)
          let state = startPackSession(order)
          for (const code of [...noise, ...someNeeded]) state = scanItem(state, code).state
          expect(canComplete(state)).toBe(someNeeded.length === expectedUnits)
          expect(summary(state).packed_units).toBe(someNeeded.length)
          expect(state.refused_scans).toBe(noise.length)
        }
      ),
      RUNS
    )
  })

  it("is deterministic and leaves earlier states untouched", () => {
    fc.assert(
      fc.property(orderArb.chain((order) => fc.tuple(fc.constant(order), scansArb(order))), ([order, scans]) => {
        const run = () => scans.reduce((state, code) => scanItem(state, code).state, startPackSession(order))
        const start = startPackSession(order)
        const snapshot = JSON.stringify(start)
        scans.reduce((state, code) => scanItem(state, code).state, start)
        expect(JSON.stringify(start)).toBe(snapshot)
        expect(run()).toEqual(run())
      }),
      RUNS
    )
  })
})
