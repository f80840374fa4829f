// The Entities list goes on from the occurrence the view shows while a long text is read (re-check QA: every click said
// 1/N, the new occurrences read as "occurrences changed"), and starts again only where a name's occurrences changed.
import { describe, expect, it } from 'vitest'
import { sameOrLonger, startsWith } from '../../../src/composables/useReveal'

describe('a name\'s occurrences, then more of the text read', () => {
  it('goes on where the old list starts the new one', () => {
    expect(startsWith([3, 40, 95, 180], [3, 40])).toBe(true)
    expect(startsWith([3, 40], [3, 40])).toBe(true)
    expect(startsWith([], [])).toBe(true)
  })
  it('starts again where the text was edited or some were hidden', () => {
    // (北京 typed at the top: every occurrence moved by 3)
    expect(startsWith([6, 43, 98], [3, 40])).toBe(false)
    expect(startsWith([3, 95], [3, 40, 95])).toBe(false)
    expect(startsWith([3], [3, 40])).toBe(false)
  })
  it('compares the list the button is drawn from, behind or ahead of the one clicked, either way', () => {
    expect(sameOrLonger([3, 40], [3, 40, 95])).toBe(true)
    expect(sameOrLonger([3, 40, 95], [3, 40])).toBe(true)
    expect(sameOrLonger([3, 41], [3, 40, 95])).toBe(false)
  })
})
