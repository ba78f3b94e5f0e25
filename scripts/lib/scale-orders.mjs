/**
 * Storefront orders for `npm run test:scale`, placed the way a storefront does over the store
 * API (cart → address → shipping → payment session → complete), many at a time.
 */
const CITIES = [
  { city: "Jakarta Selatan", province: "DKI Jakarta" },
  { city: "Bandung", province: "Jawa Barat" },
  { city: "Surabaya", province: "Jawa Timur" },
  { city: "Medan", province: "Sumatera Utara" },
  { city: "Makassar", province: "Sulawesi Selatan" },
  { city: "Denpasar", province: "Bali" },
  { city: "Semarang", province: "Jawa Tengah" },
]

/** Small deterministic PRNG (mulberry32): same seed, same orders. */
function random(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** `count` orders of 1–3 everyday items, some with the scarce or the back-orderable item. */
export function planOrders(store, count, seed) {
  const next = random(seed)
  const pick = (list) => list[Math.floor(next() * list.length)]
  return Array.from({ length: count }, (_, index) => {
    const skus = new Set()
    const lines = 1 + Math.floor(next() * 3)
    while (skus.size < lines) skus.add(pick(store.everyday))
    const items = [...skus].map((sku) => ({ variant_id: store.variants[sku], quantity: 1 + Math.floor(next() * 2) }))
    if (next() < 0.1) items.push({ variant_id: store.variants[store.scarce], quantity: 1 })
    if (next() < 0.1) items.push({ variant_id: store.variants[store.backorder], quantity: 1 + Math.floor(next() * 2) })
    return { index, items, address: pick(CITIES) }
  })
}

async function call(baseUrl, headers, path, body) {
  const res = await fetch(`${baseUrl}${path}`, {
    method: body === undefined ? "GET" : "POST",
    headers: { "content-type": "application/json", ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const data = await res.json().catch(() => ({}))
  if (!res.ok) throw new Error(`${path.split("?")[0]} → ${res.status} ${JSON.stringify(data).slice(0, 200)}`)
  return data
}

async function placeOne(baseUrl, store, order) {
  const headers = { "x-publishable-api-key": store.publishable_key }
  const address = { first_name: "Scale", last_name: "Buyer", address_1: "Jl. Uji 1", country_code: "id", ...order.address }
  const { cart } = await call(baseUrl, headers, "/store/carts", {
    region_id: store.region_id,
    email: `scale-${order.index}-${Date.now()}@example.com`,
    items: order.items,
    shipping_address: address,
    billing_address: address,
  })
  const { shipping_options } = await call(baseUrl, headers, `/store/shipping-options?cart_id=${cart.id}`)
  await call(baseUrl, headers, `/store/carts/${cart.id}/shipping-methods`, { option_id: shipping_options[0].id })
  const { payment_collection } = await call(baseUrl, headers, "/store/payment-collections", { cart_id: cart.id })
  await call(baseUrl, headers, `/store/payment-collections/${payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" })
  const done = await call(baseUrl, headers, `/store/carts/${cart.id}/complete`, {})
  if (done.type !== "order") throw new Error(`checkout refused: ${JSON.stringify(done.error ?? done).slice(0, 200)}`)
  return done.order.id
}

/**
 * Places `orders` with at most `concurrency` checkouts in flight. `onProgress(placedCount)` is
 * called after each order (the scale test kills a worker from there).
 */
export async function placeOrders({ baseUrl, store, orders, concurrency, onProgress = () => {} }) {
  const placed = []
  const failed = []
  let nextIndex = 0
  const started = performance.now()
  const runner = async () => {
    while (nextIndex < orders.length) {
      const order = orders[nextIndex++]
      try {
        placed.push({ index: order.index, id: await placeOne(baseUrl, store, order) })
      } catch (error) {
        failed.push({ index: order.index, error: error.message })
      }
      await onProgress(placed.length + failed.length)
    }
  }
  await Promise.all(Array.from({ length: concurrency }, runner))
  return { placed, failed, ms: performance.now() - started }
}
