import { InformationCircleSolid } from "@medusajs/icons"
import { Tooltip } from "@medusajs/ui"

/** A small (i) that explains a figure on hover or keyboard focus. */
export const InfoTip = ({ text, label }: { text: string; label: string }) => (
  <Tooltip content={text} maxWidth={300}>
    <button
      type="button"
      aria-label={label}
      className="text-ui-fg-muted hover:text-ui-fg-subtle focus-visible:shadow-borders-focus inline-flex shrink-0 rounded-full outline-none"
    >
      <InformationCircleSolid />
    </button>
  </Tooltip>
)
