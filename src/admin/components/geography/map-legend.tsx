import { Text } from "@medusajs/ui"
import { MAP_EMPTY, type ColourScale } from "../../lib/map-colours"

const Swatch = ({ colour }: { colour: string }) => (
  <span className="inline-block h-3 w-5 rounded-sm border border-ui-border-base" style={{ backgroundColor: colour }} />
)

/** The colour steps with their ranges ("1–10"), "none" first, and what the orange dots are. */
export const MapLegend = ({
  scale,
  format,
  noneLabel,
  centreLabel,
  title,
}: {
  scale: ColourScale
  /** A step's range as text, from its lower bound (exclusive) to its upper. */
  format: (low: number, high: number) => string
  noneLabel: string
  centreLabel?: string
  title: string
}) => (
  <div className="flex flex-wrap items-center gap-x-4 gap-y-1" aria-label={title}>
    <Text size="xsmall" weight="plus" className="text-ui-fg-subtle">
      {title}
    </Text>
    <span className="flex items-center gap-1.5">
      <Swatch colour={MAP_EMPTY} />
      <Text size="xsmall">{noneLabel}</Text>
    </span>
    {scale.bounds.map((bound, i) => (
      <span key={bound} className="flex items-center gap-1.5">
        <Swatch colour={scale.colours[i]} />
        <Text size="xsmall">{format(i === 0 ? 0 : scale.bounds[i - 1], bound)}</Text>
      </span>
    ))}
    {centreLabel && (
      <span className="flex items-center gap-1.5">
        <span className="inline-block h-3 w-3 rounded-full bg-[#f97316]" />
        <Text size="xsmall">{centreLabel}</Text>
      </span>
    )}
  </div>
)
