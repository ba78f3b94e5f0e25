/** The TopoJSON the generated shape files hold (quantised; ids are ISO codes). */
export interface ShapeTopology {
  type: "Topology"
  bbox?: number[]
  transform?: { scale: [number, number]; translate: [number, number] }
  arcs: number[][][]
  objects: Record<string, ShapeCollection>
}

export interface ShapeCollection {
  type: "GeometryCollection"
  geometries: Array<{ type: "Polygon" | "MultiPolygon"; id: string; arcs: unknown; properties?: { name?: string } }>
}
