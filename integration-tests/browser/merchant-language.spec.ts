import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import axios, { type AxiosInstance } from "axios"
import type { Browser, Locator, Page } from "playwright-core"
import { JAKARTA } from "../http/helpers/fixtures"
import { placeOrderOf, waitForRouting } from "../http/helpers/storefront"
import { stockJakartaBins } from "../http/helpers/warehouse"
import { ADMIN, openAdminPage, startAdminStore } from "./admin-store"

jest.setTimeout(10 * 60 * 1000)

/** What staff must never read: internal ids, API paths, algorithm names, raw milliseconds. */
const JARGON: [string, RegExp][] = [
  ["internal id", /_01[0-9A-Z]{20,}/],
  ["API path", /\/admin\//],
  ["algorithm name", /gazetteer|ratliff|rosenthal|haversine/i],
  ["raw milliseconds", /\d\s?ms\b/],
]
const jargonIn = (text: string) => JARGON.filter(([, pattern]) => pattern.test(text)).map(([what]) => `${what}: ${text.match(JARGON.find(([w]) => w === what)![1])![0]}`)

/** With OMS_SCREENSHOTS_DIR set, each screen at 1440×900 and 1024×768, copied once the store has stopped. */
const SHOTS = process.env.OMS_SCREENSHOTS_DIR ? path.resolve(process.env.OMS_SCREENSHOTS_DIR) : null
const SHOTS_TMP = fs.mkdtempSync(path.join(os.tmpdir(), "medusa-oms-language-shots-"))

/**
 * The order page's routing widget, the location profile, the centres, the simulator and the
 * warehouse page with the admin in Bahasa Indonesia (the `lng` cookie the profile page sets), on a
 * real store: each says its Indonesian heading, and none shows an id, an API path, an algorithm
 * name or a millisecond figure — nor does the toast of a re-route.
 */
describe("OMS screens in Bahasa Indonesia (headless Chromium)", () => {
  let store: Awaited<ReturnType<typeof startAdminStore>>
  let api: AxiosInstance
  let headers: Record<string, string>
  let browser: Browser
  let page: Page
  let orderId: string

  beforeAll(async () => {
    store = await startAdminStore()
    api = axios.create({ baseURL: store.baseUrl })
    const { data } = await api.post("/auth/user/emailpass", ADMIN)
    headers = { authorization: `Bearer ${data.token}` }
    await stockJakartaBins(api, headers, store.store)
    orderId = await placeOrderOf(api, store.store, [["TEE", 2], ["BATIK", 1]], JAKARTA)
    await waitForRouting(api, orderId, headers)

    const admin = await openAdminPage(store.baseUrl, { width: 1440, height: 900 })
    browser = admin.browser
    page = admin.page
    await page.context().addCookies([{ name: "lng", value: "id", url: store.baseUrl }])
    await page.evaluate(() => window.localStorage.setItem("lng", "id"))
  })

  afterAll(async () => {
    await browser?.close()
    await store?.stop()
    if (SHOTS) for (const file of fs.readdirSync(SHOTS_TMP)) fs.copyFileSync(path.join(SHOTS_TMP, file), path.join(SHOTS, file))
    fs.rmSync(SHOTS_TMP, { recursive: true, force: true })
  })

  /** The card (Medusa UI Container) whose heading is `heading`. */
  const card = (heading: string): Locator =>
    page.locator("div.shadow-elevation-card-rest", { has: page.getByRole("heading", { name: heading, exact: true }) }).first()

  async function open(url: string, heading: string) {
    await page.goto(`${store.baseUrl}/app${url}`)
    await page.getByRole("heading", { name: heading, exact: true }).first().waitFor()
    await page.waitForLoadState("networkidle")
  }

  let language = "id"
  async function shoot(name: string, target?: Locator) {
    if (!SHOTS) return
    for (const [width, height, suffix] of [[1440, 900, ""], [1024, 768, "-1024"]] as const) {
      await page.setViewportSize({ width, height })
      await page.waitForTimeout(400)
      if (target) await target.screenshot({ path: path.join(SHOTS_TMP, `${name}-${language}${suffix}.png`) })
      else await page.screenshot({ path: path.join(SHOTS_TMP, `${name}-${language}${suffix}.png`) })
    }
    await page.setViewportSize({ width: 1440, height: 900 })
  }

  const mainText = () => page.locator("main").innerText()

  it("order page: the routing widget explains the decision in Indonesian, with items by name and no jargon", async () => {
    await open(`/orders/${orderId}`, "Perutean pemenuhan")
    const widget = card("Perutean pemenuhan")
    await widget.getByRole("button", { name: /^Mengapa\?/ }).click()
    await widget.getByText("Tujuan", { exact: true }).waitFor()
    const text = await widget.innerText()
    expect(text).toMatch(/Pusat terdekat dengan stok lengkap|Dipecah ke/)
    expect(text).toMatch(/Ditempatkan (menurut kotanya|di tengah provinsinya)/)
    expect(text).toMatch(/Linimasa/)
    expect(jargonIn(text)).toEqual([])
    await widget.scrollIntoViewIfNeeded()
    await shoot("order-routing", widget)

    // the re-route drawer and its toast
    await widget.getByRole("button", { name: "Rutekan ulang", exact: true }).click()
    const drawer = page.getByRole("dialog")
    await drawer.getByText("Biarkan strategi memutuskan").first().waitFor()
    expect(jargonIn(await drawer.innerText())).toEqual([])
    await drawer.getByRole("button", { name: "Rutekan ulang", exact: true }).click()
    const toast = page.locator("[data-sonner-toast]").filter({ hasText: "Pesanan dirutekan ulang" })
    await toast.waitFor()
    expect(jargonIn(await toast.innerText())).toEqual([])
  })

  it("location page: the centre profile, its form errors in Indonesian", async () => {
    await open(`/settings/locations/${store.store.centers.jakarta}`, "Profil pusat pemenuhan")
    const widget = card("Profil pusat pemenuhan")
    await widget.locator("#oms-center-latitude").fill("abc")
    await widget.getByRole("button", { name: "Simpan profil" }).click()
    await widget.getByText("Isi lintang antara -90 dan 90 dengan titik desimal, mis. -6.2.").waitFor()
    expect(jargonIn(await widget.innerText())).toEqual([])
    await shoot("location-profile", widget)
  })

  it("centres, simulator and warehouse pages read in Indonesian without jargon", async () => {
    await open("/oms/centers", "Pusat pemenuhan")
    await page.getByText("Stok per pusat").waitFor()
    expect(jargonIn(await mainText())).toEqual([])
    await shoot("centres")

    await open("/oms/routing", "Simulator perutean")
    await page.getByRole("button", { name: "Jalankan simulasi" }).click()
    await page.getByRole("heading", { name: "Perbandingan" }).waitFor()
    await page.getByRole("heading", { name: "Contoh pesanan" }).waitFor()
    const simulator = await mainText()
    expect(simulator).toMatch(/Ditempatkan (menurut kotanya|di tengah provinsinya)/)
    expect(jargonIn(simulator)).toEqual([])
    await shoot("simulator")

    await open(`/oms/warehouse?centre=${store.store.centers.jakarta}`, "Gudang")
    await page.getByRole("heading", { name: "Penempatan stok" }).waitFor()
    await page.getByRole("heading", { name: "Rak", exact: true }).waitFor()
    await page.getByRole("cell").first().waitFor()
    expect(jargonIn(await mainText())).toEqual([])
    await shoot("warehouse")

    // a centre without a layout says what to do, not which API to call
    const other = store.store.centers.surabaya ?? store.store.centers.medan
    await open(`/oms/warehouse?centre=${other}`, "Gudang")
    await page.getByText(/belum memiliki tata letak gudang/).waitFor()
    expect(jargonIn(await mainText())).toEqual([])
  })

  it("the same screens in English have no jargon either", async () => {
    language = "en"
    await page.context().addCookies([{ name: "lng", value: "en", url: store.baseUrl }])
    await page.evaluate(() => window.localStorage.setItem("lng", "en"))
    await open(`/orders/${orderId}`, "Fulfilment routing")
    const widget = card("Fulfilment routing")
    await widget.getByRole("button", { name: /^Why\?/ }).click()
    await widget.getByText("Destination", { exact: true }).waitFor()
    expect(jargonIn(await widget.innerText())).toEqual([])
    await widget.scrollIntoViewIfNeeded()
    await shoot("order-routing", widget)
    await open(`/settings/locations/${store.store.centers.jakarta}`, "Fulfilment centre profile")
    await shoot("location-profile", card("Fulfilment centre profile"))
    for (const [name, url, heading] of [["centres", "/oms/centers", "Fulfilment centres"], ["warehouse", `/oms/warehouse?centre=${store.store.centers.jakarta}`, "Warehouse"]]) {
      await open(url, heading)
      await page.waitForTimeout(1000)
      expect(jargonIn(await mainText())).toEqual([])
      await shoot(name)
    }
    await open("/oms/routing", "Routing simulator")
    await page.getByRole("button", { name: "Run simulation" }).click()
    await page.getByRole("heading", { name: "Sample orders" }).waitFor()
    expect(jargonIn(await mainText())).toEqual([])
    await shoot("simulator")
    language = "id"
    await page.context().addCookies([{ name: "lng", value: "id", url: store.baseUrl }])
    await page.evaluate(() => window.localStorage.setItem("lng", "id"))
    await open("/oms/centers", "Pusat pemenuhan")
  })

  it("the sidebar names every OMS page in Indonesian", async () => {
    await page.getByRole("link", { name: "Gudang" }).first().waitFor()
    const nav = await page.locator("body").innerText()
    for (const label of ["Pusat pemenuhan", "Simulator perutean", "Pengambilan", "Pengemasan", "Gudang"]) expect(nav).toContain(label)
  })
})
