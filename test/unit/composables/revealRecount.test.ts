// The steps bar and the list's "6/24" count over the occurrences the view still marks once some are hidden (the
// threshold raised over a few of a name's occurrences): the place shown keeps its index among them, or, hidden
// itself, the bar stands on the next one shown (phone QA: the bar kept "6/24" over names no longer marked).
import { describe, expect, it } from 'vitest'
import { placeAmong } from '../../../src/composables/useReveal'

describe('the place shown among the occurrences still marked', () => {
  it('keeps the occurrence shown, at its index among those left', () => {
    // (260, the 6th of [3, 40, 95, 180, 220, 260]; 40 and 95 hidden: the 4th of the 4 left)
    expect(placeAmong([3, 180, 220, 260], 260)).toEqual({ index: 3, landed: true })
    expect(placeAmong([3, 40, 95], 3)).toEqual({ index: 0, landed: true })
  })
  it('hidden itself: the next one shown after it, not yet landed on', () => {
    expect(placeAmong([3, 180, 220], 95)).toEqual({ index: 1, landed: false })
    // (none after it: round to the first)
    expect(placeAmong([3, 40], 95)).toEqual({ index: 0, landed: false })
  })
  it('with no place, the first', () => {
    expect(placeAmong([3, 40], undefined)).toEqual({ index: 0, landed: false })
  })
})
