#!/usr/bin/env node
/**
 * Screenshots of the OMS admin screens from a running demo store (`npm run demo` first), in
 * headless Chromium (Debian's /usr/bin/chromium, or CHROMIUM_PATH), at desktop and tablet width.
 * The warehouse part works on the demo's data the way staff would: it creates a small wave at
 * the first centre that has routed orders, picks it, opens a pack session and scans one unit,
 * then shoots the picking, packing and warehouse screens and their print previews.
 *
 * The fulfilment dashboard and returns pages are shot in English and in Bahasa Indonesia (the
 * admin's language is the `lng` cookie and localStorage entry its profile page writes), at
 * 1440×900 and 1024×768; `--only reports` shoots just those, without touching the demo's data.
 * `--only stock` shoots the stock-health page, one SKU's page and the product page's stock card
 * the same way (it refreshes the stock figures first).
 *
 * `--only transfers` runs a transfer valuation on the demo's history and shoots the stock
 * transfers page.
 *
 *   node scripts/screenshots.mjs [--url http://localhost:9000] [--out docs/screenshots] [--only reports|stock|transfers]
 */
import fs from "node:fs"
import path from "node:path"
import { launchChromium, signedInPage } from "./lib/admin-browser.mjs"

const args = process.argv.slice(2)
const arg = (name, fallback) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : fallback)
const BASE = arg("url", "http://localhost:9000")
const OUT = arg("out", "docs/screenshots")
const EMAIL = arg("email", "admin@medusa-oms.test")
const PASSWORD = arg("password", "medusa-oms")
const ONLY = arg("only", null)

async function api(pathname, token, init = {}) {
  const res = await fetch(`${BASE}${pathname}`, {
    ...init,
    headers: { "content-type": "application/json", authorization: `Bearer ${token}`, ...(init.headers ?? {}) },
  })
  return res.json()
}

async function main() {
  fs.mkdirSync(OUT, { recursive: true })
  const { token } = await (
    await fetch(`${BASE}/auth/user/emailpass`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: EMAIL, password: PASSWORD }),
    })
  ).json()
  if (ONLY === "stock") {
    const browser = await launch()
    await stockShots(browser, token)
    return browser.close()
  }
  if (ONLY === "transfers") {
    const browser = await launch()
    await transferShots(browser, token)
    return browser.close()
  }
  if (ONLY === "reports") {
    const browser = await launch()
    await reportShots(browser)
    return browser.close()
  }
  // An order that was split, one that was back-ordered, and a plain one, for the widget.
  const { orders } = await api("/admin/orders?limit=300&fields=id,display_id", token)
  const views = []
  for (const o of orders.slice(0, 300)) {
    const { order } = await api(`/admin/oms/orders/${o.id}`, token)
    views.push(order)
  }
  const split = views.find((o) => o.routing?.allocations.length > 1)
  const backordered = views.find((o) => o.stage === "backordered")
  const plain = views.find((o) => o.routing?.allocations.length === 1 && o.stage === "routed")
  const { centers } = await api("/admin/oms/centers", token)

  const browser = await launch()
  await reportShots(browser)
  const shots = [
    ["centers", "/app/oms/centers", null],
    ["simulator", "/app/oms/routing", async (page) => {
      await page.getByRole("button", { name: /run/i }).first().click()
      await page.waitForTimeout(6000)
    }],
    ["order-split", split && `/app/orders/${split.id}`, async (page) => {
      await page.getByText(/^Why\?/).first().click()
      await page.waitForTimeout(500)
    }],
    ["order-backordered", backordered && `/app/orders/${backordered.id}`, null],
    ["order-routed", plain && `/app/orders/${plain.id}`, null],
    ["location-profile", centers[0] && `/app/settings/locations/${centers[0].stock_location_id}`, null],
  ]
  // Tall viewports: the admin scrolls inside its own container, so full-page shots would stop at the fold.
  for (const [width, height, suffix] of [[1440, 2400, ""], [820, 2600, "-tablet"]]) {
    const { context, page } = await login(browser, width, height)
    for (const [name, url, act] of shots) {
      if (!url) {
        console.log(`skipped ${name}: no matching data`)
        continue
      }
      await shoot(page, url, `${name}${suffix}`, act)
    }
    await context.close()
  }
  await warehouseShots(browser, token, centers)
  await browser.close()
}

const launch = launchChromium
const login = (browser, width, height, language = null) =>
  signedInPage(browser, { base: BASE, email: EMAIL, password: PASSWORD, width, height, language })

async function shoot(page, url, name, act) {
  if (url) {
    await page.goto(`${BASE}${url}`)
    await page.waitForLoadState("networkidle")
    await page.waitForTimeout(1500)
  }
  if (act) await act(page)
  const file = path.join(OUT, `${name}.png`)
  await page.screenshot({ path: file, fullPage: true })
  console.log(`wrote ${file}`)
}

