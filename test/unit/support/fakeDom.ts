// A small tree of plain objects standing in for the DOM, with Vue's own renderer over it: the view's tests mount and
// patch real vnodes onto it and count every node made (blockNodes.test.ts, chunkNodes.test.ts).
import { createRenderer } from 'vue'

export type FakeNode = { kind: 'element' | 'text' | 'comment'; tag?: string; text: string; attrs: Record<string, string>; children: FakeNode[]; parent: FakeNode | null }

/** Nodes made so far, by kind (a test sets them back to 0). */
export const created = { text: 0, element: 0, comment: 0 }
export const make = (kind: FakeNode['kind'], text = '', tag?: string): FakeNode => {
  created[kind]++
  return { kind, tag, text, attrs: {}, children: [], parent: null }
}
const detach = (child: FakeNode) => {
  if (child.parent) child.parent.children.splice(child.parent.children.indexOf(child), 1)
  child.parent = null
}
export const { render } = createRenderer<FakeNode, FakeNode>({
  createElement: (tag) => make('element', '', tag),
  createText: (text) => make('text', text),
  createComment: (text) => make('comment', text),
  setText: (node, text) => { node.text = text },
  setElementText: (el, text) => {
    for (const c of [...el.children]) detach(c)
    if (text) { const t = make('text', text); t.parent = el; el.children.push(t) }
  },
  insert: (child, parent, anchor) => {
    detach(child)
    const at = anchor ? parent.children.indexOf(anchor) : -1
    parent.children.splice(at < 0 ? parent.children.length : at, 0, child)
    child.parent = parent
  },
  remove: (child) => detach(child),
  parentNode: (node) => node.parent,
  nextSibling: (node) => (node.parent ? node.parent.children[node.parent.children.indexOf(node) + 1] ?? null : null),
  patchProp: (el, key, _prev, next) => {
    if (next === undefined || next === null || next === false) delete el.attrs[key]
    else el.attrs[key] = String(next)
  },
})

/** The tree as markup, every node shown (an empty text node as ⟨⟩, so that none can hide). */
export function markup(node: FakeNode): string {
  if (node.kind === 'text') return node.text === '' ? '⟨⟩' : node.text
  if (node.kind === 'comment') return `<!--${node.text}-->`
  const attrs = Object.entries(node.attrs).map(([k, v]) => ` ${k}="${v}"`).join('')
  return `<${node.tag}${attrs}>${node.children.map(markup).join('')}</${node.tag}>`
}
export function allNodes(node: FakeNode): FakeNode[] {
  return [node, ...node.children.flatMap(allNodes)]
}
