import { geoArea, geoEqualEarth, geoMercator, geoPath, type GeoProjection } from "d3-geo"
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

type Rings = GeoJSON.Position[][]

/**
 * d3-geo reads a ring's winding on the sphere: a polygon wound the other way round than it expects
 * is the whole globe minus the polygon. Some of Natural Earth's polygons are, so each polygon larger
 * than a hemisphere is turned round.
 */
function asD3Winding(geometry: GeoJSON.Geometry): GeoJSON.Geometry {
  const fix = (rings: Rings): Rings =>
    geoArea({ type: "Polygon", coordinates: rings }) > 2 * Math.PI ? rings.map((ring) => [...ring].reverse()) : rings
  if (geometry.type === "Polygon") return { ...geometry, coordinates: fix(geometry.coordinates) }
  if (geometry.type === "MultiPolygon") return { ...geometry, coordinates: geometry.coordinates.map(fix) }
  return geometry
}

/**
 * SVG paths of a topology's shapes (less `leaveOut`), the projection fitted by d3-geo so that the
 * `fitTo` codes (all when empty) fill the width × height box (8 px margin); `project` places
 * centres with the same projection.
 */
export function drawMap(
  topology: ShapeTopology,
  objectName: string,
  width: number,
  height: number,
  { fitTo = [], leaveOut = [], world = false }: { fitTo?: string[]; leaveOut?: string[]; world?: boolean } = {}
): DrawnMap {
  const collection = feature(topology as never, topology.objects[objectName] as never) as unknown as GeoJSON.FeatureCollection
  const features = collection.features
    .filter((f) => f.geometry && !leaveOut.includes(String(f.id)))
    .map((f) => ({ ...f, geometry: asD3Winding(f.geometry) }))
  const fitted = fitTo.length ? features.filter((f) => fitTo.includes(String(f.id))) : features
  // Mercator keeps a country's shapes as people know them; the world reads better equal-area
  const projection: GeoProjection = (world ? geoEqualEarth() : geoMercator()).fitExtent(
    [[8, 8], [width - 8, height - 8]],
    { type: "FeatureCollection", features: fitted } as GeoJSON.FeatureCollection
  )
  const path = geoPath(projection)
  return {
    shapes: features.map((f) => ({ code: String(f.id), path: path(f) ?? "", centre: path.centroid(f) as [number, number] })),
    project: (longitude, latitude) => projection([longitude, latitude]),
  }
}
