import type { PageBlock, PageElement, Segmentation } from './segment.js'

/** Tags whose subtree is page furniture, not the article. */
const furnitureTags = new Set(['nav', 'aside', 'footer', 'form', 'menu', 'dialog'])

/** Tags a paragraph's score starts from (Readability's initial scores). */
const tagScores: Record<string, number> = {
  div: 5,
  article: 8,
  main: 5,
  section: 2,
  pre: 3,
  td: 3,
  blockquote: 3,
  address: -3,
  ol: -3,
  ul: -3,
  dl: -3,
  dd: -3,
  dt: -3,
  li: -3,
  form: -3,
  h1: -5,
  h2: -5,
  h3: -5,
  h4: -5,
  h5: -5,
  h6: -5,
  th: -5,
}

/** Blocks shorter than this say nothing about where the article is. */
const minScoredLength = 25

/** What the page evidence says of each block. */
export type Verdict = 'content' | 'link-list' | 'furniture' | 'outside'

export interface Selection {
  /** One verdict per block of the segmentation. */
  verdicts: Verdict[]
  /** Index of the block chosen as the headline (an `<h1>` near the content), or -1. */
  headline: number
}

function linkDensity(element: PageElement): number {
  return element.textLength > 0 ? element.linkLength / element.textLength : 0
}

function commas(text: string): number {
  let count = 0
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === 44 || code === 0x060c || code === 0xff0c || code === 0x3001) count++
  }
  return count
}

/**
 * Choose the article's container the way Readability does (paragraph scores handed to the
 * parent and grandparent, weighed by tag and class/id, discounted by link density), with the
 * schema.org `articleBody` and `<article>`/`<main>` evidence trafilatura trusts, then judge
 * each block inside: furniture (`nav`, `aside`, share bars, comment threads) and link lists are
 * residue even there.
 */
export function selectContent(page: Segmentation): Selection {
  const { elements, blocks } = page
  const count = elements.length
  // Furniture: unlikely class/id or furniture tag, unless it holds the schema.org articleBody.
  const holdsArticleBody = new Uint8Array(count)
  for (let index = 0; index < count; index++) {
    if (!(elements[index] as PageElement).articleBody) continue
    let up = index
    while (up >= 0 && holdsArticleBody[up] === 0) {
      holdsArticleBody[up] = 1
      up = (elements[up] as PageElement).parent
    }
  }
  const furniture = new Uint8Array(count)
  for (let index = 0; index < count; index++) {
    const element = elements[index] as PageElement
    const inherited = element.parent >= 0 && furniture[element.parent] === 1
    const own =
      holdsArticleBody[index] === 0 &&
      element.tag !== 'body' &&
      element.tag !== 'html' &&
      element.tag !== 'article' &&
      element.tag !== 'main' &&
      (element.unlikely || furnitureTags.has(element.tag))
    furniture[index] = inherited || own ? 1 : 0
  }

  // Paragraph scores, handed up to five ancestors.
  const scores = new Float64Array(count)
  const scored = new Uint8Array(count)
  const initialise = (index: number) => {
    if (scored[index] === 1) return
    scored[index] = 1
    const element = elements[index] as PageElement
    scores[index] = (tagScores[element.tag] ?? 0) + element.weight + (element.articleBody ? 40 : 0)
  }
  for (const block of blocks) {
    if (block.text.length < minScoredLength || block.owner < 0) continue
    if (furniture[block.owner] === 1) continue
    const score = 1 + commas(block.text) + Math.min(Math.floor(block.text.length / 100), 3)
    let ancestor = (elements[block.owner] as PageElement).parent
    for (let level = 0; level < 5 && ancestor >= 0; level++) {
      initialise(ancestor)
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3
      scores[ancestor] = (scores[ancestor] as number) + score / divider
      ancestor = (elements[ancestor] as PageElement).parent
    }
  }
  let top = -1
  let topScore = Number.NEGATIVE_INFINITY
  for (let index = 0; index < count; index++) {
    if (scored[index] === 0 || furniture[index] === 1) continue
    const element = elements[index] as PageElement
    if (element.tag === 'body' || element.tag === 'html') continue
    const final = (scores[index] as number) * (1 - linkDensity(element))
    scores[index] = final
    if (final > topScore) {
      topScore = final
      top = index
    }
  }

  const verdicts: Verdict[] = new Array(blocks.length).fill('outside')
  if (top < 0) {
    // No paragraph anywhere: a page of short lines. Everything outside furniture is content.
    for (let index = 0; index < blocks.length; index++) {
      const block = blocks[index] as PageBlock
      verdicts[index] = block.owner >= 0 && furniture[block.owner] === 1 ? 'furniture' : 'content'
    }
    return { verdicts, headline: findHeadline(blocks, verdicts) }
  }

  top = climb(elements, scores, scored, top, topScore)
  const selected = new Uint8Array(count)
  selected[top] = 1
  const topElement = elements[top] as PageElement
  const threshold = Math.max(10, (scores[top] as number) * 0.2)
  if (topElement.parent >= 0) {
    for (let index = top + 1; index < count; index++) {
      const element = elements[index] as PageElement
      if (element.depth < topElement.depth) break
      if (element.parent !== topElement.parent) continue
      if (furniture[index] === 1) continue
      if (scored[index] === 1 && (scores[index] as number) >= threshold) selected[index] = 1
      else if (element.tag === 'p' && isParagraphSibling(element)) selected[index] = 1
    }
    for (let index = top - 1; index >= 0; index--) {
      const element = elements[index] as PageElement
      if (index === topElement.parent) break
      if (element.parent !== topElement.parent) continue
      if (furniture[index] === 1) continue
      if (scored[index] === 1 && (scores[index] as number) >= threshold) selected[index] = 1
      else if (element.tag === 'p' && isParagraphSibling(element)) selected[index] = 1
    }
  }

  // Inside the selection: 1 content, 2 furniture or link list below a selected element.
  const state = new Uint8Array(count)
  for (let index = 0; index < count; index++) {
    const element = elements[index] as PageElement
    const parentState = element.parent >= 0 ? (state[element.parent] as number) : 0
    if (selected[index] === 1) state[index] = 1
    else if (parentState === 1) {
      const own =
        furniture[index] === 1 && holdsArticleBody[index] === 0 ? 2 : isLinkList(element) ? 3 : 1
      state[index] = own
    } else state[index] = parentState
  }
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index] as PageBlock
    const where = block.owner >= 0 ? state[block.owner] : 0
    if (where === 1) {
      const links = block.text.length > 0 ? block.linkLength / block.text.length : 0
      verdicts[index] = links > 0.5 ? 'link-list' : 'content'
    } else if (where === 2) verdicts[index] = 'furniture'
    else if (where === 3) verdicts[index] = 'link-list'
    else
      verdicts[index] = block.owner >= 0 && furniture[block.owner] === 1 ? 'furniture' : 'outside'
  }
  return { verdicts, headline: findHeadline(blocks, verdicts) }
}

