import { StatusBadge } from "@medusajs/ui"
import { humanize } from "../../lib/format"
import { stageColor } from "../../lib/stage-colors"

export const StageBadge = ({ stage }: { stage: string | null | undefined }) => (
  <StatusBadge color={stageColor(stage)}>{humanize(stage ?? "unknown")}</StatusBadge>
)
