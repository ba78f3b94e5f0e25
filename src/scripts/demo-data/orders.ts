/**
 * The demo order history as plain data: who ordered what, shipped where, when. Generated from a
 * seeded PRNG, so order #i is the same on every machine and every run (only its date moves with
 * "now": the history always covers the last 90 days).
 */
import type { DemoDestination } from "./demo-centers"
import type { OrderAddress } from "../demo-store"
import type { CenterKey, DemoProduct } from "./catalog"
import { provinceName } from "./provinces"

export type DemoChannel = "webshop" | "marketplace"

export type AddressKind =
  /** City + province the gazetteer knows. */
  | "city"
  /** Plus a checkout map pin in `metadata.latitude/longitude`, which beats the name lookup. */
  | "pinned"
  /** A village the gazetteer does not know, in a known province: routed from the province centre. */
  | "unknown_city"
  /** Neither city nor province known: no location at all, routing falls back to centre priority. */
  | "unlocatable"

export interface PlannedOrder {
  index: number
  channel: DemoChannel
  email: string
  address: OrderAddress
  address_kind: AddressKind
  items: { sku: string; quantity: number }[]
  placed_at: Date
  /** Routing happens this long after placement in the rewritten timeline. */
  routed_after_ms: number
}

/** mulberry32: tiny, fast, good enough for demo data, and identical in every JS engine. */
export function createRandom(seed: number) {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]
  const weighted = <T>(list: readonly T[], weight: (item: T) => number): T => {
    const total = list.reduce((s, item) => s + weight(item), 0)
    let r = next() * total
    for (const item of list) {
      r -= weight(item)
      if (r < 0) return item
    }
    return list[list.length - 1]
  }
  return { next, int, pick, weighted }
}

const FIRST_NAMES = [
  "Budi", "Siti", "Agus", "Dewi", "Rizky", "Putri", "Andi", "Ayu", "Dimas", "Rina", "Fajar", "Nur",
  "Hendra", "Intan", "Bayu", "Wulan", "Yusuf", "Sri", "Eko", "Lestari", "Made", "Ketut", "Wayan",
  "Nyoman", "Teuku", "Cut", "Ucok", "Butet", "Daeng", "Andi", "Yohanes", "Maria", "Gede", "Ratna",
  "Arief", "Mega", "Irfan", "Fitri", "Joko", "Kartika",
] as const

const LAST_NAMES = [
  "Santoso", "Wijaya", "Pratama", "Saputra", "Hidayat", "Lestari", "Kurniawan", "Setiawan", "Nasution",
  "Siregar", "Harahap", "Simanjuntak", "Sembiring", "Ginting", "Tanjung", "Lubis", "Sitompul",
  "Rahman", "Wibowo", "Susanto", "Halim", "Gunawan", "Tanoto", "Mangkualam", "Pangaribuan",
  "Rumbewas", "Wenda", "Tuwo", "Lumban Gaol", "Latuconsina", "Mahmud", "Situmorang", "Daeng Matta",
] as const

const STREETS = [
  "Jl. Sudirman", "Jl. Merdeka", "Jl. Diponegoro", "Jl. Gajah Mada", "Jl. Ahmad Yani", "Jl. Pemuda",
  "Jl. Pahlawan", "Jl. Imam Bonjol", "Jl. Hasanuddin", "Jl. Kartini", "Jl. Veteran", "Jl. Pattimura",
  "Jl. Teuku Umar", "Jl. Sisingamangaraja", "Jl. Cendrawasih", "Jl. Melati", "Jl. Mawar",
  "Jl. Kenanga", "Jl. Flamboyan", "Jl. Raya Pasar Minggu",
] as const

/** Place names no gazetteer has (invented), for the "city not found" explanations. */
const UNKNOWN_VILLAGES = ["Desa Sukamaju Hilir", "Kampung Durian Runtuh", "Dusun Karang Sentosa"] as const

/** Share of orders sold through the Marketplace channel. */
const MARKETPLACE_SHARE = 0.1
/** How many distinct customers the orders are drawn from (so some come back). */
const CUSTOMER_POOL = 220
const HISTORY_DAYS = 90
/** Shopping hours in WIB (UTC+7) with relative weights: lunch and evening peaks. */
const HOURS: [number, number][] = [
  [7, 1], [8, 2], [9, 3], [10, 4], [11, 5], [12, 7], [13, 6], [14, 4], [15, 4], [16, 4], [17, 4],
  [18, 5], [19, 8], [20, 10], [21, 10], [22, 7], [23, 3], [0, 1],
]
const WIB_OFFSET_MS = 7 * 3600_000
const DAY_MS = 24 * 3600_000

export interface OrderPlanInput {
  count: number
  seed: number
  now: Date
  destinations: DemoDestination[]
  products: DemoProduct[]
  /** Centres the Marketplace channel sells from: its orders only take SKUs stocked there. */
  marketplace_centers: CenterKey[]
}

/**
 * Every order of the history, oldest first. Order i only depends on the seed and i (not on the
 * count), so a run with a larger OMS_SEED_ORDERS extends an earlier history instead of changing it.
 * Placement dates are the one exception: they spread the whole count over the last 90 days.
 */
