/**
 * The plugin's admin translations. Medusa's admin build (admin-vite-plugin 2.21) looks for
 * exactly this file, `src/admin/i18n/index.ts`, and deep-merges its default export into the
 * dashboard's i18next resources: `{ <language>: { <namespace>: { key: text } } }`.
 *
 * Everything of the plugin lives in its own namespace, `medusa-oms` (OMS_NS in lib/i18n.ts), so
 * no key can overwrite one of the dashboard's. Components call `useOmsTranslation()`; a route's
 * sidebar label is a key with `translationNs: "medusa-oms"` in its `defineRouteConfig`.
 * A language missing a key falls back to English (the dashboard's `fallbackLng`).
 */
import en from "./json/en.json"
import id from "./json/id.json"

export default {
  en: { "medusa-oms": en },
  id: { "medusa-oms": id },
}
