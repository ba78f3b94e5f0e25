import { humanize } from "./format"
import type { Translate } from "./translate"

/** A shipment stage in the merchant's words and language ("Waiting to be picked"), never the code. */
export const stageName = (t: Translate, stage: string | null | undefined) =>
  stage ? t(`shipmentStage.${stage}`, { defaultValue: humanize(stage) }) : "—"