/** The dashboard and returns pages in English and Bahasa Indonesia, desktop and small laptop. */
async function reportShots(browser) {
  for (const language of ["en", "id"]) {
    for (const [width, height, suffix] of [[1440, 900, ""], [1024, 768, "-1024"]]) {
      const { context, page } = await login(browser, width, height, language)
      const pages = [
        ["dashboard", "/app/oms/dashboard?range=30"],
        ["returns", "/app/oms/returns?range=365"],
        // Medusa's order list with the work queues above it, and the queues page behind a count
        ["orders-queues", "/app/orders"],
        ["queues", "/app/oms/queues?queue=waiting_to_wave"],
        ["queues-at-risk", "/app/oms/queues?queue=at_risk"],
      ]
      // the empty states, on a month before the demo's history
      if (!suffix) pages.push(["dashboard-empty", "/app/oms/dashboard?range=custom&from=2025-01-01&to=2025-01-31"], ["returns-empty", "/app/oms/returns?range=custom&from=2025-01-01&to=2025-01-31"])
      for (const [name, url] of pages) {
        await page.goto(`${BASE}${url}`)
        await page.waitForLoadState("networkidle")
        await page.waitForTimeout(1500)
        const file = path.join(OUT, `${name}-${language}${suffix}.png`)
        await page.screenshot({ path: file })
        console.log(`wrote ${file}`)
      }
      await context.close()
    }
    // the sections further down, whole, on a tall window: customer feedback and the return rates
    const { context, page } = await login(browser, 1440, 2600, language)
    for (const [name, url, section] of [
      ["dashboard-feedback", "/app/oms/dashboard?range=90", "customer-feedback"],
      ["returns-rates", "/app/oms/returns?range=365", "return-rates"],
      ["returns-rates-centre", "/app/oms/returns?range=365&by=centre", "return-rates"],
    ]) {
      await page.goto(`${BASE}${url}`)
      await page.waitForLoadState("networkidle")
      await page.waitForTimeout(2000)
      const file = path.join(OUT, `${name}-${language}.png`)
      await page.locator(`[data-oms-section="${section}"]`).screenshot({ path: file })
      console.log(`wrote ${file}`)
    }
    await context.close()
  }
}

/**
 * The stock-health page, the SKU that ran out (or the fastest seller) at every centre with its
 * sales chart, and the product page's stock card, in both languages at 1440×900 and 1024×768.
 */
async function stockShots(browser, token) {
  await api("/admin/oms/stock-health/refresh", token, { method: "POST", body: "{}" })
  const { rows } = await api("/admin/oms/stock-health?condition=stock_out&limit=1", token)
  const sku = rows[0] ?? (await api("/admin/oms/stock-health?sort=velocity_28&order=desc&limit=1", token)).rows[0]
  const { variants } = await api(`/admin/product-variants?sku=${encodeURIComponent(sku.sku)}&fields=product_id`, token)
  for (const language of ["en", "id"]) {
    for (const [width, height, suffix] of [[1440, 900, ""], [1024, 768, "-1024"]]) {
      const { context, page } = await login(browser, width, height, language)
      const pages = [
        ["stock-health", "/app/oms/stock"],
        ["stock-health-low", "/app/oms/stock?condition=stock_out,low"],
        ["stock-sku", `/app/oms/stock/${sku.inventory_item_id}?centre=${sku.stock_location_id}`],
        ["product-stock", variants?.[0] && `/app/products/${variants[0].product_id}`],
      ]
      for (const [name, url] of pages) {
        if (!url) continue
        await page.goto(`${BASE}${url}`)
        await page.waitForLoadState("networkidle")
        await page.waitForTimeout(1500)
        if (name === "product-stock") await page.locator("[data-product-stock]").scrollIntoViewIfNeeded()
        const file = path.join(OUT, `${name}-${language}${suffix}.png`)
        await page.screenshot({ path: file })
        console.log(`wrote ${file}`)
      }
      await context.close()
    }
  }
  // the SKU page whole (chart and settings form), on a tall window
  const { context, page } = await login(browser, 1440, 2000, "en")
  await page.goto(`${BASE}/app/oms/stock/${sku.inventory_item_id}?centre=${sku.stock_location_id}`)
  await page.waitForLoadState("networkidle")
  await page.waitForTimeout(1500)
  await page.screenshot({ path: path.join(OUT, "stock-sku-full-en.png") })
  await context.close()
}

/**
 * The stock transfers page: a valuation run on the demo's history first (through the API, waited
 * for), then the ranked list, the accept confirmation and, with the run answer held at 7 of 20, the
 * progress bar, in both languages at 1440×900 and 1024×768.
 */
