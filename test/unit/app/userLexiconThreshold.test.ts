// The dictionary against the confidence threshold and against the ways one name is written (QA, correcting every
// name of an article): a name added inside a model name the slider hides vanished; 英伟达 ORG missed 英偉達, and
// Mark Anderson PER missed MARK ANDERSON.
import { describe, expect, it } from 'vitest'
import { ref } from 'vue'
import type { Entity } from '../../../src/engine'
import { applyLexicon, lexiconFold, lexiconLayers, parseLexicon, type UserLexicon } from '../../../src/app/userLexicon'
import { lexiconOverlay, type LexiconInForce } from '../../../src/composables/useUserLexicon'
import { loadCommonWords, traditionalToSimplified } from '../../../src/app/redact'

const TYPES = new Map([['PER', 'PER'], ['LOC', 'LOC'], ['ORG', 'ORG'], ['机构名', 'ORG']])

function entity(text: string, surface: string, type: string, score: number, from = 0): Entity {
  const start = text.indexOf(surface, from)
  if (start < 0) throw new Error(`${surface} not in ${text}`)
  return { start, end: start + surface.length, type, text: surface, score }
}
const shown = (es: readonly Entity[]) => es.map((e) => `${e.text}/${e.type}`)

describe('a model name hidden by the threshold', () => {
  const text = '前谷歌工程副总裁在北京大学演讲。'
  // The news model's 前谷歌/PER at 0.26, under the default threshold 0.30; 北京大学 is confident.
  const model = [entity(text, '前谷歌', 'PER', 0.26), entity(text, '北京大学', 'ORG', 0.97)]
  const lexicon = parseLexicon('谷歌 机构名\n北京 LOC', TYPES)

  it('does not keep a dictionary name inside it out: the dictionary name replaces it', () => {
    expect(shown(applyLexicon(text, model, lexicon, { minScore: 0.3 }))).toEqual(['谷歌/ORG', '北京大学/ORG'])
    // The fine-grained model's longer 前谷歌工程 too.
    const fine = [entity(text, '前谷歌工程', 'ORG', 0.12), entity(text, '北京大学', 'ORG', 0.97)]
    expect(shown(applyLexicon(text, fine, lexicon, { minScore: 0.3 }))).toEqual(['谷歌/ORG', '北京大学/ORG'])
  })

  it('keeps it out once shown: a listed shorter name does not split a model name the user can see', () => {
    expect(shown(applyLexicon(text, model, lexicon, { minScore: 0.2 }))).toEqual(['前谷歌/PER', '北京大学/ORG'])
    // Without a threshold (the annotate CLI writes every model name) every model name counts as shown, as before.
    expect(shown(applyLexicon(text, model, lexicon))).toEqual(['前谷歌/PER', '北京大学/ORG'])
    // 北京 stays inside 北京大学 at any threshold under its score.
    expect(shown(applyLexicon(text, model, lexicon, { minScore: 0.95 }))).toEqual(['谷歌/ORG', '北京大学/ORG'])
    expect(shown(applyLexicon(text, model, lexicon, { minScore: 0.98 }))).toEqual(['谷歌/ORG', '北京/LOC'])
  })

  it('gives back the same list while the threshold stays on one side of every such score', () => {
    const at = lexiconLayers(text, model, lexicon)
    expect(at(0.3)).toBe(at(0.5))
    expect(at(0.3)).toBe(at(0.27))
    expect(at(0.26)).not.toBe(at(0.3)) // 0.26 is shown at 0.26
    expect(at(0)).toBe(at(0.26))
    expect(at(0.3)).not.toBe(at(0.98))
  })
})