export function planOrders(input: OrderPlanInput): PlannedOrder[] {
  const random = createRandom(input.seed)
  const customers = Array.from({ length: CUSTOMER_POOL }, (_, i) => {
    const first = random.pick(FIRST_NAMES)
    const last = random.pick(LAST_NAMES)
    const destination = random.weighted(input.destinations, (d) => d.weight)
    const slug = `${first}.${last}`.toLowerCase().replace(/[^a-z.]+/g, "")
    const street = `${random.pick(STREETS)} No. ${random.int(1, 180)}`
    return { first, last, destination, street, email: `${slug}.${i + 1}@example.com` }
  })
  const allVariants = input.products.flatMap((p) =>
    p.variants.map((v) => ({ ...v, weight: (p.popularity * v.demand) / p.variants.reduce((s, x) => s + x.demand, 0) }))
  )
  const marketplaceVariants = allVariants.filter((v) => input.marketplace_centers.some((c) => v.stock[c] > 0))

  const orders: PlannedOrder[] = []
  const minuteOfDay: number[] = []
  for (let index = 0; index < input.count; index++) {
    const channel: DemoChannel = random.next() < MARKETPLACE_SHARE ? "marketplace" : "webshop"
    const customer = random.next() < 0.35 ? random.pick(customers) : null
    const first = customer?.first ?? random.pick(FIRST_NAMES)
    const last = customer?.last ?? random.pick(LAST_NAMES)
    const destination = customer?.destination ?? random.weighted(input.destinations, (d) => d.weight)
    const email = customer?.email ?? `${first}.${last}.o${index + 1}@example.com`.toLowerCase().replace(/ /g, "")
    const street = customer?.street ?? `${random.pick(STREETS)} No. ${random.int(1, 180)}`

    const lineCount = random.weighted([1, 2, 3], (n) => ({ 1: 55, 2: 30, 3: 15 })[n]!)
    const pool = channel === "marketplace" ? marketplaceVariants : allVariants
    const items: PlannedOrder["items"] = []
    while (items.length < lineCount) {
      const v = random.weighted(pool, (x) => x.weight)
      if (items.some((i) => i.sku === v.sku)) continue
      items.push({ sku: v.sku, quantity: random.next() < 0.25 ? 2 : 1 })
    }

    // A few special addresses, at fixed positions so every history of 100+ orders has them.
    const address_kind: AddressKind =
      index % 50 === 13 ? "pinned" : index % 97 === 41 ? "unknown_city" : index % 149 === 77 ? "unlocatable" : "city"
    const address: OrderAddress = {
      first_name: first,
      last_name: last,
      address_1: street,
      city: destination.city,
      province: provinceName(destination.province),
      postal_code: destination.postal_code,
      country_code: destination.country_code.toLowerCase(),
    }
    const jitter = () => Math.round((random.next() - 0.5) * 0.2 * 1e5) / 1e5
    if (address_kind === "pinned") {
      // A map pin from the checkout, up to ~10 km from the city centre (a suburb).
      address.metadata = { latitude: destination.latitude + jitter(), longitude: destination.longitude + jitter() }
    } else if (address_kind === "unknown_city") {
      address.city = random.pick(UNKNOWN_VILLAGES)
    } else if (address_kind === "unlocatable") {
      address.city = random.pick(UNKNOWN_VILLAGES)
      address.province = ""
      address.postal_code = ""
    }

    const hour = random.weighted(HOURS, ([, w]) => w)[0]
    const minute = random.int(0, 59)
    const routed_after_ms = random.int(60, 6 * 60) * 1000
    orders.push({ index, channel, email, address, address_kind, items, placed_at: new Date(0), routed_after_ms })
    minuteOfDay.push(hour * 60 + minute)
  }

  assignDates(orders, minuteOfDay, input.now)
  return orders
}

/**
 * Spreads the orders evenly over the last 90 days (day d gets orders d·n/90 … ), at the drawn local
 * time of day (WIB), never later than 15 minutes ago; then sorts the dates so index order is
 * chronological (the seed places and restocks in that order).
 */
function assignDates(orders: PlannedOrder[], minuteOfDay: number[], now: Date) {
  const latest = now.getTime() - 15 * 60_000
  const todayStartWib = Math.floor((now.getTime() + WIB_OFFSET_MS) / DAY_MS) * DAY_MS - WIB_OFFSET_MS
  const times = orders.map((_, i) => {
    const daysAgo = HISTORY_DAYS - 1 - Math.floor((i * HISTORY_DAYS) / Math.max(orders.length, 1))
    const t = todayStartWib - daysAgo * DAY_MS + minuteOfDay[i] * 60_000
    // Today's orders whose drawn time is still to come land in the last hours instead.
    return t <= latest ? t : latest - ((t - latest) % (6 * 3600_000))
  })
  times.sort((a, b) => a - b)
  orders.forEach((order, i) => (order.placed_at = new Date(times[i])))
}
