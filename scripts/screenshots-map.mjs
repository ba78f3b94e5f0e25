#!/usr/bin/env node
/**
 * Screenshots of the Orders by region page from a running demo store (`npm run demo` first), in
 * English and Bahasa Indonesia at 1440×900 and 1024×768: the map of the last 90 days, the same
 * with one product chosen (found through the page's own SKU search), and an empty period; plus
 * the whole page on a tall window, without and with the product (other countries, stock per centre).
 *
 *   node scripts/screenshots-map.mjs [--url http://localhost:9000] [--out docs/screenshots] [--sku BTK-PRG-M]
 */
import path from "node:path"
import { launchChromium, signedInPage } from "./lib/admin-browser.mjs"

const args = process.argv.slice(2)
const arg = (name, fallback) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : fallback)
const BASE = arg("url", "http://localhost:9000")
const OUT = arg("out", "docs/screenshots")
const SKU = arg("sku", "BTK-PRG-M")

const login = (browser, width, height, language) =>
  signedInPage(browser, { base: BASE, email: arg("email", "admin@medusa-oms.test"), password: arg("password", "medusa-oms"), width, height, language })

async function open(page, url) {
  await page.goto(`${BASE}${url}`)
  await page.waitForLoadState("networkidle")
  await page.waitForTimeout(1500)
}

/** Chooses the product through the picker, as a merchant would, and points at Jawa Barat. */
async function chooseSku(page) {
  await page.fill("#oms-geo-sku", SKU)
  await page.getByRole("button", { name: new RegExp(SKU) }).first().click()
  await page.waitForLoadState("networkidle")
  await page.waitForTimeout(1500)
}

async function shot(page, name) {
  const file = path.join(OUT, `${name}.png`)
  await page.screenshot({ path: file })
  console.log(`wrote ${file}`)
}

const browser = await launchChromium()
for (const language of ["en", "id"]) {
  for (const [width, height, suffix] of [[1440, 900, ""], [1024, 768, "-1024"]]) {
    const { context, page } = await login(browser, width, height, language)
    await open(page, "/app/oms/map?range=90")
    await page.locator('svg[role="img"] path').nth(10).hover({ force: true })
    await shot(page, `map-${language}${suffix}`)
    await chooseSku(page)
    await shot(page, `map-sku-${language}${suffix}`)
    if (!suffix) {
      await open(page, "/app/oms/map?range=custom&from=2025-01-01&to=2025-01-31")
      await shot(page, `map-empty-${language}`)
    }
    await context.close()
  }
  // the admin scrolls inside its own container, so the whole page needs a tall window
  const { context, page } = await login(browser, 1440, 2000, language)
  await open(page, "/app/oms/map?range=365")
  await shot(page, `map-full-${language}`)
  await chooseSku(page)
  await shot(page, `map-sku-full-${language}`)
  await context.close()
}
await browser.close()