describe('lexiconOverlay reads the threshold and the table in force', () => {
  const text = '前谷歌工程副总裁说，英偉達与MARK ANDERSON合作。'
  const found = Object.freeze([entity(text, '前谷歌', 'PER', 0.26), entity(text, '英偉', 'LOC', 0.5)])
  const lexicon = parseLexicon('谷歌 ORG\n英伟达 ORG\nMark Anderson PER', TYPES)

  it('lays the dictionary over again when the threshold or the table changes, and not otherwise', async () => {
    const inForce = ref<LexiconInForce>({ ...lexicon, minScore: 0.3, simplified: null })
    const overlay = lexiconOverlay(inForce)
    const first = overlay(text, found)
    // Without the table 英偉達 is not 英伟达 yet; case never mattered.
    expect(shown(first)).toEqual(['谷歌/ORG', '英偉/LOC', 'MARK ANDERSON/PER'])
    inForce.value = { ...lexicon, minScore: 0.35, simplified: null }
    expect(overlay(text, found)).toBe(first) // nothing between 0.30 and 0.35: the same list, nothing redrawn
    inForce.value = { ...lexicon, minScore: 0.1, simplified: null }
    expect(shown(overlay(text, found))).toEqual(['前谷歌/PER', '英偉/LOC', 'MARK ANDERSON/PER'])
    await loadCommonWords()
    inForce.value = { ...lexicon, minScore: 0.3, simplified: traditionalToSimplified() }
    expect(shown(overlay(text, found))).toEqual(['谷歌/ORG', '英偉達/ORG', 'MARK ANDERSON/PER'])
  })

  it('passes the entities through with an empty dictionary, whatever the threshold', () => {
    const empty: UserLexicon = parseLexicon('', TYPES)
    expect(lexiconOverlay(ref<LexiconInForce>({ ...empty, minScore: 0.9 }))(text, found)).toBe(found)
  })
})

describe('one name written several ways', () => {
  it('folds ASCII case and Traditional characters one unit for one, so offsets stay those of the text', async () => {
    await loadCommonWords()
    const table = traditionalToSimplified()!
    expect(lexiconFold('英偉達ＭＡＲＫ Anderson', table)).toBe('英伟达mark anderson')
    // Only ASCII letters change case: İ lower-cased is two units, and would move every offset after it.
    for (const sample of ['İstanbul', 'ΣΟΦΙΑ', 'Straße', '𠀀臺灣']) expect(lexiconFold(sample, table)).toHaveLength(sample.length)
    expect(lexiconFold('İstanbul')).toBe('İstanbul')
  })

  it('matches entries and the text in either script and any Latin case, and reports the text as written', async () => {
    await loadCommonWords()
    const simplified = traditionalToSimplified()
    const text = '英偉達、英伟达与MARK ANDERSON、mark anderson在臺積電會面，Meta也在。'
    const lex = parseLexicon('英伟达 ORG\nMark Anderson PER\n台積電 ORG\n-META', TYPES)
    const model = [entity(text, 'Meta', 'ORG', 0.9)]
    expect(applyLexicon(text, model, lex, { simplified }).map((e) => [e.start, e.end, e.text, e.type])).toEqual([
      [0, 3, '英偉達', 'ORG'], [4, 7, '英伟达', 'ORG'], [8, 21, 'MARK ANDERSON', 'PER'], [22, 35, 'mark anderson', 'PER'], [36, 39, '臺積電', 'ORG'],
    ])
    // Removal lines fold the same way: -META drops the model's Meta. Without the table only Simplified matches.
    expect(shown(applyLexicon(text, model, lex)).filter((s) => s.endsWith('ORG'))).toEqual(['英伟达/ORG'])
  })

  it('keeps a name listed in capitals only (an acronym) to capitals: US is not the us of "Contact us"', () => {
    const text = 'Contact us at 电话。他去了US，who knows? WHO 发布报告。把it放下，IT部门，ＩＴ也是。Meta和meta。'
    const lex = parseLexicon('US LOC\nWHO ORG\nIT ORG\nMETA ORG\nMeta ORG', TYPES)
    expect(applyLexicon(text, [], lex).map((e) => e.text)).toEqual(['US', 'WHO', 'IT', 'ＩＴ', 'Meta', 'meta'])
  })
})
