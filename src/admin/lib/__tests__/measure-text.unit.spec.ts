import en from "../../i18n/json/en.json"
import id from "../../i18n/json/id.json"
import { atRiskReasonTexts } from "../at-risk-text"
import { EN_DURATION_UNITS } from "../kpi-format"
import { kpiOrderDetail, type KpiOrderRowView } from "../kpi-order-text"
import { shipmentSlaText } from "../shipment-sla-text"
import { translator, type Tree } from "./translator"

const EN = translator(en as Tree, "en")
const ID = translator(id as Tree, "id")
const JAKARTA = { locale: "en-GB", timeZone: "Asia/Jakarta", viewerZone: "Asia/Jakarta" }
const END_OF_TUESDAY = "2026-03-10T17:00:00.000Z" // midnight after Tuesday 10 March in Jakarta
const NOW = new Date("2026-03-11T20:00:00.000Z") // 27 hours later

/** Nothing a merchant should not read: no placeholders left, no reason or outcome codes, no raw milliseconds. */
const readable = (text: string) => !/\{\{|_|\bms\b|undefined|null/.test(text)

describe("at-risk reasons in merchant words", () => {
  const row = { reasons: ["misses_cutoff", "overdue", "past_stage_sla", "stuck"] as const, minutes_to_cutoff: 45, ship_by: END_OF_TUESDAY }

  it("says how long until today's cut-off, when it should have left, and what else is wrong", () => {
    expect(atRiskReasonTexts({ ...row, reasons: [...row.reasons] }, { t: EN, units: EN_DURATION_UNITS, now: NOW })).toEqual([
      "Not packed yet, and today's cut-off is in 45 min",
      "1 d 3 h past its ship-by day",
      "Taking longer than it should at this step",
      "Nothing has happened to it for over a day",
    ])
    expect(atRiskReasonTexts({ ...row, reasons: ["misses_cutoff"], minutes_to_cutoff: -20 }, { t: EN, units: EN_DURATION_UNITS })).toEqual([
      "Not packed yet, and today's cut-off has passed",
    ])
  })

  it("reads in Bahasa Indonesia too", () => {
    const texts = atRiskReasonTexts({ ...row, reasons: [...row.reasons] }, { t: ID, now: NOW, units: { day: "hari", hour: "jam", minute: "mnt", underMinute: "< 1 mnt" } })
    expect(texts[0]).toBe("Belum dikemas, dan jam tutup gudang hari ini tinggal 45 mnt lagi")
    expect(texts.every(readable)).toBe(true)
  })
})

describe("a drill-down row's detail", () => {
  const base: KpiOrderRowView = {
    order_id: "order_1", display_id: 1042, shipment_id: "shp_1", stock_location_ids: ["sloc_1"], placed_at: "2026-03-10T02:00:00.000Z",
    outcome: "late", in_numerator: false, reasons: [], deadline: END_OF_TUESDAY, done_at: null, units: null, returned_units: null,
  }

  it("gives the deadline and when the parcel left or arrived", () => {
    expect(kpiOrderDetail(base, "on_time_shipment", { t: EN, ...JAKARTA })).toBe("Due Tue 10 Mar, 23:59 · still at the centre")
    expect(kpiOrderDetail({ ...base, done_at: "2026-03-11T03:30:00.000Z" }, "on_time_shipment", { t: EN, ...JAKARTA })).toBe("Due Tue 10 Mar, 23:59 · left Wed 11 Mar, 10:30")
    expect(kpiOrderDetail(base, "on_time_delivery", { t: EN, ...JAKARTA })).toBe("Due Tue 10 Mar, 23:59 · not delivered yet")
  })

  it("says why an order is not perfect and how many units came back", () => {
    const order = { ...base, shipment_id: null, deadline: null }
    expect(kpiOrderDetail({ ...order, outcome: "not_perfect", reasons: ["not_in_full", "damaged"] }, "perfect_order", { t: EN, ...JAKARTA })).toBe(
      "Because: not everything was in stock, came back damaged"
    )
    expect(kpiOrderDetail({ ...order, outcome: "returned", units: 3, returned_units: 1 }, "return_rate", { t: EN, ...JAKARTA })).toBe("1 of 3 units returned")
    expect(kpiOrderDetail({ ...order, outcome: "returned", units: 3, returned_units: 1 }, "return_rate", { t: ID, locale: "id-ID", timeZone: "Asia/Jakarta", viewerZone: "Asia/Jakarta" })).toBe("1 dari 3 unit diretur")
    expect(kpiOrderDetail({ ...order, outcome: "split" }, "split_shipment_rate", { t: EN, ...JAKARTA })).toBeNull()
  })
})

describe("the order page's SLA line", () => {
  const sla = { status: "on_time" as const, ship_by: END_OF_TUESDAY, shipped_at: null, reasons: [], minutes_to_cutoff: null }

  it("says when the parcel must leave, or when it left against its deadline", () => {
    expect(shipmentSlaText(sla, { t: EN, ...JAKARTA })).toBe("Ship by Tue 10 Mar, 23:59")
    expect(shipmentSlaText({ ...sla, shipped_at: "2026-03-10T08:00:00.000Z" }, { t: EN, ...JAKARTA })).toBe("Left Tue 10 Mar, 15:00, before Tue 10 Mar, 23:59")
    expect(shipmentSlaText({ ...sla, status: "late", shipped_at: "2026-03-11T01:00:00.000Z" }, { t: EN, ...JAKARTA })).toBe("Left Wed 11 Mar, 08:00, after Tue 10 Mar, 23:59")
    expect(shipmentSlaText({ ...sla, status: "late" }, { t: EN, ...JAKARTA })).toBe("Should have left by Tue 10 Mar, 23:59")
    expect(shipmentSlaText(null, { t: EN, ...JAKARTA })).toBe("No ship-by day until the stock arrives")
    expect(readable(shipmentSlaText(sla, { t: ID, locale: "id-ID", timeZone: "Asia/Jakarta", viewerZone: "Asia/Jakarta" }))).toBe(true)
  })
})
