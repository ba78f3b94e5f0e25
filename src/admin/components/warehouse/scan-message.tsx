import { clx } from "@medusajs/ui"
import type { ScanAnswer } from "../../lib/scan-text"

export type ScanFeedback = ScanAnswer | null

/** The last scan's answer: green when accepted, red with the reason when refused; names the item. */
export const ScanMessage = ({ feedback }: { feedback: ScanFeedback }) =>
  feedback ? (
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
      <div className="text-lg font-semibold">{feedback.title}</div>
      {feedback.detail && <div className="text-base">{feedback.detail}</div>}
    </div>
  ) : null
