import type { Center, CenterUpdate } from "../../lib/types"

/** Form values are strings as typed; empty means "not set". */
export interface ProfileFormValues {
  latitude: string
  longitude: string
  priority: string
  active: boolean
  daily_order_capacity: string
  cutoff_time: string
  time_zone: string
  serves_countries: string
  serves_provinces: string
}

export type ProfileField = keyof ProfileFormValues
export type FieldErrors = Partial<Record<ProfileField, string>>

export function toFormValues(center: Center): ProfileFormValues {
  return {
    latitude: center.latitude == null ? "" : String(center.latitude),
    longitude: center.longitude == null ? "" : String(center.longitude),
    priority: String(center.priority),
    active: center.active,
    daily_order_capacity: center.daily_order_capacity == null ? "" : String(center.daily_order_capacity),
    cutoff_time: center.cutoff_time ?? "",
    time_zone: center.time_zone ?? "",
    serves_countries: center.serves_countries.join(", "),
    serves_provinces: center.serves_provinces.join(", "),
  }
}

const list = (value: string) =>
  value
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean)

const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/

/** Client-side checks mirroring the server's, so most mistakes never leave the page. */
export function toRequestBody(values: ProfileFormValues): { body?: CenterUpdate; errors: FieldErrors } {
  const errors: FieldErrors = {}
  const body: CenterUpdate = { active: values.active }

  const lat = values.latitude.trim()
  const lng = values.longitude.trim()
  if (!lat && !lng) {
    body.latitude = null
    body.longitude = null
  } else if (!lat || !lng) {
    errors[lat ? "longitude" : "latitude"] = "Latitude and longitude must be given together"
  } else {
    const latitude = Number(lat)
    const longitude = Number(lng)
    if (!Number.isFinite(latitude) || latitude < -90 || latitude > 90) {
      errors.latitude = "Latitude is a number between -90 and 90"
    }
    if (!Number.isFinite(longitude) || longitude < -180 || longitude > 180) {
      errors.longitude = "Longitude is a number between -180 and 180"
    }
    body.latitude = latitude
    body.longitude = longitude
  }

  const priority = Number(values.priority.trim())
  if (!values.priority.trim() || !Number.isInteger(priority) || priority < 0) {
    errors.priority = "Priority is a whole number, 0 or more (lower = preferred)"
  } else {
    body.priority = priority
  }

  const capacity = values.daily_order_capacity.trim()
  if (!capacity) {
    body.daily_order_capacity = null
  } else if (!Number.isInteger(Number(capacity)) || Number(capacity) < 0) {
    errors.daily_order_capacity = "Capacity is a whole number of orders per day, or empty for no limit"
  } else {
    body.daily_order_capacity = Number(capacity)
  }

  const cutoff = values.cutoff_time.trim()
  if (!cutoff) {
    body.cutoff_time = null
  } else if (!HH_MM.test(cutoff)) {
    errors.cutoff_time = "Cut-off time is HH:MM (24 h), e.g. 14:00"
  } else {
    body.cutoff_time = cutoff
  }

  const timeZone = values.time_zone.trim()
  if (timeZone) body.time_zone = timeZone

  const countries = list(values.serves_countries).map((c) => c.toLowerCase())
  const badCountry = countries.find((c) => !/^[a-z]{2}$/.test(c))
  if (badCountry) {
    errors.serves_countries = `"${badCountry}" is not a 2-letter country code`
  } else {
    body.serves_countries = countries
  }
  body.serves_provinces = list(values.serves_provinces)

  return Object.keys(errors).length ? { errors } : { body, errors }
}

const FIELDS: ProfileField[] = [
  "daily_order_capacity",
  "serves_countries",
  "serves_provinces",
  "cutoff_time",
  "time_zone",
  "longitude",
  "latitude",
  "priority",
  "active",
]

/** The server names the field in its 400 message; put the message under that field. */
export function serverFieldErrors(message: string): FieldErrors {
  const field = FIELDS.find((f) => message.includes(f))
  if (field) return { [field]: message }
  if (/country codes/i.test(message)) return { serves_countries: message }
  return {}
}
