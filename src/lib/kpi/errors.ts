/**
 * Input a KPI cannot be computed from, naming the field so that a route can answer 400 with it.
 * Empty input is never an error (the KPIs return null or 0 for it).
 */
export class KpiInputError extends Error {
  constructor(
    readonly field: string,
    message: string
  ) {
    super(message)
    this.name = "KpiInputError"
  }
}

/** A centre's calendar that cannot be used: bad time zone, cut-off, working days, or none given. */
export class InvalidCalendarError extends KpiInputError {
  constructor(
    field: "time_zone" | "cutoff_time" | "working_days" | "calendars",
    message: string,
    readonly stock_location_id: string | null = null
  ) {
    super(field, stock_location_id ? `${message} (stock location ${stock_location_id})` : message)
    this.name = "InvalidCalendarError"
  }
}
