import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import axios, { type AxiosInstance } from "axios"
import type { Browser, Page } from "playwright-core"
import { JAKARTA } from "../http/helpers/fixtures"
import { placeOrderOf, waitForRouting } from "../http/helpers/storefront"
import { ADMIN, openAdminPage, startAdminStore } from "./admin-store"

jest.setTimeout(10 * 60 * 1000)

/** With OMS_SCREENSHOTS_DIR set, each screen at 1440×900 and 1024×768, copied once the store has stopped. */
const SHOTS = process.env.OMS_SCREENSHOTS_DIR ? path.resolve(process.env.OMS_SCREENSHOTS_DIR) : null
const SHOTS_TMP = fs.mkdtempSync(path.join(os.tmpdir(), "medusa-oms-stock-shots-"))
async function shoot(page: Page, name: string) {
  if (!SHOTS) return
  for (const [width, height, suffix] of [[1440, 900, ""], [1024, 768, "-1024"]] as const) {
    await page.setViewportSize({ width, height })
    await page.waitForTimeout(400)
    await page.screenshot({ path: path.join(SHOTS_TMP, `${name}${suffix}.png`) })
  }
  await page.setViewportSize({ width: 1440, height: 900 })
}

const rowsOnPage = (page: Page) => page.locator("[data-stock-row]")

/**
 * The stock-health page on a real store: orders placed through the storefront and routed, the
 * figures worked out by the refresh route, then read as a merchant reads them.
 */
describe("stock health in the admin (headless Chromium)", () => {
  let store: Awaited<ReturnType<typeof startAdminStore>>
  let api: AxiosInstance
  let headers: Record<string, string>
  let browser: Browser
  let page: Page
  let list: any
  const post = (url: string, body: Record<string, unknown> = {}) => api.post(url, body, { headers }).catch((e: any) => e.response)

  beforeAll(async () => {
    store = await startAdminStore()
    api = axios.create({ baseURL: store.baseUrl })
    const { data } = await api.post("/auth/user/emailpass", ADMIN)
    headers = { authorization: `Bearer ${data.token}` }
    // Jakarta sells its five batik shirts (all it has) and some tees; the other centres sell nothing.
    for (const items of [[["BATIK", 5]], [["TEE", 3]], [["TEE", 2]]] as [string, number][][]) {
      const orderId = await placeOrderOf(api, store.store, items, JAKARTA)
      await waitForRouting(api, orderId, headers)
    }
    expect((await post("/admin/oms/stock-health/refresh")).status).toBeLessThan(300)
    list = (await api.get("/admin/oms/stock-health?limit=200", { headers })).data

    const admin = await openAdminPage(store.baseUrl, { width: 1440, height: 900 })
    browser = admin.browser
    page = admin.page
  })

  afterAll(async () => {
    await browser?.close()
    await store?.stop()
    if (SHOTS) for (const file of fs.readdirSync(SHOTS_TMP)) fs.copyFileSync(path.join(SHOTS_TMP, file), path.join(SHOTS, file))
    fs.rmSync(SHOTS_TMP, { recursive: true, force: true })
  })

  it("lists every SKU × centre with the counts per condition, fresh from the refresh", async () => {
    expect(list.count).toBeGreaterThan(0)
    await page.goto(`${store.baseUrl}/app/oms/stock`)
    await rowsOnPage(page).first().waitFor()
    expect(await rowsOnPage(page).count()).toBe(Math.min(list.count, 50))
    for (const [condition, n] of Object.entries(list.counts as Record<string, number>)) {
      expect([condition, await page.locator(`[data-condition-chip="${condition}"]`).innerText()]).toEqual([condition, expect.stringContaining(String(n))])
    }
    expect(await page.locator("[data-stock-freshness]").innerText()).toMatch(/^Updated (just now|\d+ min ago)$/)
    // merchant words only: no ids on the page
    expect(await page.locator("main").innerText()).not.toMatch(/\b(iitem|sloc|stkhlth)_/)
    await shoot(page, "stock-health-test")
  })

  it("a condition chip narrows the rows to that condition, a second click shows all again", async () => {
    const counts = list.counts as Record<string, number>
    const condition = Object.keys(counts).find((c) => counts[c] > 0 && counts[c] < list.count)
    expect(condition).toBeDefined() // the seeded sales give more than one condition
    await page.locator(`[data-condition-chip="${condition}"]`).click()
    await page.waitForFunction((n) => document.querySelectorAll("[data-stock-row]").length === n, counts[condition!])
    const shown = await page.locator("[data-stock-row] [data-stock-condition]").evaluateAll((els) => els.map((e) => e.getAttribute("data-stock-condition")))
    expect(new Set(shown)).toEqual(new Set([condition]))
    expect(new URL(page.url()).searchParams.get("condition")).toBe(condition)
    await page.locator(`[data-condition-chip="${condition}"]`).click()
    await page.waitForFunction((n) => document.querySelectorAll("[data-stock-row]").length === n, Math.min(list.count, 50))
  })

  it("a row opens the SKU at every centre with its 90-day sales chart and reorder settings; a wrong setting is named next to its field", async () => {
    const batik = list.rows.find((r: any) => r.sku === "BATIK" && r.stock_location_id === store.store.centers.jakarta)
    expect(batik).toBeDefined()
    await page.goto(`${store.baseUrl}/app/oms/stock?q=BATIK`)
    await page.locator('[data-stock-row="BATIK"]').first().click()
    await page.waitForURL((url) => url.pathname.endsWith(`/oms/stock/${batik.inventory_item_id}`))
    await page.locator("[data-velocity-chart] svg.recharts-surface").waitFor()
    expect(await page.locator("[data-velocity-chart] .recharts-bar-rectangle").count()).toBeGreaterThan(0)
    expect(await page.locator("[data-centre-row]").count()).toBeGreaterThan(0)
    await shoot(page, "stock-sku-test")

    const field = page.locator("#oms-setting-sku-service_level")
    await field.fill("120")
    await page.getByRole("button", { name: "Save settings" }).click()
    await page.locator('[data-field-error="service_level"]').waitFor()
    expect(await page.locator('[data-field-error="service_level"]').innerText()).toBe("Enter a percentage from 50% to 99.9%.")

    await field.fill("97.5")
    await page.getByRole("button", { name: "Save settings" }).click()
    await page.getByText("Set for this product").first().waitFor()
    const item = (await api.get(`/admin/oms/stock-health/items/${batik.inventory_item_id}`, { headers })).data
    const jakarta = item.centres.find((c: any) => c.stock_location_id === store.store.centers.jakarta)
    expect(jakarta.settings).toMatchObject({ service_level: 0.975, source: { service_level: "sku" } })
  })

  it("the product page shows the product's stock by centre", async () => {
    const { data } = await api.get("/admin/products?handle=tee&fields=id", { headers })
    await page.goto(`${store.baseUrl}/app/products/${data.products[0].id}`)
    const widget = page.locator("[data-product-stock]")
    await widget.getByText("Jakarta FC").waitFor()
    expect(await widget.locator("[data-stock-condition]").count()).toBe(list.rows.filter((r: any) => r.sku === "TEE").length)
    await shoot(page, "product-stock-test")
  })
})
