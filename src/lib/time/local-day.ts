/**
 * Start of the current local day in an IANA time zone, as a UTC instant. Capacity is counted
 * per local day of the centre (a Jakarta centre's day starts at 00:00 WIB, not UTC).
 */
export function startOfLocalDay(now: Date, timeZone: string): Date {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(now)
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0)
  const localAsUtc = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"))
  const offsetMs = localAsUtc - Math.floor(now.getTime() / 1000) * 1000
  const localMidnightAsUtc = Date.UTC(get("year"), get("month") - 1, get("day"))
  return new Date(localMidnightAsUtc - offsetMs)
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone })
    return true
  } catch {
    return false
  }
}
