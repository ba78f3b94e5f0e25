/**
 * "Jump to" entries for the OMS pages in the admin's ⌘K search palette. Medusa's admin build
 * (admin-vite-plugin 2.21) imports exactly this file, `src/admin/search-entities.ts`; an entity
 * with only a `shortcut` adds a navigation entry (and its key sequence) without searching anything.
 * The labels are the sidebar's (`nav.*`), so the palette speaks the admin's language.
 */
import { defineSearchEntity } from "@medusajs/dashboard/lib"
import { OMS_PAGES } from "./lib/oms-pages"

for (const page of OMS_PAGES) {
  defineSearchEntity(`medusa-oms-${page.key}`, {
    groupLabel: (t) => t(`nav.${page.key}`, { ns: "medusa-oms" }),
    shortcut: {
      keys: { Mac: ["G", page.key_letter] },
      label: (t) => t(`nav.${page.key}`, { ns: "medusa-oms" }),
      to: page.to,
    },
  })
}
