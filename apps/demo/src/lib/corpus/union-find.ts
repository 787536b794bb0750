/** Disjoint sets of string ids (path halving, union by size). */
export class UnionFind {
  private parent = new Map<string, string>()
  private size = new Map<string, number>()

  find(id: string): string {
    if (!this.parent.has(id)) {
      this.parent.set(id, id)
      this.size.set(id, 1)
      return id
    }
    let node = id
    while (this.parent.get(node) !== node) {
      const grand = this.parent.get(this.parent.get(node)!)!
      this.parent.set(node, grand)
      node = grand
    }
    return node
  }

  union(a: string, b: string): void {
    let rootA = this.find(a)
    let rootB = this.find(b)
    if (rootA === rootB) return
    if (this.size.get(rootA)! < this.size.get(rootB)!) [rootA, rootB] = [rootB, rootA]
    this.parent.set(rootB, rootA)
    this.size.set(rootA, this.size.get(rootA)! + this.size.get(rootB)!)
  }

  groups(): string[][] {
    const byRoot = new Map<string, string[]>()
    for (const id of this.parent.keys()) {
      const root = this.find(id)
      const group = byRoot.get(root)
      if (group) group.push(id)
      else byRoot.set(root, [id])
    }
    return [...byRoot.values()]
  }
}
