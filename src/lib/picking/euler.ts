/** Undirected multigraph with string node ids, just enough to walk an Euler circuit. */
export class Multigraph {
  private readonly ends: [string, string][] = []
  private readonly incident = new Map<string, number[]>()

  addEdge(u: string, v: string, copies = 1): void {
    for (let c = 0; c < copies; c++) {
      const id = this.ends.length
      this.ends.push([u, v])
      this.edgesAt(u).push(id)
      this.edgesAt(v).push(id)
    }
  }

  get edgeCount(): number {
    return this.ends.length
  }

  private edgesAt(node: string): number[] {
    let list = this.incident.get(node)
    if (!list) this.incident.set(node, (list = []))
    return list
  }

  /**
   * Hierholzer's algorithm: node sequence of a closed walk from `start` using every edge once.
   * The caller guarantees even degrees and one connected component containing `start`.
   */
  eulerCircuit(start: string): string[] {
    const used = new Array<boolean>(this.ends.length).fill(false)
    const cursor = new Map<string, number>()
    const stack = [start]
    const circuit: string[] = []
    while (stack.length) {
      const node = stack[stack.length - 1]
      const edges = this.incident.get(node) ?? []
      let i = cursor.get(node) ?? 0
      while (i < edges.length && used[edges[i]]) i++
      cursor.set(node, i)
      if (i === edges.length) {
        circuit.push(stack.pop()!)
        continue
      }
      used[edges[i]] = true
      const [u, v] = this.ends[edges[i]]
      stack.push(u === node ? v : u)
    }
    if (used.some((u) => !u)) throw new Error("multigraph is not connected: no Euler circuit from the depot")
    return circuit.reverse()
  }
}
