/** What the checkout bench does over HTTP: a storefront's cart steps, and admin stock settings. */

export interface Answer {
  status: number
  body: any
}

export async function call(base: string, path: string, init: { method?: string; headers?: Record<string, string>; body?: unknown } = {}): Promise<Answer> {
  const res = await fetch(`${base}${path}`, {
    method: init.method ?? (init.body === undefined ? "GET" : "POST"),
    headers: { "content-type": "application/json", ...(init.headers ?? {}) },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  })
  const body = await res.json().catch(() => ({}))
  return { status: res.status, body }
}

async function ok(base: string, path: string, init: Parameters<typeof call>[2] = {}) {
  const answer = await call(base, path, init)
  if (answer.status >= 300) {
    throw new Error(`${init.method ?? (init.body === undefined ? "GET" : "POST")} ${path} → ${answer.status} ${JSON.stringify(answer.body)}`)
  }
  return answer.body
}

const CITIES = [
  { city: "Jakarta Selatan", province: "DKI Jakarta" },
  { city: "Surabaya", province: "Jawa Timur" },
  { city: "Medan", province: "Sumatera Utara" },
  { city: "Makassar", province: "Sulawesi Selatan" },
]

/** Cart → address → shipping method → payment session: everything before "Place order". */
export async function prepareCart(base: string, store: { publishable_key: string; region_id: string }, variantId: string, i: number) {
  const headers = { "x-publishable-api-key": store.publishable_key }
  const address = { first_name: "Bench", last_name: "Buyer", address_1: "Jl. Uji 1", country_code: "id", ...CITIES[i % CITIES.length] }
  const { cart } = await ok(base, "/store/carts", {
    headers,
    body: {
      region_id: store.region_id,
      email: `bench-${Date.now()}-${i}-${Math.random().toString(36).slice(2)}@example.com`,
      items: [{ variant_id: variantId, quantity: 1 }],
      shipping_address: address,
      billing_address: address,
    },
  })
  const { shipping_options } = await ok(base, `/store/shipping-options?cart_id=${cart.id}`, { headers })
  await ok(base, `/store/carts/${cart.id}/shipping-methods`, { headers, body: { option_id: shipping_options[0].id } })
  const { payment_collection } = await ok(base, "/store/payment-collections", { headers, body: { cart_id: cart.id } })
  await ok(base, `/store/payment-collections/${payment_collection.id}/payment-sessions`, { headers, body: { provider_id: "pp_system_default" } })
  return cart.id as string
}

export async function adminToken(base: string, email: string, password: string) {
  const { token } = await ok(base, "/auth/user/emailpass", { body: { email, password } })
  return { authorization: `Bearer ${token}` }
}

export interface Level {
  location_id: string
  stocked_quantity: number
  reserved_quantity: number
}

export async function levelsOf(base: string, admin: Record<string, string>, inventoryItemId: string): Promise<Level[]> {
  const { inventory_levels } = await ok(base, `/admin/inventory-items/${inventoryItemId}/location-levels?limit=100`, { headers: admin })
  return inventory_levels.map((l: any) => ({
    location_id: l.location_id,
    stocked_quantity: Number(l.stocked_quantity),
    reserved_quantity: Number(l.reserved_quantity),
  }))
}

/** Sets what each centre can still sell (stocked = reserved + available). */
export async function setAvailable(base: string, admin: Record<string, string>, inventoryItemId: string, available: Record<string, number>) {
  const levels = await levelsOf(base, admin, inventoryItemId)
  for (const level of levels) {
    if (!(level.location_id in available)) continue
    await ok(base, `/admin/inventory-items/${inventoryItemId}/location-levels/${level.location_id}`, {
      headers: admin,
      body: { stocked_quantity: level.reserved_quantity + available[level.location_id] },
    })
  }
}

/** Runs `jobs` with at most `limit` in flight; results in input order. */
export async function pool<T, R>(items: T[], limit: number, job: (item: T, i: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length)
  let next = 0
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const i = next++
        results[i] = await job(items[i], i)
      }
    })
  )
  return results
}
