import { StatusBadge } from "@medusajs/ui"
import { useOmsTranslation } from "../../lib/i18n"
import { stageName } from "../../lib/stage-name"
import { stageColor } from "../../lib/stage-colors"

export const StageBadge = ({ stage }: { stage: string | null | undefined }) => {
  const { t } = useOmsTranslation()
  return <StatusBadge color={stageColor(stage)}>{stageName(t, stage ?? "unknown")}</StatusBadge>
}
