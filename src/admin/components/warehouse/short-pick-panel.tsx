import { useState } from "react"
import { Button, Text, Textarea, clx, toast } from "@medusajs/ui"
import { SHORT_PICK_REASONS, type ShortPickReason } from "../../../lib/picking/short-reason"
import { useOmsTranslation } from "../../lib/i18n"
import { useShortPick, type Wave, type WaveLine } from "../../lib/use-waves"
import { errorMessage } from "../../lib/errors"
import { sayWords, serverReason } from "../../lib/scan-text"

/** Short pick for the current line: units found, a reason from the list (other with a note). */
export const ShortPickPanel = ({ wave, line, onDone }: { wave: Wave; line: WaveLine; onDone: () => void }) => {
  const { t } = useOmsTranslation()
  const shortPick = useShortPick(wave.id)
  const [found, setFound] = useState(line.picked_quantity)
  const [reason, setReason] = useState<ShortPickReason | null>(null)
  const [note, setNote] = useState("")
  const valid = found >= line.picked_quantity && found < line.quantity && !!reason && (reason !== "other" || note.trim().length > 0)
  const record = () =>
    reason &&
    shortPick.mutate(
      { pick_line_id: line.id, found_quantity: found, reason, ...(note.trim() ? { note: note.trim() } : {}) },
      {
        onSuccess: () => {
          toast.success(t("picking.short.recorded"))
          onDone()
        },
        onError: (e) => toast.error(t("picking.short.failed"), { description: sayWords(t, serverReason(errorMessage(e))) }),
      }
    )
  return (
    <div data-short-pick="" className="border-ui-tag-orange-border bg-ui-tag-orange-bg flex flex-col gap-y-3 rounded-lg border-2 p-4">
      <Text weight="plus" className="text-lg">
        {t("picking.short.title", { bin: line.bin_code, item: line.title ?? line.sku ?? "" })}
      </Text>
      <div className="flex flex-wrap items-center gap-3">
        <Text className="text-base">{t("picking.short.found", { count: line.quantity })}</Text>
        <div className="flex items-center gap-2">
          <Button type="button" size="large" variant="secondary" className="h-12 w-12 text-xl" aria-label={t("picking.short.less")} disabled={found <= line.picked_quantity} onClick={() => setFound(found - 1)}>
            −
          </Button>
          <output data-short-found="" className="w-12 text-center text-3xl font-bold tabular-nums">
            {found}
          </output>
          <Button type="button" size="large" variant="secondary" className="h-12 w-12 text-xl" aria-label={t("picking.short.more")} disabled={found >= line.quantity - 1} onClick={() => setFound(found + 1)}>
            +
          </Button>
        </div>
      </div>
      <div role="radiogroup" aria-label={t("picking.short.reason")} className="grid grid-cols-2 gap-2 sm:grid-cols-4">
        {SHORT_PICK_REASONS.map((r) => (
          <button
            key={r}
            type="button"
            role="radio"
            aria-checked={reason === r}
            onClick={() => setReason(r)}
            className={clx(
              "min-h-[48px] rounded-lg border-2 px-3 py-2 text-base font-medium",
              reason === r ? "border-ui-fg-interactive bg-ui-bg-base text-ui-fg-interactive" : "border-ui-border-base bg-ui-bg-base"
            )}
          >
            {t(`picking.short.reasons.${r}`)}
          </button>
        ))}
      </div>
      {reason && (
        <Textarea
          id="short-note"
          rows={2}
          className="text-base"
          aria-label={t("picking.short.note")}
          placeholder={reason === "other" ? t("picking.short.noteRequired") : t("picking.short.noteOptional")}
          maxLength={400}
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
      )}
      <Text size="small" className="text-ui-fg-subtle">
        {t("picking.short.effect")}
      </Text>
      <div className="flex gap-2">
        <Button size="large" variant="secondary" className="h-12 flex-1" onClick={onDone}>
          {t("picking.short.cancel")}
        </Button>
        <Button size="large" variant="danger" className="h-12 flex-1" disabled={!valid} isLoading={shortPick.isPending} onClick={record}>
          {t("picking.short.record")}
        </Button>
      </div>
    </div>
  )
}
