import { dayBounds, rollupDayOf } from "../../lib/kpi/rollup-plan"
import { windowDays } from "../../lib/stock/day-series"

/** Local days the stock-health figures look at (today included); day rows older than this are left as they are. */
export const STOCK_WINDOW_DAYS = 90

export const STOCK_STATE_ID = "stkstate_default"
export { lockKeys } from "../../lib/lock-keys"

/** Today in the reporting time zone, and the window's days ending with it. */
export function stockWindow(timeZone: string, now = new Date()) {
  const today = rollupDayOf(now, timeZone)
  const days = windowDays(today, STOCK_WINDOW_DAYS)
  return { today, days, from: dayBounds(days[0], timeZone).from, first: days[0] }
}
