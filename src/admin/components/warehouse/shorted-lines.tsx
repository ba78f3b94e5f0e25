import { Text } from "@medusajs/ui"
import { parseShortReason } from "../../../lib/picking/short-reason"
import { useOmsTranslation } from "../../lib/i18n"
import type { Wave } from "../../lib/use-waves"

/** The wave's short-picked lines with their reason (listed reasons translated, older free text as typed). */
export const ShortedLines = ({ wave }: { wave: Wave }) => {
  const { t } = useOmsTranslation()
  const shorted = wave.lines.filter((l) => l.short_reason)
  if (!shorted.length) return null
  return (
    <div data-shorted-lines="" className="flex flex-col gap-y-1">
      <Text size="small" className="text-ui-fg-muted uppercase tracking-wide">
        {t("picking.shortedTitle")}
      </Text>
      {shorted.map((l) => {
        const parsed = parseShortReason(l.short_reason ?? "")
        const reason = parsed.reason ? t(`picking.short.reasons.${parsed.reason}`) : parsed.note
        const note = parsed.reason && parsed.note ? ` — ${parsed.note}` : ""
        const counts = parsed.found != null ? ` · ${t("picking.shortedFound", { found: parsed.found, quantity: parsed.quantity })}` : ""
        return (
          <div key={l.id} className="flex justify-between gap-2 rounded-md border px-3 py-2 text-base">
            <span className="font-mono font-semibold">{l.bin_code}</span>
            <span className="flex-1 truncate">{l.title ?? l.sku}</span>
            <span>
              {reason}
              {note}
              {counts}
            </span>
          </div>
        )
      })}
    </div>
  )
}
