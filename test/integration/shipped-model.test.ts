// The shipped model on hand-written news sentences, through onnxruntime-web in Node: the obvious
// entities must be found. Skipped, loudly, only while public/models/shiti-news-v1/ does not exist.
import { describe, expect, it } from 'vitest'
import { hasModel, SHIPPED_MODEL_DIR, useNodeModel, warnMissing } from '../unit/support/models'

warnMissing(SHIPPED_MODEL_DIR, 'shipped-model tests (the lead ships public/models/shiti-news-v1/ before CI)')

const CASES: { text: string; expect: [string, string][] }[] = [
  { text: '新华社北京3月5日电 国家主席习近平今天在人民大会堂会见了联合国秘书长古特雷斯。',
    expect: [['新华社', 'ORG'], ['北京', 'LOC'], ['习近平', 'PER'], ['人民大会堂', 'LOC'], ['联合国', 'ORG'], ['古特雷斯', 'PER']] },
  { text: '上海市人民政府今天发布通知，要求各区做好防汛准备工作。', expect: [['上海市人民政府', 'ORG']] },
  { text: '记者从广州市教育局获悉，今年广州将新增中小学学位五万个。', expect: [['广州市教育局', 'ORG'], ['广州', 'LOC']] },
  { text: '张伟和王芳上周末去杭州西湖游玩。', expect: [['张伟', 'PER'], ['王芳', 'PER'], ['杭州', 'LOC']] },
  { text: '中国人民银行决定下调金融机构存款准备金率。', expect: [['中国人民银行', 'ORG']] },
  { text: '俄罗斯总统普京抵达北京，开始对中国的国事访问。', expect: [['俄罗斯', 'LOC'], ['普京', 'PER'], ['北京', 'LOC'], ['中国', 'LOC']] },
]

describe.runIf(hasModel(SHIPPED_MODEL_DIR))('shipped model shiti-news-v1', () => {
  const model = useNodeModel(SHIPPED_MODEL_DIR)

  it.each(CASES.map((c) => [c.text, c]))('%s', async (_text, { text, expect: wanted }) => {
    const found = (await model().model.analyze(text)).map((e) => [e.text, e.type])
    for (const entity of wanted) expect(found).toContainEqual(entity)
  })

  it('finds the same entities when the text arrives as one long document', async () => {
    const doc = CASES.map((c) => c.text).join('\n').repeat(20)
    const entities = await model().model.analyze(doc)
    for (const e of entities) expect(doc.slice(e.start, e.end)).toBe(e.text)
    expect(entities.filter((e) => e.text === '习近平' && e.type === 'PER')).toHaveLength(20)
  })
})
