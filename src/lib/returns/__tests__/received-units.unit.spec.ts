import { receivedOfPart, receivedUnits } from "../received-units"

const receive = (item: string, quantity: number | string) => ({ action: "RECEIVE_RETURN_ITEM", details: { reference_id: item, quantity } })
const dismiss = (item: string, quantity: number) => ({ action: "RECEIVE_DAMAGED_RETURN_ITEM", details: { reference_id: item, quantity } })

describe("receivedUnits", () => {
  it("adds every receipt of a return up, a damaged unit being received too", () => {
    // first parcel: 1 fine + 1 broken; second parcel: 1 fine (Medusa's return item would say 1 / 0)
    const units = receivedUnits([receive("li_a", 1), dismiss("li_a", 1), receive("li_a", "1"), receive("li_b", 2)])
    expect(units.get("li_a")).toEqual({ received: 3, damaged: 1 })
    expect(units.get("li_b")).toEqual({ received: 2, damaged: 0 })
  })

  it("ignores the request's own actions and unreadable quantities", () => {
    const units = receivedUnits([
      { action: "RETURN_ITEM", details: { reference_id: "li_a", quantity: 3 } },
      receive("li_a", "x"),
      receive("li_a", 0),
      { action: "RECEIVE_RETURN_ITEM", details: null },
    ])
    expect(units.size).toBe(0)
  })
})

describe("receivedOfPart", () => {
  const units = { received: 3, damaged: 1 }
  it("splits what came back between a group's damaged and intact rows", () => {
    expect(receivedOfPart("damaged", 1, units)).toBe(1)
    expect(receivedOfPart("intact", 2, units)).toBe(2)
    expect(receivedOfPart("intact", 2, { received: 2, damaged: 1 })).toBe(1)
    expect(receivedOfPart("all", 3, { received: 1, damaged: 0 })).toBe(1)
  })
  it("never counts more than the row's units, nor below zero", () => {
    expect(receivedOfPart("all", 2, { received: 5, damaged: 0 })).toBe(2)
    expect(receivedOfPart("intact", 2, { received: 1, damaged: 2 })).toBe(0)
  })
})
