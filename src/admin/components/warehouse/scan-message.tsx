import { clx } from "@medusajs/ui"
import { useOmsTranslation } from "../../lib/i18n"
import { sayAnswer, type ScanAnswer } from "../../lib/scan-text"

export type ScanFeedback = ScanAnswer | null

/** The last scan's answer: green when accepted, red with the reason when refused; names the item. */
export const ScanMessage = ({ feedback, idle }: { feedback: ScanFeedback; idle?: string }) => {
  const { t } = useOmsTranslation()
  if (!feedback) {
    // keeps its place on the screen before the first scan, so nothing jumps when it comes
    return idle ? (
      <div data-scan-answer="idle" className="border-ui-border-base text-ui-fg-subtle rounded-lg border-2 border-dashed px-4 py-3 text-lg">
        {idle}
      </div>
    ) : null
  }
  const said = sayAnswer(t, feedback)
  return (
    <div
      role="status"
      aria-live="assertive"
      data-scan-answer={feedback.kind}
      className={clx(
        "rounded-lg border-2 px-4 py-3",
        feedback.kind === "ok"
          ? "border-ui-tag-green-border bg-ui-tag-green-bg text-ui-tag-green-text"
          : "border-ui-tag-red-border bg-ui-tag-red-bg text-ui-fg-error"
      )}
    >
      <div className="text-lg font-semibold">{said.title}</div>
      {said.detail && <div className="text-base">{said.detail}</div>}
    </div>
  )
}
