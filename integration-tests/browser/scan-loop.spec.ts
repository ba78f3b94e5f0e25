import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import axios, { type AxiosInstance } from "axios"
import type { Browser, Page } from "playwright-core"
import { placeOrderOf, waitForRouting } from "../http/helpers/storefront"
import { stockJakartaBins } from "../http/helpers/warehouse"
import { CARTON, JAKARTA } from "../http/helpers/fixtures"
import { ADMIN, openAdminPage, startAdminStore } from "./admin-store"

jest.setTimeout(10 * 60 * 1000)

/** Keyboard-wedge scanner: the code's characters, then Enter; the next scan 50 ms later. */
const SCAN_GAP_MS = 50
async function scan(page: Page, code: string) {
  await page.keyboard.type(code, { delay: 3 })
  await page.keyboard.press("Enter")
  await page.waitForTimeout(SCAN_GAP_MS)
}

/** A tap on the screen (no button, no field): focus leaves the scan input. */
const tap = (page: Page) => page.locator("[data-scan-focus-title]").click()

/** The two tablet sizes the scanning screens are made for: landscape and portrait. */
const TABLETS = [
  { width: 1024, height: 768, suffix: "1024" },
  { width: 768, height: 1024, suffix: "768" },
] as const

/** Each element's box lies inside the viewport: seen without scrolling. */
async function expectInView(page: Page, selectors: string[]) {
  const viewport = page.viewportSize()!
  const outside: string[] = []
  for (const selector of selectors) {
    const box = await page.locator(selector).first().boundingBox()
    if (!box || box.x < 0 || box.y < 0 || box.x + box.width > viewport.width || box.y + box.height > viewport.height) {
      outside.push(`${selector} at ${JSON.stringify(box)} in ${viewport.width}×${viewport.height}`)
    }
  }
  expect(outside).toEqual([])
}

/** The admin's language, as its profile page stores it (i18next's detector reads both), then a reload. */
async function useLanguage(page: Page, baseUrl: string, language: "en" | "id") {
  await page.context().addCookies([{ name: "lng", value: language, url: baseUrl }])
  await page.evaluate((lng) => window.localStorage.setItem("lng", lng), language)
  await page.reload()
  await page.waitForSelector("[data-scan-input]")
}

const PICK_SCREEN = ["[data-pick=bin]", "[data-pick=item]", "[data-pick=quantity]", "[data-pick=tote]", "[data-scan-input]", "[data-scan-answer]"]
const PACK_SCREEN = ["[data-pack-order]", "[data-scan-input]", "[data-scan-answer]", "[data-pack-item]"]

/**
 * The print view: what it prints in words (the order's number, customer, the store; never an
 * id), on A4 and then on 100×150 mm labels, whose page size the print stylesheet asks for.
 */
