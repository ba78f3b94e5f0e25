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
/** A field's problem as a key of `centres.error.*` with its values (never the server's field names). */
export type FieldError = { key: string; params?: Record<string, string> }
export type FieldErrors = Partial<Record<ProfileField, FieldError>>

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
    errors[lat ? "longitude" : "latitude"] = { key: "bothCoordinates" }
  } else {
    const latitude = Number(lat)
    const longitude = Number(lng)
    if (!Number.isFinite(latitude) || latitude < -90 || latitude > 90) {
      errors.latitude = { key: "latitude" }
    }
    if (!Number.isFinite(longitude) || longitude < -180 || longitude > 180) {
      errors.longitude = { key: "longitude" }
    }
    body.latitude = latitude
    body.longitude = longitude
  }

  const priority = Number(values.priority.trim())
  if (!values.priority.trim() || !Number.isInteger(priority) || priority < 0) {
    errors.priority = { key: "priority" }
  } else {
    body.priority = priority
  }

  const capacity = values.daily_order_capacity.trim()
  if (!capacity) {
    body.daily_order_capacity = null
  } else if (!Number.isInteger(Number(capacity)) || Number(capacity) < 0) {
    errors.daily_order_capacity = { key: "capacity" }
  } else {
    body.daily_order_capacity = Number(capacity)
  }

  const cutoff = values.cutoff_time.trim()
  if (!cutoff) {
    body.cutoff_time = null
  } else if (!HH_MM.test(cutoff)) {
    errors.cutoff_time = { key: "cutoff" }
  } else {
    body.cutoff_time = cutoff
  }

  const timeZone = values.time_zone.trim()
  if (timeZone) body.time_zone = timeZone

  const countries = list(values.serves_countries).map((c) => c.toLowerCase())
  const badCountry = countries.find((c) => !/^[a-z]{2}$/.test(c))
  if (badCountry) {
    errors.serves_countries = { key: "country", params: { value: badCountry } }
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

/** The problem the form explains for each field the server may refuse. */
const FIELD_ERROR_KEYS: Record<ProfileField, string> = {
  daily_order_capacity: "capacity",
  serves_countries: "countries",
  serves_provinces: "provinces",
  cutoff_time: "cutoff",
  time_zone: "timeZone",
  longitude: "longitude",
  latitude: "latitude",
  priority: "priority",
  active: "active",
}

/** The server names the field in its 400 message; explain that field's rule under it, in the admin's words. */
export function serverFieldErrors(message: string): FieldErrors {
  const field = FIELDS.find((f) => message.includes(f)) ?? (/country codes/i.test(message) ? "serves_countries" : undefined)
  if (field) return { [field]: { key: FIELD_ERROR_KEYS[field] } }
  return {}
}
