import type { Element, Root, RootContent } from 'hast'
import { classWeight, isUnlikely } from './vocabulary.js'

/** An element of the page as the extractor scores it (index = order of entry). */
export interface PageElement {
  tag: string
  /** Index of the parent element; -1 for the root's children. */
  parent: number
  depth: number
  /** Class/id evidence: positive for content words (`article`, `story`), negative for residue. */
  weight: number
  /** Whether the class/id says "not content" outright (`sidebar`, `comment`, `share`). */
  unlikely: boolean
  /** Characters of block text inside, and those inside links. */
  textLength: number
  linkLength: number
  /** schema.org `itemprop="articleBody"` (or `articleBody` in the class list). */
  articleBody: boolean
  start: number
  end: number
}

/** A run of text a reader sees as one paragraph: a `<p>`, a heading, a list item, a line. */
export interface PageBlock {
  text: string
  /** The nearest block-level element holding the text (index into `elements`). */
  owner: number
  /** Characters of the text inside links. */
  linkLength: number
  /** The tag of the owner, or of the nearest heading/caption/list item above the text. */
  tag: string
  /** Offsets of the block in the HTML source: its element when it is the element's only block. */
  start: number
  end: number
}

export interface Segmentation {
  elements: PageElement[]
  blocks: PageBlock[]
  /** Nesting depth beyond which the markup was read flat (deeply nested pages). */
  flattened: boolean
}

/** Elements whose content is not text a reader sees. */
const skipped = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'canvas',
  'head',
  'title',
  'select',
  'option',
  'button',
  'input',
  'textarea',
  'video',
  'audio',
  'map',
  'picture',
  'source',
  'link',
  'meta',
])

/** Elements that start a new block (everything else is inline). */
const blockTags = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'legend',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
])

/** Tags that name what a block is, looked for above the owner (a `<span>` in an `<h2>`). */
const namingTags = new Set([
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'figcaption',
  'caption',
  'li',
  'blockquote',
  'pre',
  'td',
  'th',
  'dt',
  'dd',
])

/** Past this depth the markup is read as if flat: no page nests meaningfully deeper. */
const maxDepth = 400

interface Frame {
  node: Element | Root
  /** Next child to visit. */
  child: number
  element: number
  isBlock: boolean
  inLink: boolean
  namingTag: string
  blocksAtEntry: number
  /** Whether the frame has its own element (not a flattened one reading its parent's). */
  own: boolean
}

/**
 * Read the page's visible text into blocks, in document order, with the elements above them.
 * Iterative (no recursion), so 100,000 nested `<div>`s cost linear time and no stack.
 */
