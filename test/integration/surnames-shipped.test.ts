// QA on court documents with the shipped news model: names with a compound surname (复姓) came back cut, so part of
// a redacted name stayed readable (上官婉清 -> 婉清, 尉迟欣然 -> 尉迟), and 系 / 之夫 of legal prose were taken into
// names (刘芳之夫, 刘芳系: one person, several pseudonyms). Contract step 8's surname repair; decode's unit tests
// hold the rules, this holds the shipped model's output.
import { describe, expect, it } from 'vitest'
import { hasModel, SHIPPED_MODEL_DIR, useNodeModel, warnMissing } from '../unit/support/models'

warnMissing(SHIPPED_MODEL_DIR, 'compound-surname tests with the shipped model')

describe.runIf(hasModel(SHIPPED_MODEL_DIR))('shipped model: compound surnames and legal prose', () => {
  const loaded = useNodeModel(SHIPPED_MODEL_DIR)
  const people = async (text: string) => {
    const found = await loaded().model.analyze(text)
    for (const e of found) expect(text.slice(e.start, e.end)).toBe(e.text)
    return found.filter((e) => e.type === 'PER').map((e) => e.text)
  }

  it('finds names with a compound surname whole', async () => {
    expect(await people('《上官婉清与司马晓燕民间借贷纠纷案》')).toEqual(['上官婉清', '司马晓燕'])
    expect(await people('被告：尉迟欣然，女。')).toEqual(['尉迟欣然'])
  })

  it('keeps 系 and 之夫 out of names', async () => {
    expect(await people('王建军系刘芳之夫，刘芳系个体工商户。')).toEqual(['王建军', '刘芳', '刘芳'])
  })

  it('leaves a name that goes on alone and the names that were whole', async () => {
    expect(await people('司马光在会上发言，书法家王羲之的作品也展出了。')).toEqual(['司马光', '王羲之'])
    expect(await people('原告欧阳明与被告慕容雪到庭。')).toEqual(['欧阳明', '慕容雪'])
  })
})
