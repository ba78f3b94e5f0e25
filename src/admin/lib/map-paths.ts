import { geoMercator, geoPath, type GeoProjection } from "d3-geo"
import { feature } from "topojson-client"
import type { ShapeTopology } from "../../lib/geo/shapes"

export interface DrawnShape {
  code: string
  path: string
  /** Where a label or bubble goes (the shape's projected centroid). */
  centre: [number, number]
}

export interface DrawnMap {
  shapes: DrawnShape[]
  project: (longitude: number, latitude: number) => [number, number] | null
}

/**
 * SVG paths of a topology's shapes in a width × height box, the projection fitted to `fitTo`
 * codes (all when empty) by d3-geo; `project` places centres with the same projection.
 */
export function drawMap(topology: ShapeTopology, objectName: string, width: number, height: number, fitTo: string[] = []): DrawnMap {
  const collection = feature(topology as never, topology.objects[objectName] as never) as unknown as GeoJSON.FeatureCollection
  const features = collection.features.filter((f) => f.geometry)
  const fitted = fitTo.length ? features.filter((f) => fitTo.includes(String(f.id))) : features
  const projection: GeoProjection = geoMercator().fitExtent(
    [[8, 8], [width - 8, height - 8]],
    { type: "FeatureCollection", features: fitted } as GeoJSON.FeatureCollection
  )
  const path = geoPath(projection)
  return {
    shapes: features.map((f) => ({ code: String(f.id), path: path(f) ?? "", centre: path.centroid(f) as [number, number] })),
    project: (longitude, latitude) => projection([longitude, latitude]),
  }
}
