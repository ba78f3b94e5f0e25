import { shipmentsMatchLines } from "../lines-match"

const part = (stage: string, lines: [string, number][]) => ({ stage, lines: lines.map(([line_item_id, quantity]) => ({ line_item_id, quantity })) })
const order = (lines: [string, number][]) => lines.map(([line_item_id, quantity]) => ({ line_item_id, quantity }))

describe("shipmentsMatchLines", () => {
  it("is true when the open parts hold each line's quantity, split or not", () => {
    expect(shipmentsMatchLines([part("routed", [["a", 2]]), part("packed", [["a", 1], ["b", 1]])], order([["a", 3], ["b", 1]]))).toBe(true)
  })
  it("leaves superseded and canceled parts out", () => {
    expect(shipmentsMatchLines([part("rerouted", [["a", 2]]), part("routed", [["a", 2]]), part("canceled", [["a", 2]])], order([["a", 2]]))).toBe(true)
  })
  it("is false when a quantity changed, a line was added or a line was removed", () => {
    const shipments = [part("routed", [["a", 2], ["b", 1]])]
    expect(shipmentsMatchLines(shipments, order([["a", 3], ["b", 1]]))).toBe(false)
    expect(shipmentsMatchLines(shipments, order([["a", 2], ["b", 1], ["c", 1]]))).toBe(false)
    expect(shipmentsMatchLines(shipments, order([["a", 2]]))).toBe(false)
    // a line taken to 0 units is no line
    expect(shipmentsMatchLines(shipments, order([["a", 2], ["b", 0]]))).toBe(false)
    expect(shipmentsMatchLines([part("routed", [["a", 2]])], order([["a", 2], ["b", 0]]))).toBe(true)
  })
  it("is false for an order with lines and no open part", () => {
    expect(shipmentsMatchLines([], order([["a", 1]]))).toBe(false)
    expect(shipmentsMatchLines([], [])).toBe(true)
  })
})
