import type { Dims } from "./geometry"
import type { Placement } from "./types"

/**
 * The 6 ways of looking at a carton (which side is the floor, which is "left"). The packing rules
 * prefer low z, then low y, then low x, so each view fills the same carton differently; trying
 * several views is a cheap way to escape one view's bad luck. View axis i is carton axis VIEW[i].
 */
export type CartonView = readonly [0 | 1 | 2, 0 | 1 | 2, 0 | 1 | 2]

export const CARTON_VIEWS: readonly CartonView[] = [[0, 1, 2], [1, 0, 2], [0, 2, 1], [2, 0, 1], [1, 2, 0], [2, 1, 0]]

export const viewOf = (space: Dims, view: CartonView): Dims => [space[view[0]], space[view[1]], space[view[2]]]

/** Maps a placement computed in a view back to the carton's own axes. */
export function fromView(p: Placement, view: CartonView): Placement {
  const start = [0, 0, 0]
  const size = [0, 0, 0]
  const viewStart = [p.x, p.y, p.z]
  const viewSize = [p.length_cm, p.width_cm, p.height_cm]
  view.forEach((cartonAxis, viewAxis) => {
    start[cartonAxis] = viewStart[viewAxis]
    size[cartonAxis] = viewSize[viewAxis]
  })
  return { item_id: p.item_id, x: start[0], y: start[1], z: start[2], length_cm: size[0], width_cm: size[1], height_cm: size[2] }
}