async function checkPrint(page: Page, button: string, name: string, mustSay: string[]) {
  await page.getByRole("button", { name: button }).click()
  const overlay = page.locator(".oms-print-root")
  await overlay.waitFor()
  for (const paper of ["a4", "label"] as const) {
    if (paper === "label") await overlay.getByRole("radio", { name: /100×150 mm/ }).click()
    await page.locator(`.oms-print-root[data-paper=${paper}]`).waitFor()
    const printed = await overlay.innerText()
    for (const words of mustSay) expect(printed).toContain(words)
    expect(printed).not.toMatch(/_01[0-9A-Z]{20,}|\bwave_|\border_|\/admin\//)
    const css = await overlay.locator("style").innerText()
    expect(css).toContain(paper === "a4" ? "size: A4" : "size: 100mm 150mm")
    if (SHOTS) await page.screenshot({ path: path.join(SHOTS_TMP, `${name}${paper === "label" ? "-label" : ""}.png`), fullPage: false })
  }
  await overlay.getByRole("button", { name: "Close" }).click()
  await overlay.waitFor({ state: "detached" })
}

/** At both tablet sizes: everything the picker needs is in view; with OMS_SCREENSHOTS_DIR, a shot each. */
async function checkTablets(page: Page, screen: string[], name: string, language: string) {
  for (const { width, height, suffix } of TABLETS) {
    await page.setViewportSize({ width, height })
    await page.waitForTimeout(300)
    await expectInView(page, screen)
    if (SHOTS) await page.screenshot({ path: path.join(SHOTS_TMP, `${name}-focus-${language}-${suffix}.png`) })
  }
  await page.setViewportSize({ width: 1024, height: 768 })
}

const scanInputFocused = (page: Page) => page.evaluate(() => !!document.activeElement?.hasAttribute("data-scan-input"))
const answer = (page: Page) => page.locator("[data-scan-answer]").innerText()

/**
 * With OMS_SCREENSHOTS_DIR set (e.g. docs/screenshots), the scanning screens as staff see them
 * on a tablet, both ways up, in both languages. Shot into the temp dir and copied once the
 * store has stopped: a file written inside the project restarts `medusa develop`.
 */
const SHOTS = process.env.OMS_SCREENSHOTS_DIR ? path.resolve(process.env.OMS_SCREENSHOTS_DIR) : null
const SHOTS_TMP = fs.mkdtempSync(path.join(os.tmpdir(), "medusa-oms-shots-"))

async function until<T>(what: string, read: () => Promise<T>, ok: (v: T) => boolean, timeoutMs = 30_000): Promise<T> {
  const end = Date.now() + timeoutMs
  for (;;) {
    const value = await read()
    if (ok(value)) return value
    if (Date.now() > end) throw new Error(`${what}: still ${JSON.stringify(value)} after ${timeoutMs} ms`)
    await new Promise((r) => setTimeout(r, 200))
  }
}

describe("scan loop in the admin (headless Chromium)", () => {
  let store: Awaited<ReturnType<typeof startAdminStore>>
  let api: AxiosInstance
  let headers: Record<string, string>
  let browser: Browser
  let page: Page
  let wave: any
  const orders: string[] = []

  beforeAll(async () => {
    store = await startAdminStore()
    api = axios.create({ baseURL: store.baseUrl })
    const { data } = await api.post("/auth/user/emailpass", ADMIN)
    headers = { authorization: `Bearer ${data.token}` }
    const seeded = { ...store.store, centers: store.store.centers }
    await stockJakartaBins(api, headers, seeded)
    await api.post(`/admin/oms/centers/${seeded.centers.jakarta}/cartons`, CARTON, { headers })
    for (const items of [[["TEE", 3]], [["BATIK", 1], ["TEE", 1]]] as [string, number][][]) {
      const orderId = await placeOrderOf(api, seeded, items, JAKARTA)
      await waitForRouting(api, orderId, headers)
      orders.push(orderId)
    }
    wave = (await api.post("/admin/oms/waves", { stock_location_id: seeded.centers.jakarta }, { headers })).data.wave

    const admin = await openAdminPage(store.baseUrl, { width: 1024, height: 768 })
    browser = admin.browser
    page = admin.page
  })

  afterAll(async () => {
    await browser?.close()
    await store?.stop()
    if (SHOTS) for (const file of fs.readdirSync(SHOTS_TMP)) fs.copyFileSync(path.join(SHOTS_TMP, file), path.join(SHOTS, file))
    fs.rmSync(SHOTS_TMP, { recursive: true, force: true })
  })

  const get = async (url: string) => (await api.get(url, { headers })).data

  it("picking: every scan typed 50 ms apart is counted, in order, with the item named; focus stays after the last unit", async () => {
    await page.goto(`${store.baseUrl}/app/oms/picking?centre=${wave.stock_location_id}&wave=${wave.id}`)
    await page.waitForSelector("[data-scan-focus] [data-scan-input]")
    expect(await scanInputFocused(page)).toBe(true)
    // the wave by its name, never its id; the walk's figures only behind the toggle
    expect(await page.locator("[data-wave-name]").innerText()).toMatch(/^JKT-\d{4}-1$/)
    expect(await page.locator("[data-route-summary]").count()).toBe(0)
    await page.getByRole("button", { name: "Walk", exact: true }).click()
    expect(await page.locator("[data-route-summary]").innerText()).not.toMatch(/ratliff|rosenthal|\bms\b/i)
    await page.getByRole("button", { name: "Walk", exact: true }).click()

    // full screen at both tablet sizes, in English and in Bahasa Indonesia, after a bin scan
    const firstBin = wave.lines[0].bin_code
    await checkTablets(page, PICK_SCREEN, "picking", "en-idle")
    await scan(page, firstBin)
    await until("bin answer", () => answer(page), (t) => t.startsWith(`Bin ${firstBin}`))
    await checkTablets(page, PICK_SCREEN, "picking", "en")
    await useLanguage(page, store.baseUrl, "id")
    await page.getByText("Langkah 1: pindai rak").waitFor()
    await scan(page, firstBin)
    await until("bin answer in Indonesian", () => answer(page), (t) => t.startsWith(`Rak ${firstBin}`))
    await checkTablets(page, PICK_SCREEN, "picking", "id")
    await useLanguage(page, store.baseUrl, "en")

    // tote labels say which order is in the tote, in words
    const first = (await get(`/admin/oms/waves/${wave.id}`)).wave.orders[0].label
    await checkPrint(page, "Print pick list", "pick-list-print", [`#${first.display_id}`, first.customer, "Toko Test"])

    // The route as a picker walks it: each new bin, then one scan per unit. Nothing waits for
    // the screen: the scanner is faster than the server.
    const codes: string[] = []
    let bin: string | null = null
    for (const line of wave.lines) {
      if (line.bin_code !== bin) codes.push((bin = line.bin_code))
      for (let i = 0; i < line.quantity; i++) codes.push(line.sku)
    }
    const units = wave.lines.reduce((s: number, l: any) => s + l.quantity, 0)
    expect(codes.filter((c, i) => c === codes[i - 1]).length).toBeGreaterThan(0) // same item twice in a row
    for (const [i, code] of codes.entries()) {
      if (i === 2) await tap(page) // a scan right after a tap
      await scan(page, code)
    }

    const picked = await until("wave picked on the server", () => get(`/admin/oms/waves/${wave.id}`), (d) => d.wave.status === "picked")
    expect(picked.wave.progress).toMatchObject({ units_picked: units, units_total: units })
    expect(picked.wave.lines.every((l: any) => l.picked_quantity === l.quantity)).toBe(true)
    await page.getByText("Wave complete", { exact: true }).waitFor()
    await page.getByText(`${units} / ${units} units`).waitFor()
    expect(await answer(page)).toMatch(/Picked .+ — wave complete/)
    expect(await scanInputFocused(page)).toBe(true)

    // after the last unit the input still answers
    await scan(page, "TEE")
    await until("answer to a scan after the wave", () => answer(page), (t) => t.startsWith("Nothing left to pick"))
    expect(await scanInputFocused(page)).toBe(true)

    // "Pack these orders": the packing bench opens the order in the wave's first tote
    expect(wave.orders.find((o: any) => o.order_id === orders[0]).tote).toBe(1)
    await page.getByRole("button", { name: "Pack these orders" }).click()
    await page.waitForURL((url) => url.pathname.endsWith("/oms/packing"))
    await until("first tote's order opened", () => answer(page), (t) => /^Order #\d+ opened/.test(t))
  })

  it("packing: the tote opens the order, fast scans are all counted, the next tote opens the next order, a reload shows the real stage and tracking", async () => {
    const tote = (orderId: string) => `${wave.id}/T${wave.orders.find((o: any) => o.order_id === orderId).tote}`
    // the first tote's order is open on the bench ("Pack these orders"); scanning its tote again says so
    await page.waitForSelector("[data-scan-focus] [data-pack-item]")
    await scan(page, tote(orders[0]))
    await until("same tote", () => answer(page), (t) => t.startsWith("This is the tote of order #"))

    // the three units scanned fast, one of them after a tap
    await scan(page, "TEE")
    await scan(page, "TEE")
    await tap(page)
    await scan(page, "TEE")
    const sessionId = await until("session in the URL", async () => new URL(page.url()).searchParams.get("session"), (v) => !!v)
    const packed = await until("three units on the server", () => get(`/admin/oms/pack-sessions/${sessionId}`), (d) => d.pack_session.accepted_count === 3)
    expect(packed.pack_session.progress).toMatchObject({ packed_units: 3, complete: true })
    await until("answer for the last unit", () => answer(page), (t) => /^Packed .+ — 3 of 3/.test(t))
    expect(await answer(page)).toContain("press Complete")
    await page.getByText("3 / 3").first().waitFor()
    expect(await scanInputFocused(page)).toBe(true)
    await checkTablets(page, PACK_SCREEN, "packing", "en")
    await useLanguage(page, store.baseUrl, "id")
    await page.getByText("Sudah dikemas").or(page.getByText("Pindai setiap barang")).first().waitFor()
    await checkTablets(page, PACK_SCREEN, "packing", "id")
    await useLanguage(page, store.baseUrl, "en")

    // a refusal is answered too, naming what was scanned
    await scan(page, "SAMBAL")
    await until("refusal", () => answer(page), (t) => t.startsWith("Not packed: SAMBAL"))
    expect(await answer(page)).toContain("not in order #")
    expect((await get(`/admin/oms/pack-sessions/${sessionId}`)).pack_session.refused_count).toBe(1)

    // the next tote is refused while this order is open, then opens the next order once completed
    await scan(page, tote(orders[1]))
    await until("next tote refused while open", () => answer(page), (t) => /is not finished/.test(t))
    await page.getByRole("button", { name: "Complete", exact: true }).click()
    await page.locator('[data-shipment-stage="packed"]').waitFor()
    await scan(page, tote(orders[1]))
    await scan(page, "BATIK")
    await scan(page, "TEE")
    const next = await until("next order's session", async () => new URL(page.url()).searchParams.get("session"), (v) => !!v && v !== sessionId)
    await until("next order packed", () => get(`/admin/oms/pack-sessions/${next}`), (d) => d.pack_session.progress.complete)
    expect(await scanInputFocused(page)).toBe(true)

    // the first order after a reload: packed, ready to ship; then shipped with its tracking number
    await page.goto(`${store.baseUrl}/app/oms/packing?session=${sessionId}`)
    await page.locator('[data-shipment-badge="packed"]').waitFor()
    await page.fill("#ship-tracking", "JNE-1001")
    await page.getByRole("button", { name: "Mark shipped" }).click()
    await page.locator('[data-shipment-badge="shipped"]').waitFor()
    await page.reload()
    await page.locator('[data-shipment-badge="shipped"]').waitFor()
    await page.getByText("Tracking JNE-1001").waitFor()
    expect(await page.getByRole("button", { name: "Mark shipped" }).count()).toBe(0)
    expect(await page.getByRole("button", { name: "Mark delivered" }).count()).toBe(1)
    if (SHOTS) await page.screenshot({ path: path.join(SHOTS_TMP, "packing-shipped-focus-en-1024.png") })
    await checkPrint(page, "Print packing slip", "packing-slip-print", ["JNE-1001", "Toko Test", "Packing slip #"])
    expect((await get(`/admin/oms/pack-sessions/${sessionId}`)).pack_session.shipment).toMatchObject({ stage: "shipped", tracking_numbers: ["JNE-1001"] })
  })

  it("picking: a short pick with a reason from the list releases the order and shows the reason", async () => {
    const orderId = await placeOrderOf(api, store.store, [["TEE", 2]], JAKARTA)
    await waitForRouting(api, orderId, headers)
    const short = (await api.post("/admin/oms/waves", { stock_location_id: wave.stock_location_id, mode: "single", order_ids: [orderId] }, { headers })).data.wave
    await page.setViewportSize({ width: 768, height: 1024 })
    await page.goto(`${store.baseUrl}/app/oms/picking?centre=${short.stock_location_id}&wave=${short.id}`)
    await page.waitForSelector("[data-scan-focus] [data-scan-input]")
    await scan(page, short.lines[0].bin_code)
    await page.getByRole("button", { name: "Cannot find it all" }).click()
    const record = page.getByRole("button", { name: "Record short pick" })
    expect(await record.isDisabled()).toBe(true) // no reason chosen yet
    await page.getByRole("radio", { name: "Other" }).click()
    expect(await record.isDisabled()).toBe(true) // "Other" needs a note
    await page.getByRole("radio", { name: "Damaged" }).click()
    await page.getByRole("button", { name: "One more" }).click()
    await expectInView(page, ["[data-short-pick] button[role=radio]", "[data-short-found]"])
    await record.click()
    const after = await until("short pick on the server", () => get(`/admin/oms/waves/${short.id}`), (d) => d.wave.orders[0].status === "short")
    expect(after.wave.lines[0].short_reason).toBe("damaged (found 1 of 2)")
    await page.locator("[data-shorted-lines]").getByText("Damaged").waitFor()
    await page.setViewportSize({ width: 1024, height: 768 })
  })
})
