import { atLocalTime, isKnownTimeZone, localDateOf } from "./local-date"

/**
 * Start of the current local day in an IANA time zone, as a UTC instant. Capacity is counted
 * per local day of the centre (a Jakarta centre's day starts at 00:00 WIB, not UTC).
 */
export function startOfLocalDay(now: Date, timeZone: string): Date {
  return atLocalTime(localDateOf(now, timeZone), 0, timeZone)
}

export const isValidTimeZone = (timeZone: string): boolean => isKnownTimeZone(timeZone)
