import { INT4_MAX } from "./numbers"

/**
 * Documented maxima for what the admin API accepts (README, "Limits"). Each is far above what a
 * warehouse uses and low enough that the work a request causes stays bounded.
 */

/** Ids: Medusa's are `prefix_` + a 26-character ULID; hosts may create their own, so only a floor. */
export const ID_MAX_LENGTH = 100
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]*$/
/** Medusa-style ids the plugin generates itself: `wave_01J…`. */
export const ULID_PATTERN = /^[0-9A-HJKMNP-TV-Z]{26}$/

export const TEXT_MAX_LENGTH = {
  name: 100,
  barcode: 128,
  bin_code: 64,
  reason: 500,
  tracking_number: 100,
  search: 100,
  province: 100,
  time_zone: 64,
} as const

/** Metadata objects: serialised size and nesting. */
export const METADATA_MAX_BYTES = 16_384
export const METADATA_MAX_DEPTH = 5
/** Any JSON body or query sent to the plugin's routes. */
export const MAX_JSON_DEPTH = 32

export const LIST_MAX = {
  /** Page size of list routes. */
  page: 200,
  bins_page: 1000,
  /** Offset of list routes (an int4 for the database). */
  offset: INT4_MAX,
  order_ids: 500,
  shipping_option_ids: 50,
  tracking_numbers: 20,
  serves_countries: 250,
  serves_provinces: 200,
} as const

export const QUANTITY_MAX = {
  /** Units in one bin-stock move, pick or count. */
  move: 1_000_000,
  /** Units of one line in a carton recommendation. */
  recommend_line: 1000,
  recommend_lines: 200,
  /** Units in one carton recommendation in total (see src/lib/packing: the search grows faster than linearly). */
  recommend_total: 300,
} as const

export const CENTER_MAX = {
  priority: 10_000,
  daily_order_capacity: 1_000_000,
} as const

export const CARTON_MAX = {
  /** Inner side, centimetres (10 m). */
  side_cm: 1000,
  /** Tare and gross limit, grams (1 t). */
  weight_g: 1_000_000,
  /** Carton cost, in the centre's currency (a `real`: about 7 significant digits). */
  cost: 1_000_000_000,
  /** Cartons a centre keeps (each one is tried for every parcel of a recommendation). */
  catalogue: 20,
} as const

export const WAVE_MAX = {
  orders: 200,
  items: 2000,
  cart_totes: 100,
  /** Order priority (metadata `oms_priority`), either sign. */
  priority: 1_000_000,
} as const

export const SIMULATION_MAX_ORDERS = 5000

/** Date-times accepted in filters: four-digit years PostgreSQL and JavaScript agree on. */
export const DATE_MIN = Date.UTC(1900, 0, 1)
export const DATE_MAX = Date.UTC(9999, 11, 31, 23, 59, 59, 999)