/** A `<p>` beside the article's container: long with few links, or a short finished sentence. */
function isParagraphSibling(element: PageElement): boolean {
  const density = linkDensity(element)
  if (element.textLength > 80) return density < 0.25
  return element.textLength > 0 && density === 0
}

/** A list or box inside the article that is mostly links (a "Read more" list, tags). */
function isLinkList(element: PageElement): boolean {
  if (element.textLength === 0) return false
  const density = linkDensity(element)
  if (element.tag === 'a' || element.tag === 'p') return false
  const limit = element.weight >= 25 ? 0.5 : 0.33
  return density > limit && element.textLength < 2000
}

/**
 * Readability's climb: a parent scoring close to the candidate (a third or more of the
 * candidate's score, rising) holds more of the article, so it is the better container; a
 * candidate that is its parent's only child is the parent too.
 */
function climb(
  elements: PageElement[],
  scores: Float64Array,
  scored: Uint8Array,
  start: number,
  startScore: number,
): number {
  let top = start
  let lastScore = startScore
  let parent = (elements[top] as PageElement).parent
  const threshold = lastScore / 3
  while (parent >= 0) {
    const element = elements[parent] as PageElement
    if (element.tag === 'body' || element.tag === 'html') break
    if (scored[parent] === 1) {
      const score = scores[parent] as number
      if (score < threshold) break
      if (score > lastScore) {
        top = parent
        break
      }
      lastScore = score
    }
    parent = element.parent
  }
  // An only child: its parent holds exactly the same text.
  for (;;) {
    const element = elements[top] as PageElement
    const up = elements[element.parent]
    if (!up || up.tag === 'body' || up.tag === 'html' || up.textLength !== element.textLength) {
      break
    }
    top = element.parent
  }
  return top
}

/** The `<h1>` closest before the content (or the first inside it). */
function findHeadline(blocks: PageBlock[], verdicts: Verdict[]): number {
  const first = verdicts.indexOf('content')
  if (first < 0) return -1
  for (let index = first; index >= 0; index--) {
    const block = blocks[index] as PageBlock
    if (block.tag === 'h1' && block.text.length >= 8) return index
  }
  for (let index = first; index < blocks.length && index < first + 10; index++) {
    const block = blocks[index] as PageBlock
    if (block.tag === 'h1' && block.text.length >= 8) return index
  }
  return -1
}
