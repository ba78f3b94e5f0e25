// Headless Chromium signed in to the demo's admin, for the screenshot scripts.
import { chromium } from "playwright-core"

export const launchChromium = () =>
  chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  })

/** A new browser window of width × height signed in as the admin, in `language` when given. */
export async function signedInPage(browser, { base, email, password, width, height, language = null }) {
  const context = await browser.newContext({ viewport: { width, height } })
  if (language) {
    // what the admin's profile page stores when the language is changed (i18next's detector)
    await context.addCookies([{ name: "lng", value: language, url: base }])
    await context.addInitScript((lng) => window.localStorage.setItem("lng", lng), language)
  }
  const page = await context.newPage()
  page.setDefaultTimeout(120000)
  await page.goto(`${base}/app/login`, { waitUntil: "domcontentloaded" })
  await page.waitForSelector('input[name="email"]')
  await page.fill('input[name="email"]', email)
  await page.fill('input[name="password"]', password)
  await page.click('button[type="submit"]')
  await page.waitForURL((url) => !url.pathname.includes("login"), { timeout: 30000 })
  return { context, page }
}
