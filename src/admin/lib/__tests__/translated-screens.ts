import fs from "node:fs"
import path from "node:path"

export const ADMIN = path.join(__dirname, "..", "..")
const list = (dir: string) => fs.readdirSync(path.join(ADMIN, dir)).filter((f) => f.endsWith(".tsx")).map((f) => `${dir}/${f}`)

/** The older screens moved to the translation files: order routing, centres, simulator, warehouse. */
export const TRANSLATED_SCREENS = [
  "widgets/order-routing.tsx",
  "widgets/location-profile.tsx",
  ...list("components/routing"),
  ...list("components/centers"),
  ...list("components/simulator"),
  "routes/oms/centers/page.tsx",
  "routes/oms/routing/page.tsx",
  "routes/oms/warehouse/page.tsx",
  "components/warehouse/bin-browser.tsx",
  "components/warehouse/bin-labels-print.tsx",
  "components/warehouse/center-select.tsx",
  "components/warehouse/stock-reconciliation.tsx",
  "components/common/stage-badge.tsx",
]
