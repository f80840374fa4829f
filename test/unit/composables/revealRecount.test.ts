// The steps bar and the list's "6/24" count over the occurrences the view still marks once some are hidden (the
// threshold raised over a few of a name's occurrences): the place shown keeps its index among them, or, hidden
// itself, the bar stands on the next one shown (phone QA: the bar kept "6/24" over names no longer marked).
import { describe, expect, it } from 'vitest'
import { occurrencesNow, placeAmong } from '../../../src/composables/useReveal'
import type { Entity } from '../../../src/engine'

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

// The name's occurrences marked now, not those the list gave less the ones hidden: with the threshold lowered after the
// bar opened at "4/70", the view marked 85 广州 and the bar stayed at 4/70, its › skipping the ones newly shown
// (re-check QA).
describe('the occurrences of the name marked now', () => {
  /** 第1段：李明在广州开会。… : 广州 in every paragraph, sure (0.95) in the odd ones, less sure (0.5) in the even ones. */
  const paragraphs = 6
  let text = ''
  const entities: Entity[] = []
  for (let i = 0; i < paragraphs; i++) {
    const line = `第${i + 1}段：李明在广州开会。\n`
    const person = text.length + line.indexOf('李明')
    const city = text.length + line.indexOf('广州')
    entities.push({ start: person, end: person + 2, type: 'PER', text: '李明', score: 0.9 })
    entities.push({ start: city, end: city + 2, type: 'LOC', text: '广州', score: i % 2 ? 0.5 : 0.95 })
    text += line
  }
  const markedAbove = (min: number, hidden: readonly string[] = []) => (start: number) =>
    entities.some((e) => e.start === start && e.score >= min && !hidden.includes(e.type))
  const cities = (min: number) => entities.filter((e) => e.type === 'LOC' && e.score >= min).map((e) => e.start)

  it('counts the ones newly marked with the threshold lowered, in text order', () => {
    // (the list gave the 3 sure ones at 0.9; at 0.3 all 6 are marked)
    const given = cities(0.9)
    expect(given).toHaveLength(3)
    expect(occurrencesNow(given, entities, text, markedAbove(0.3))).toEqual(cities(0))
    // and the place shown, the 2nd of 3 (paragraph 3), is the 3rd of 6
    expect(placeAmong(occurrencesNow(given, entities, text, markedAbove(0.3)), given[1])).toEqual({ index: 2, landed: true })
  })
  it('counts fewer with it raised, none with the type hidden', () => {
    expect(occurrencesNow(cities(0), entities, text, markedAbove(0.9))).toEqual(cities(0.9))
    expect(occurrencesNow(cities(0), entities, text, markedAbove(0, ['LOC']))).toEqual([])
  })
  it('a pair: both names in the sentences they share', () => {
    const pair = entities.filter((e) => e.score >= 0.9).map((e) => e.start)
    expect(occurrencesNow(pair, entities, text, markedAbove(0.3))).toEqual(entities.map((e) => e.start))
  })
  it('names the entities no longer hold: those given that are marked', () => {
    expect(occurrencesNow([1000, 2000], entities, text, (start) => start === 2000)).toEqual([2000])
  })
})