export function segment(tree: Root): Segmentation {
  const elements: PageElement[] = []
  const blocks: PageBlock[] = []
  let flattened = false
  let buffer = ''
  let bufferLink = 0
  let bufferStart = -1
  let bufferEnd = -1
  let pendingSpace = false

  const stack: Frame[] = [
    {
      node: tree,
      child: 0,
      element: -1,
      isBlock: true,
      inLink: false,
      namingTag: '',
      blocksAtEntry: 0,
      own: false,
    },
  ]
  let blockOwner = -1
  let blockTag = ''

  const flush = () => {
    if (buffer.length > 0) {
      blocks.push({
        text: buffer,
        owner: blockOwner,
        linkLength: bufferLink,
        tag: blockTag,
        start: bufferStart,
        end: bufferEnd,
      })
      // Counted on the owner (still open); each element hands its totals up when it closes.
      const owner = elements[blockOwner]
      if (owner) {
        owner.textLength += buffer.length
        owner.linkLength += bufferLink
      }
    }
    buffer = ''
    bufferLink = 0
    bufferStart = -1
    bufferEnd = -1
    pendingSpace = false
  }

  const appendText = (value: string, inLink: boolean, start: number, end: number) => {
    let added = 0
    for (let index = 0; index < value.length; index++) {
      const code = value.charCodeAt(index)
      // Collapse white space (ASCII and no-break space, as browsers render) to single spaces.
      if (code === 32 || code === 9 || code === 10 || code === 13 || code === 12 || code === 160) {
        if (buffer.length > 0) pendingSpace = true
        continue
      }
      if (pendingSpace) {
        buffer += ' '
        added++
        pendingSpace = false
      }
      // Drop control characters (binary residue) except the ones above.
      if (code < 32 || code === 0x7f || code === 0xfffd) continue
      let run = index + 1
      while (run < value.length) {
        const next = value.charCodeAt(run)
        if (next <= 32 || next === 160 || next === 0x7f || next === 0xfffd) break
        run++
      }
      if (bufferStart < 0) bufferStart = start
      buffer += value.slice(index, run)
      added += run - index
      index = run - 1
    }
    if (added > 0) bufferEnd = end
    if (inLink) bufferLink += added
  }

  while (stack.length > 0) {
    const frame = stack[stack.length - 1] as Frame
    const children = frame.node.children as RootContent[]
    if (frame.child >= children.length) {
      stack.pop()
      if (frame.isBlock) {
        flush()
        // A block that is its element's only one takes the element's position.
        if (frame.element >= 0 && blocks.length === frame.blocksAtEntry + 1) {
          const block = blocks[blocks.length - 1] as PageBlock
          const element = elements[frame.element] as PageElement
          if (block.owner === frame.element && element.start >= 0) {
            block.start = element.start
            block.end = element.end
          }
        }
      }
      if (frame.own && frame.element >= 0) {
        const element = elements[frame.element] as PageElement
        const parentElement = elements[element.parent]
        if (parentElement) {
          parentElement.textLength += element.textLength
          parentElement.linkLength += element.linkLength
        }
      }
      if (frame.isBlock) {
        const parent = stack[stack.length - 1]
        if (parent) {
          blockOwner = nearestBlock(stack)
          blockTag = parent.namingTag || tagOf(elements, blockOwner)
        }
      }
      continue
    }
    const node = children[frame.child++] as RootContent
    if (node.type === 'text') {
      const start = node.position?.start.offset ?? -1
      const end = node.position?.end.offset ?? -1
      appendText(node.value, frame.inLink, start, end)
      continue
    }
    if (node.type !== 'element') continue
    const tag = node.tagName
    if (skipped.has(tag) || isHidden(node)) continue
    if (tag === 'br') {
      flush()
      continue
    }
    if (stack.length > maxDepth) {
      // Read the rest of this subtree flat: its text joins the current block's run.
      flattened = true
      stack.push({
        node,
        child: 0,
        element: frame.element,
        isBlock: false,
        inLink: frame.inLink || tag === 'a',
        namingTag: frame.namingTag,
        blocksAtEntry: blocks.length,
        own: false,
      })
      continue
    }
    const properties = node.properties
    const className = properties.className
    const classText = Array.isArray(className) ? className.join(' ') : String(className ?? '')
    const idText = typeof properties.id === 'string' ? properties.id : ''
    const evidence = `${classText} ${idText}`
    const itemprop = properties.itemProp
    const itempropText = Array.isArray(itemprop) ? itemprop.join(' ') : String(itemprop ?? '')
    const role = typeof properties.role === 'string' ? properties.role : ''
    const index = elements.length
    elements.push({
      tag,
      parent: frame.element,
      depth: stack.length,
      weight: classWeight(evidence) + roleWeight(role),
      unlikely: isUnlikely(evidence) || role === 'navigation' || role === 'complementary',
      textLength: 0,
      linkLength: 0,
      articleBody: itempropText.includes('articleBody') || classText.includes('articleBody'),
      start: node.position?.start.offset ?? -1,
      end: node.position?.end.offset ?? -1,
    })
    const isBlock = blockTags.has(tag)
    if (isBlock) flush()
    stack.push({
      node,
      child: 0,
      element: index,
      isBlock,
      inLink: frame.inLink || tag === 'a',
      namingTag: namingTags.has(tag) ? tag : frame.namingTag,
      blocksAtEntry: blocks.length,
      own: true,
    })
    if (isBlock) {
      blockOwner = index
      blockTag = namingTags.has(tag) ? tag : frame.namingTag || tag
    }
  }
  flush()
  return { elements, blocks, flattened }
}

function nearestBlock(stack: Frame[]): number {
  for (let index = stack.length - 1; index >= 0; index--) {
    const frame = stack[index] as Frame
    if (frame.isBlock) return frame.element
  }
  return -1
}

function tagOf(elements: PageElement[], index: number): string {
  return index >= 0 ? (elements[index] as PageElement).tag : 'body'
}

function roleWeight(role: string): number {
  if (role === 'main' || role === 'article') return 15
  if (role === 'navigation' || role === 'banner' || role === 'contentinfo') return -25
  return 0
}

/** `hidden`, `aria-hidden` on a block, or an inline `display:none` / `visibility:hidden`. */
function isHidden(node: Element): boolean {
  const properties = node.properties
  if (properties.hidden !== undefined && properties.hidden !== false) return true
  const style = properties.style
  if (typeof style === 'string' && style.length < 500) {
    const compact = style.replace(/\s+/g, '').toLowerCase()
    if (compact.includes('display:none') || compact.includes('visibility:hidden')) return true
  }
  return false
}
