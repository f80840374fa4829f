// The highlighted view's block (BlockText's nodes, blockNodes.ts) mounted and patched through Vue's own renderer,
// onto a small tree of plain objects standing in for the DOM: one node per segment, no empty anchor text nodes
// (literature QA: 39,926 of 57,745 nodes in the view of a 100,000-character novel were Vue fragment anchors).
import { describe, expect, it } from 'vitest'
import { h, type VNode } from 'vue'
import type { Entity } from '../../../src/engine'
import { toSegments } from '../../../src/app/segments'
import { blockNodes, type MarkLook } from '../../../src/components/blockNodes'
import { allNodes, created, make, markup, render } from '../support/fakeDom'

function names(text: string, found: [name: string, type: string, extra?: object][]): Entity[] {
  let from = 0
  return found.map(([name, type, extra]) => {
    const start = text.indexOf(name, from)
    from = start + name.length
    return { start, end: start + name.length, type, text: name, score: 0.9, ...extra }
  })
}

const look: MarkLook = { label: (type) => `L${type}`, title: (e) => `T${e.type}` }
function block(text: string, entities: readonly Entity[], with_: MarkLook = look): VNode {
  return h('span', { 'data-block': 0 }, blockNodes(toSegments(text, entities), with_))
}

describe('blockNodes', () => {
  const text = '韩青锋走进长安城，遇见了周建明、王掌柜。\n'
  const found = names(text, [['韩青锋', 'PER'], ['长安城', 'LOC'], ['周建明', 'PER'], ['王掌柜', 'PER', { fromLexicon: true }]])

  it('renders one node per segment: text nodes and marks, no empty anchors', () => {
    const root = make('element', '', 'div')
    render(block(text, found), root)
    const span = root.children[0]!
    expect(markup(span)).toBe(
      '<span data-block="0">'
      + '<mark class="entity" data-offset="0" data-type="PER" data-label="LPER" title="TPER">韩青锋</mark>走进'
      + '<mark class="entity" data-offset="5" data-glued="true" data-type="LOC" data-label="LLOC" title="TLOC">长安城</mark>，遇见了'
      + '<mark class="entity" data-offset="12" data-glued="true" data-type="PER" data-label="LPER" title="TPER">周建明</mark>、'
      + '<mark class="entity" data-offset="16" data-glued="true" data-type="PER" data-label="LPER" title="TPER" data-source="lexicon">王掌柜</mark>。\n'
      + '</span>',
    )
    // 4 names and the 4 pieces of text after them: 8 children, each mark with its one text node.
    expect(span.children).toHaveLength(8)
    expect(allNodes(span).filter((n) => n.kind !== 'element' && n.text === '')).toEqual([])
    expect(allNodes(span)).toHaveLength(1 + 8 + 4)
  })

  it('puts the name in a <span lang> where the mark is in the interface language', () => {
    const root = make('element', '', 'div')
    render(block('见韩青锋', names('见韩青锋', [['韩青锋', 'PER']]), { ...look, labelLang: 'en', innerLang: 'zh' }), root)
    expect(markup(root.children[0]!)).toBe(
      '<span data-block="0">见<mark class="entity" data-offset="1" data-type="PER" data-label="LPER" title="TPER" lang="en"><span lang="zh">韩青锋</span></mark></span>',
    )
  })

  it('patches as names stream in and go: the same tree as a fresh mount, nodes in proportion to segments', () => {
    const steps: Entity[][] = [[], found, found.slice(1, 3), [found[0]!, found[3]!], [], found]
    const root = make('element', '', 'div')
    for (const step of steps) {
      render(block(text, step), root)
      const fresh = make('element', '', 'div')
      render(block(text, step), fresh)
      expect(markup(root)).toBe(markup(fresh))
      render(null, fresh)
      const span = root.children[0]!
      expect(allNodes(span).filter((n) => n.kind !== 'element' && n.text === '')).toEqual([])
      expect(span.children.map((n) => (n.kind === 'text' ? n.text : n.children[0]!.text)).join('')).toBe(text)
    }
    // A long paragraph: nodes grow with its segments, one each, however many names it holds.
    const long = Array.from({ length: 200 }, (_, i) => `第${i}回韩青锋到此，`).join('')
    const many = names(long, Array.from({ length: 200 }, () => ['韩青锋', 'PER'] as [string, string]))
    created.text = created.element = created.comment = 0
    const big = make('element', '', 'div')
    render(block(long, many), big)
    const segments = toSegments(long, many).length
    expect(segments).toBe(401)
    // The root, the span, each mark, and each segment's text (201 between the names, 200 in them): no comment, no
    // anchor (the template's fragments added 4 empty ones per plain piece, 2 per name and 2 per block: 1,206 more).
    expect(created).toEqual({ element: 1 + 1 + 200, text: 401, comment: 0 })
  })
})
