/**
 * Time from placing an order through the store API to the OMS's stored routing decision.
 * Runs against a live store (start it with `npm run demo` first):
 *
 *   npm run bench:order-to-decision -- --orders 200 [--url http://localhost:9000]
 *
 * Latency per order = decision.decided_at - order created_at (both server clocks), so the
 * client's polling interval does not inflate it. Baseline in the same run: the storefront's own
 * cart-complete round trip, to show what routing adds on top of Medusa's checkout.
 */
import { percentile } from "../src/lib/routing"

const args = process.argv.slice(2)
const arg = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`)
  return i >= 0 ? args[i + 1] : fallback
}
const BASE = arg("url", "http://localhost:9000")
const ORDERS = Number(arg("orders", "200"))
const EMAIL = arg("email", "admin@medusa-oms.test")
const PASSWORD = arg("password", "medusa-oms")
const KEY_TITLE = arg("key-title", "Webshop storefront")
const CITIES = [
  { city: "Jakarta Selatan", province: "DKI Jakarta" },
  { city: "Bandung", province: "Jawa Barat" },
  { city: "Surabaya", province: "Jawa Timur" },
  { city: "Medan", province: "Sumatera Utara" },
  { city: "Makassar", province: "Sulawesi Selatan" },
  { city: "Denpasar", province: "Bali" },
]

async function call(path: string, init: RequestInit & { headers?: Record<string, string> } = {}) {
  const res = await fetch(`${BASE}${path}`, {
    ...init,
    headers: { "content-type": "application/json", ...(init.headers ?? {}) },
  })
  const body = await res.json().catch(() => ({}))
  if (!res.ok) {
    throw new Error(`${init.method ?? "GET"} ${path} → ${res.status} ${JSON.stringify(body)}`)
  }
  return body as any
}

async function main() {
  const { token } = await call("/auth/user/emailpass", {
    method: "POST",
    body: JSON.stringify({ email: EMAIL, password: PASSWORD }),
  })
  const admin = { authorization: `Bearer ${token}` }
  const { api_keys } = await call("/admin/api-keys?type=publishable&limit=50", { headers: admin })
  const key = api_keys.find((k: any) => k.title === KEY_TITLE) ?? api_keys[0]
  const store = { "x-publishable-api-key": key.token }
  const { regions } = await call("/store/regions", { headers: store })
  const region = regions.find((r: any) => r.currency_code === "idr") ?? regions[0]
  const { products } = await call(`/store/products?limit=50&region_id=${region.id}&fields=*variants.calculated_price,+variants.inventory_quantity`, { headers: store })
  const variants = products
    .flatMap((p: any) => p.variants)
    .filter((v: any) => (v.inventory_quantity ?? 0) > 20)
    .map((v: any) => v.id)
  if (!variants.length) {
    throw new Error("no variant with stock > 20 found; is the demo seeded?")
  }

  const latencies: number[] = []
  const checkout: number[] = []
  let failed = 0
  for (let i = 0; i < ORDERS; i++) {
    try {
      await placeAndWait(i)
    } catch (error) {
      // A dev server restarting under the bench (file watcher) must not end the run.
      failed++
      console.error(`order ${i}: ${(error as Error).message}`)
      await waitForHealth()
    }
  }

  async function placeAndWait(i: number) {
    const address = { first_name: "Bench", last_name: "Buyer", address_1: "Jl. Uji 1", country_code: "id", ...CITIES[i % CITIES.length] }
    const { cart } = await call("/store/carts", {
      method: "POST",
      headers: store,
      body: JSON.stringify({ region_id: region.id, email: `bench-${Date.now()}-${i}@example.com`, items: [{ variant_id: variants[i % variants.length], quantity: 1 }], shipping_address: address, billing_address: address }),
    })
    const { shipping_options } = await call(`/store/shipping-options?cart_id=${cart.id}`, { headers: store })
    await call(`/store/carts/${cart.id}/shipping-methods`, { method: "POST", headers: store, body: JSON.stringify({ option_id: shipping_options[0].id }) })
    const { payment_collection } = await call("/store/payment-collections", { method: "POST", headers: store, body: JSON.stringify({ cart_id: cart.id }) })
    await call(`/store/payment-collections/${payment_collection.id}/payment-sessions`, { method: "POST", headers: store, body: JSON.stringify({ provider_id: "pp_system_default" }) })
    const started = Date.now()
    const done = await call(`/store/carts/${cart.id}/complete`, { method: "POST", headers: store })
    checkout.push(Date.now() - started)
    if (done.type !== "order") {
      return
    }
    const deadline = Date.now() + 15000
    while (Date.now() < deadline) {
      const { order } = await call(`/admin/oms/orders/${done.order.id}`, { headers: admin })
      if (order.routing && order.stage !== "placed") {
        latencies.push(new Date(order.routing.decided_at).getTime() - new Date(done.order.created_at).getTime())
        break
      }
      await new Promise((r) => setTimeout(r, 20))
    }
  }

  async function waitForHealth() {
    for (let t = 0; t < 120; t++) {
      const ok = await fetch(`${BASE}/health`).then((r) => r.ok).catch(() => false)
      if (ok) return
      await new Promise((r) => setTimeout(r, 1000))
    }
  }

  const row = (name: string, values: number[]) =>
    `| ${name.padEnd(38)} | ${String(values.length).padStart(6)} | ${String(percentile(values, 50)).padStart(7)} | ${String(percentile(values, 95)).padStart(7)} |`
  console.log(`\n${ORDERS} storefront orders against ${BASE}\n`)
  console.log(`| ${"measure".padEnd(38)} | orders |  p50 ms |  p95 ms |`)
  console.log(`|${"-".repeat(40)}|--------|---------|---------|`)
  console.log(row("baseline: POST /store/carts/:id/complete", checkout))
  console.log(row("order placed → routing decision stored", latencies))
  if (failed) console.log(`\n${failed} order(s) not measured (request failed or not routed within 15 s)`)
}

main().catch((error) => {
  console.error(error.message)
  process.exit(1)
})
