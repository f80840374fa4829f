// The nodes of one block of the highlighted view (BlockText): its plain pieces as text nodes and its names as <mark>
// elements, side by side, with nothing else between them. Text is never HTML markup, so whatever the user pastes
// (including markup) is displayed, not executed.
//
// A render function, not a template: the template's `<template v-for>` over the segments made a keyed fragment of
// each, and its `<template v-else>` around a plain piece a second one, each fragment two empty text nodes in the
// page (Vue's anchors). On a 100,000-character novel (literature QA) 39,926 of the view's 57,745 nodes were such
// empty nodes, each created, inserted and patched with the blocks the analysis streamed in. Here each piece is one
// node: a text node keyed by its offset, or a mark.
import { createVNode, h, Text, type VNode } from 'vue'
import type { Entity } from '../engine'
import type { TextSegment } from '../app/segments'
import type { ViewLine } from '../composables/useViewChunks'
import type { RenderedBlock } from '../composables/useLiveAnalysis'
import { isFromLexicon } from '../app/userLexicon'
import { isFromPattern } from '../app/patterns'

/** What a mark shows besides its name (see BlockText). */
export interface MarkLook {
  /** The label after the name (CSS generated content, from data-label). */
  label: (type: string) => string
  /** The mark's title (its type, and its score or source). */
  title: (entity: Entity) => string
  /** The mark's lang: the interface's language where it is not Chinese, else none. */
  labelLang?: string
  /** With a labelLang, the name inside the mark is in a <span> with the text's language. */
  innerLang?: string | false
}

/** Marks that a mark closing punctuation follows: no break after its label, or 、 and ， start a line (QA). */
const NO_BREAK_BEFORE = /^[、，。！？；：）」』》〉】〕”’…,.!?;:)\]}]/u

/** One node for each segment, in order: a mark for a name, a text node for the text between. */
export function blockNodes(segments: readonly TextSegment[], look: MarkLook): VNode[] {
  return segments.map((s, i) => {
    const entity = s.entity
    // Keyed by offset like the marks, so that a name found in a block already shown moves no other piece.
    if (!entity) return createVNode(Text, { key: s.start }, s.text)
    const glued = NO_BREAK_BEFORE.test(segments[i + 1]?.text ?? '')
    return h('mark', {
      key: s.start,
      class: 'entity',
      'data-offset': s.start,
      'data-glued': glued || undefined,
      'data-type': entity.type,
      'data-label': look.label(entity.type),
      title: look.title(entity),
      'data-source': isFromLexicon(entity) ? 'lexicon' : isFromPattern(entity) ? 'pattern' : undefined,
      lang: look.labelLang,
    // In an interface not in Chinese the name is in a <span lang>, the mark being in the interface's language.
    }, look.labelLang && look.innerLang ? [h('span', { lang: look.innerLang }, s.text)] : s.text)
  })
}

/**
 * A chunk of the view's lines (useViewChunks): a <div class="view-chunk"> holding a <div class="view-line"> per line,
 * each holding its blocks (`block`, BlockText) side by side. A render function for the same reason as the blocks':
 * HighlightPane's template looped over a line's blocks with a v-for, a fragment in each line, whose two empty anchor
 * text nodes were 4,520 of the view's nodes in the novel above (2,241 lines). Here the lines and their blocks are
 * children of their elements, nothing between. Each line keyed by its first block's index, each block by its index,
 * as the template's were.
 */
export function chunkNode(lines: readonly ViewLine[], block: (index: number, item: RenderedBlock) => VNode): VNode {
  return h('div', { class: 'view-chunk' }, lines.map((line) => h('div', { key: line[0]!.index, class: 'view-line' },
    line.map(({ index, item }) => block(index, item)))))
}
