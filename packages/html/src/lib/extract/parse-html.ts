import type { Root } from 'hast'
import { fromParse5 } from 'hast-util-from-parse5'
import { type DefaultTreeAdapterMap, parse } from 'parse5'
import { VFile } from 'vfile'

type Parse5Node = DefaultTreeAdapterMap['node']
type Parse5Parent = DefaultTreeAdapterMap['parentNode']

/** Deeper than this, the markup is read flat: no page nests meaningfully deeper. */
export const maxNesting = 400

export interface ParsedPage {
  tree: Root
  /** Whether markup deeper than `maxNesting` was flattened. */
  flattened: boolean
}

/**
 * Parse HTML with parse5 (the WHATWG algorithm rehype-parse uses: it never throws) into hast
 * with positions. parse5 builds any depth, but the conversion to hast recurses, so elements
 * deeper than `maxNesting` are first flattened: their descendants become, in document order,
 * children of the element at that depth (text and order kept, nesting dropped).
 */
export function parseHtml(html: string): ParsedPage {
  const document = parse(html, { sourceCodeLocationInfo: true })
  const flattened = flatten(document)
  const tree = fromParse5(document, { file: new VFile(html) }) as Root
  return { tree, flattened }
}

function childrenOf(node: Parse5Node): Parse5Node[] | undefined {
  if ('content' in node && node.nodeName === 'template') return undefined
  return 'childNodes' in node ? (node.childNodes as Parse5Node[]) : undefined
}

function flatten(document: Parse5Parent): boolean {
  let flattened = false
  const stack: Array<{ node: Parse5Node; depth: number }> = [{ node: document, depth: 0 }]
  while (stack.length > 0) {
    const { node, depth } = stack.pop() as { node: Parse5Node; depth: number }
    const children = childrenOf(node)
    if (!children || children.length === 0) continue
    if (depth < maxNesting) {
      for (const child of children) stack.push({ node: child, depth: depth + 1 })
      continue
    }
    // Collect the descendants in document order, emptying each, and hang them here.
    const flat: Parse5Node[] = []
    const pending: Parse5Node[] = [...children].reverse()
    let deeper = false
    while (pending.length > 0) {
      const descendant = pending.pop() as Parse5Node
      flat.push(descendant)
      const grandchildren = childrenOf(descendant)
      if (grandchildren && grandchildren.length > 0) {
        deeper = true
        for (let index = grandchildren.length - 1; index >= 0; index--) {
          pending.push(grandchildren[index] as Parse5Node)
        }
        ;(descendant as Parse5Parent).childNodes = []
      }
    }
    if (deeper) {
      flattened = true
      for (const descendant of flat) (descendant as { parentNode: unknown }).parentNode = node
      ;(node as Parse5Parent).childNodes = flat as Parse5Parent['childNodes']
    }
  }
  return flattened
}
