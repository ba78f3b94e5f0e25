import { formatCentreTime, formatDeadline } from "../centre-time"

// the end of Tuesday 10 March 2026 in Jakarta (UTC+7) and in Makassar (UTC+8)
const JAKARTA_MIDNIGHT = "2026-03-10T17:00:00Z"
const MAKASSAR_MIDNIGHT = "2026-03-10T16:00:00Z"

describe("centre times", () => {
  it("writes a deadline as the last minute of the due day, in the centre's zone", () => {
    expect(formatDeadline(JAKARTA_MIDNIGHT, "en-GB", "Asia/Jakarta", "Asia/Jakarta")).toBe("Tue 10 Mar, 23:59")
    expect(formatDeadline(MAKASSAR_MIDNIGHT, "en-GB", "Asia/Makassar", "Asia/Makassar")).toBe("Tue 10 Mar, 23:59")
  })

  it("names the centre's zone when the viewer is in another one", () => {
    expect(formatDeadline(MAKASSAR_MIDNIGHT, "en-GB", "Asia/Makassar", "Asia/Jakarta")).toBe("Tue 10 Mar, 23:59 GMT+8")
    expect(formatDeadline(MAKASSAR_MIDNIGHT, "id-ID", "Asia/Makassar", "Asia/Jakarta")).toMatch(/^Sel, 10 Mar,? 23[.:]59 WITA$/)
  })

  it("falls back to the viewer's zone for an unknown or missing zone, and to a dash for a bad date", () => {
    expect(formatCentreTime("2026-03-10T07:05:00Z", "en-GB", "Mars/Olympus", "Asia/Jakarta")).toBe("Tue 10 Mar, 14:05")
    expect(formatCentreTime("2026-03-10T07:05:00Z", "en-GB", null, "Asia/Jakarta")).toBe("Tue 10 Mar, 14:05")
    expect(formatDeadline("not a date", "en-GB", "Asia/Jakarta")).toBe("—")
  })
})
