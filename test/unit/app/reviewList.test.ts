// The Entities tab's "to check" list: the shown names the model was least sure of, least sure first (QA: nothing
// stepped through the doubtful names alone, and no list showed a score).
import { describe, expect, it } from 'vitest'
import type { Entity } from '../../../src/engine'
import { REVIEW_BELOW, reviewList } from '../../../src/app/reviewList'
import { groupMentions } from '../../../src/app/mentions'
import { spans } from '../support/entities'

const text = '周明远在青岚市见了周明远的同事沈一禾，沈一禾说青岚市和星河公司都很好。周\u200b明远也来了。'
const scored = (entities: Entity[], scores: number[]) => entities.map((e, i) => ({ ...e, score: scores[i]! }))
const found = scored(
  spans(text, [['周明远', 'PER'], ['青岚市', 'LOC'], ['周明远', 'PER'], ['沈一禾', 'PER'], ['沈一禾', 'PER'], ['青岚市', 'LOC'], ['星河公司', 'ORG'], ['周\u200b明远', 'PER']]),
  [0.95, 0.72, 0.41, 0.99, 0.985, 0.6, 0.79, 0.9],
)

describe('the names to check', () => {
  it('are those scored under the level at least once, least sure first, each with its lowest score', () => {
    const list = reviewList(found, 0.8)
    expect(list.map((name) => [name.text, name.type, name.score])).toEqual([
      ['周明远', 'PER', 0.41], // 0.95 and 0.9 elsewhere: the lowest counts
      ['青岚市', 'LOC', 0.6],
      ['星河公司', 'ORG', 0.79],
    ])
    // 沈一禾 (0.99, 0.985) is sure: not listed.
  })

  it('carry every occurrence, as the panel groups names, so a click steps through the same places as the chip', () => {
    const list = reviewList(found, 0.8)
    const groups = groupMentions(found, ['PER', 'LOC', 'ORG'])
    for (const name of list) {
      const chip = groups.find((g) => g.type === name.type)!.mentions.find((m) => m.text === name.text)!
      expect(name.starts).toEqual(chip.starts)
    }
    // 周\u200b明远 is 周明远 written with an invisible character: one name, three places.
    expect(list[0]!.starts).toEqual([0, 9, text.indexOf('周\u200b明远')])
  })

  it('keep the first met first among equal scores, and a name of two types twice', () => {
    const tied = scored(spans('星河在东，星河公司在西，星河很远。', [['星河', 'LOC'], ['星河公司', 'ORG'], ['星河', 'PER']]), [0.5, 0.5, 0.5])
    expect(reviewList(tied).map((name) => `${name.text}/${name.type}`)).toEqual(['星河/LOC', '星河公司/ORG', '星河/PER'])
  })

  it('leave out names from the dictionary or found by rule, and are empty where every name is sure', () => {
    const mixed: Entity[] = [
      { ...found[1]!, score: 0.5, fromLexicon: true } as Entity,
      { start: 0, end: 3, type: 'PHONE', text: '110', score: 0.5, fromPattern: true } as Entity,
    ]
    expect(reviewList(mixed)).toEqual([])
    expect(reviewList(scored(found, found.map(() => 0.8)))).toEqual([]) // 0.80 is not under 0.80
    expect(reviewList([])).toEqual([])
  })

  it('use 0.80 by default: under it the dev bands are at most 76 % right', () => {
    expect(REVIEW_BELOW).toBe(0.8)
    expect(reviewList(found).map((name) => name.text)).toEqual(['周明远', '青岚市', '星河公司'])
  })
})
