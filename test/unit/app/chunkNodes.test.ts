// A chunk of the highlighted view (chunkNode, blockNodes.ts: its lines and their blocks) mounted and patched through
// Vue's own renderer onto a small tree of plain objects standing in for the DOM: the lines and blocks are children of
// their elements, with no empty anchor text node between (literature QA: HighlightPane's template gave each line a
// v-for fragment, two empty nodes, 4,520 of the view's nodes in a 100,000-character novel).
import { describe, expect, it } from 'vitest'
import { defineComponent, h, shallowRef, type PropType, type VNode } from 'vue'
import type { Entity } from '../../../src/engine'
import { splitIntoBlocks } from '../../../src/app/blocks'
import { toSegments } from '../../../src/app/segments'
import { blockNodes, chunkNode, type MarkLook } from '../../../src/components/blockNodes'
import type { RenderedBlock } from '../../../src/composables/useLiveAnalysis'
import { useViewChunks } from '../../../src/composables/useViewChunks'
import { allNodes, created, make, markup, render } from '../support/fakeDom'

const look: MarkLook = { label: (type) => `L${type}`, title: (e) => `T${e.type}` }
/** Each block's renders, by index: a block whose props did not change is not rendered again. */
const renders = new Map<number, number>()
/** BlockText's part here: its props, and its nodes from blockNodes (BlockText itself needs the app's i18n). */
const Block = defineComponent({
  props: {
    index: { type: Number, required: true },
    text: { type: String, required: true },
    entities: { type: Array as PropType<readonly Entity[]>, required: true },
  },
  setup(props) {
    return () => {
      renders.set(props.index, (renders.get(props.index) ?? 0) + 1)
      return h('span', { 'data-block': props.index }, blockNodes(toSegments(props.text, props.entities), look))
    }
  },
})
const blockOf = (index: number, item: RenderedBlock): VNode => h(Block, { key: index, index, text: item.block.text, entities: item.entities })

// Three lines; short blocks (at most 8 characters), so that a line holds several.
const doc = '韩青锋走进长安城，遇见了周建明。\n第二行没有名字，只是一句话。\n王掌柜说：“来了。”\n'
const blocks = splitIntoBlocks(doc, 8)
const NONE: readonly Entity[] = []
function nameIn(blockText: string, name: string, type: string): Entity[] {
  const start = blockText.indexOf(name)
  return start < 0 ? [] : [{ start, end: start + name.length, type, text: name, score: 0.9 }]
}

describe('chunkNode', () => {
  it('holds its lines and their blocks with no node between: no empty anchor, no comment', () => {
    expect(blocks.length).toBe(6)
    const rendered = shallowRef<readonly RenderedBlock[]>(blocks.map((block) => ({ block, entities: NONE })))
    const { chunks } = useViewChunks(() => rendered.value)
    const lines = chunks.value[0]!.lines
    expect(lines).toHaveLength(3)
    expect(lines.every((line) => line.length >= 2)).toBe(true)

    created.text = created.element = created.comment = 0
    const root = make('element', '', 'div')
    render(chunkNode(lines, blockOf), root)
    const chunk = root.children[0]!
    const expected = '<div class="view-chunk">' + lines.map((line) => '<div class="view-line">'
      + line.map(({ index, item }) => `<span data-block="${index}">${item.block.text}</span>`).join('') + '</div>').join('') + '</div>'
    expect(markup(chunk)).toBe(expected)
    expect(allNodes(chunk).filter((n) => n.kind !== 'element' && n.text === '')).toEqual([])
    // The root, the chunk, 3 lines and a span per block; a text node per block: nothing else.
    expect(created).toEqual({ element: 1 + 1 + 3 + blocks.length, text: blocks.length, comment: 0 })
  })

  it('patches as names come into one line: the same tree as a fresh mount, the other blocks not rendered again', () => {
    const plain = blocks.map((block) => ({ block, entities: NONE }))
    const rendered = shallowRef<readonly RenderedBlock[]>(plain)
    const { chunks } = useViewChunks(() => rendered.value)
    const root = make('element', '', 'div')
    render(chunkNode(chunks.value[0]!.lines, blockOf), root)
    renders.clear()

    // Names found in the first line's blocks only; then in the third's; then all gone.
    const firstLine = chunks.value[0]!.lines[0]!.map(({ index }) => index)
    const lastLine = chunks.value[0]!.lines[2]!.map(({ index }) => index)
    const withNames = (indices: number[], names: [string, string][]) => plain.map((item, i) => (indices.includes(i)
      ? { block: item.block, entities: names.flatMap(([name, type]) => nameIn(item.block.text, name, type)) }
      : item))
    const steps = [
      withNames(firstLine, [['韩青锋', 'PER'], ['长安城', 'LOC'], ['周建明', 'PER']]),
      withNames(lastLine, [['王掌柜', 'PER']]),
      plain,
    ]
    // The blocks whose entities change at each step (a block given back its plain item changes too); never the
    // second line's.
    const changing = [firstLine, [...firstLine, ...lastLine], lastLine]
    steps.forEach((step, s) => {
      rendered.value = step
      render(chunkNode(chunks.value[0]!.lines, blockOf), root)
      const fresh = make('element', '', 'div')
      render(chunkNode(chunks.value[0]!.lines, blockOf), fresh)
      expect(markup(root)).toBe(markup(fresh))
      render(null, fresh)
      expect(allNodes(root).filter((n) => n.kind !== 'element' && n.text === '')).toEqual([])
      expect(allNodes(root).filter((n) => n.kind === 'comment')).toEqual([])
      expect(root.children[0]!.children.map((line) => allNodes(line).filter((n) => n.kind === 'text').map((n) => n.text).join('')).join(''))
        .toBe(doc)
      // Rendered again here: the blocks whose names changed (and the fresh mount's every block, once).
      for (const i of blocks.keys()) expect(renders.get(i) ?? 0, `block ${i}`).toBe(1 + (changing[s]!.includes(i) ? 1 : 0))
      renders.clear()
      if (s === 0) expect(markup(root)).toContain('<span data-block="0"><mark class="entity" data-offset="0" data-type="PER" data-label="LPER" title="TPER">韩青锋</mark>走进<mark')
    })
  })
})