async function transferShots(browser, token) {
  // the stock-health rows the suggestions start from, up to date
  await api("/admin/oms/stock-health/refresh", token, { method: "POST", body: "{}" })
  const { run } = await api("/admin/oms/transfers/runs", token, { method: "POST", body: JSON.stringify({ days: 365 }) })
  for (let i = 0; i < 120; i++) {
    const { run: now } = await api(`/admin/oms/transfers/runs/${run?.id}`, token)
    if (!now || now.status !== "running") break
    await new Promise((r) => setTimeout(r, 1000))
  }
  for (const language of ["en", "id"]) {
    for (const [width, height, suffix] of [[1440, 900, ""], [1024, 768, "-1024"]]) {
      const { context, page } = await login(browser, width, height, language)
      await shoot(page, "/app/oms/transfers", `transfers-${language}${suffix}`)
      const accept = page.getByRole("button", { name: language === "id" ? "Pindahkan stok" : "Move stock" }).first()
      if (await accept.count()) {
        await accept.click()
        await page.waitForTimeout(800)
        await shoot(page, null, `transfers-confirm-${language}${suffix}`)
        await page.keyboard.press("Escape")
      }
      // the progress bar of a run under way (the run's answer held at 7 of 20)
      await page.route("**/admin/oms/transfers?*", async (route) => {
        const response = await route.fetch()
        const body = await response.json()
        const running = { ...(body.run ?? {}), id: body.run?.id ?? "stkrun_demo", status: "running", total: 20, done: 7, finished_at: null }
        await route.fulfill({ response, json: { ...body, run: running } })
      })
      await page.route("**/admin/oms/transfers/runs/*", (route) => route.fulfill({ json: { run: { id: "stkrun_demo", status: "running", days: 90, orders: 0, total: 20, done: 7, started_at: new Date().toISOString(), finished_at: null, error: null } } }))
      await shoot(page, "/app/oms/transfers", `transfers-progress-${language}${suffix}`)
      await context.close()
    }
  }
}

/** Shoots a print preview: clicks the print button, renders with the print stylesheet. */
async function shootPrint(page, button, name) {
  await page.getByRole("button", { name: button }).first().click()
  await page.waitForTimeout(800)
  await page.emulateMedia({ media: "print" })
  await shoot(page, null, name)
  await page.emulateMedia({ media: "screen" })
  await page.getByRole("button", { name: /close/i }).first().click()
}

/** The bench screens as staff see them without scrolling: desktop 1440×900, tablet 820×1180. */
async function bothSizes(page, url, name) {
  for (const [width, height, suffix] of [[1440, 900, ""], [820, 1180, "-tablet"]]) {
    await page.setViewportSize({ width, height })
    await page.goto(`${BASE}${url}`)
    await page.waitForLoadState("networkidle")
    await page.waitForTimeout(1500)
    const file = path.join(OUT, `${name}${suffix}.png`)
    await page.screenshot({ path: file })
    console.log(`wrote ${file}`)
  }
  await page.setViewportSize({ width: 820, height: 1400 })
}

async function warehouseShots(browser, token, centers) {
  let wave = null
  for (const c of centers) {
    const res = await api("/admin/oms/waves", token, {
      method: "POST",
      body: JSON.stringify({ stock_location_id: c.stock_location_id, mode: "batch", max_orders: 3 }),
    })
    if (res.wave) {
      wave = res.wave
      break
    }
  }
  if (!wave) {
    console.log("skipped picking and packing: no centre has routed orders to wave")
    return
  }
  const centre = wave.stock_location_id
  const { page, context } = await login(browser, 820, 1400)
  const picking = `/app/oms/picking?centre=${centre}&wave=${wave.id}`
  await bothSizes(page, picking, "picking")
  await shootPrint(page, /print pick list/i, "pick-list-print")

  // Pick the whole wave, then pack its first order halfway.
  for (const line of wave.lines) {
    await api(`/admin/oms/waves/${wave.id}/picks`, token, {
      method: "POST",
      body: JSON.stringify({ pick_line_id: line.id, bin_code: line.bin_code, item_barcode: line.sku, quantity: line.quantity }),
    })
  }
  const { pack_session } = await api("/admin/oms/pack-sessions", token, {
    method: "POST",
    body: JSON.stringify({ order_id: wave.orders[0].order_id, stock_location_id: centre }),
  })
  if (pack_session) {
    const first = pack_session.expected_items[0]
    await api(`/admin/oms/pack-sessions/${pack_session.id}/scans`, token, {
      method: "POST",
      body: JSON.stringify({ barcode: first.barcode ?? first.sku }),
    })
    await bothSizes(page, `/app/oms/packing?session=${pack_session.id}`, "packing")
    await shootPrint(page, /print packing slip/i, "packing-slip-print")
  }
  await context.close()

  const desktop = await login(browser, 1440, 1800)
  await shoot(desktop.page, `/app/oms/warehouse?centre=${centre}`, "warehouse")
  await shootPrint(desktop.page, /print these/i, "bin-labels-print")
  await desktop.context.close()
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
