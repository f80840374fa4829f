import { beforeAll, describe, expect, it } from 'vitest'
import { loadCommonWords, spreadNames } from '../../../src/app/redact'
import { redactedPath } from '../../../src/app/batch'
import type { Entity } from '../../../src/engine'

// Contracts QA 10: Batch on A_lease.docx, B_bideval.docx and C_service.docx zipped [地名3].redacted.docx, [地名4]… and
// [地名5]…: the news model tags the ASCII stems as LOC (0.33, 0.64, 0.70), so no copy could be told from another.
const pseudonym = (type: string, n: number) => `[${type}${n}]`
const types = new Set(['PER', 'LOC', 'ORG'])
const whole = (text: string, type: string, extra: Partial<Entity> & Record<string, unknown> = {}): Entity =>
  ({ start: 0, end: text.length, type, text, score: 0.7, ...extra })
const named = (path: string, found: Entity[]) =>
  redactedPath(path, { types, mode: 'pseudonym', pseudonym, spread: spreadNames(found, types) }, false)

beforeAll(loadCommonWords)

describe('a file name of ASCII letters, digits, _ - and . is not renamed by the model', () => {
  it('keeps A_lease, B_bideval and C_service though the model read them as places', () => {
    expect(named('A_lease.docx', [whole('A_lease', 'LOC')])).toBe('A_lease.docx')
    expect(named('B_bideval.docx', [whole('B_bideval', 'LOC')])).toBe('B_bideval.docx')
    expect(named('合同/C_service.docx', [whole('C_service', 'LOC')])).toBe('合同/C_service.docx')
    expect(named('HT-2026.0312_v2.txt', [whole('HT', 'ORG')])).toBe('HT-2026.0312_v2.txt')
  })

  it('still replaces a name the texts hold', () => {
    const text = 'Smith签署了合同。'
    const smith: Entity = { start: 0, end: 5, type: 'PER', text: 'Smith', score: 0.9 }
    const options = { types, mode: 'pseudonym' as const, pseudonym, spread: spreadNames([smith, whole('Smith_CV', 'LOC')], types) }
    expect(redactedPath('Smith_CV.docx', options, false, spreadNames([smith], types, [{ text, entities: [smith] }]))).toBe('[PER1]_CV.docx')
    expect(redactedPath('Smith_CV.docx', options, false)).toBe('Smith_CV.docx')
  })

  it('still replaces a name the user\'s dictionary or a rule found there', () => {
    expect(named('Acme_contract.docx', [whole('Acme', 'ORG', { fromLexicon: true })])).toBe('[ORG1]_contract.docx')
    expect(named('Zhang_Wei.txt', [whole('Zhang_Wei', 'PER', { fromPattern: true })])).toBe('[PER1].txt')
  })

  it('still replaces a model name in a stem that is not all ASCII letters, digits, _ - and .', () => {
    expect(named('张伟_简历.txt', [whole('张伟', 'PER')])).toBe('[PER1]_简历.txt')
    expect(named('LiMing_李明/notes.txt', [whole('LiMing', 'PER')])).toBe('[PER1]_李明/notes.txt')
  })
})
