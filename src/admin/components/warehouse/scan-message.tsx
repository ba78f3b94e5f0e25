import { clx } from "@medusajs/ui"

export type ScanFeedback = { kind: "ok" | "error"; text: string } | null

/** The last scan's outcome: green on success, red with the server's reason on refusal. */
export const ScanMessage = ({ feedback }: { feedback: ScanFeedback }) =>
  feedback ? (
    <div
      role="status"
      aria-live="assertive"
      className={clx(
        "rounded-lg border-2 px-4 py-3 text-lg font-semibold",
        feedback.kind === "ok"
          ? "border-ui-tag-green-border bg-ui-tag-green-bg text-ui-tag-green-text"
          : "border-ui-tag-red-border bg-ui-tag-red-bg text-ui-fg-error"
      )}
    >
      {feedback.text}
    </div>
  ) : null
