import { beforeAll, describe, expect, it } from 'vitest'
import { loadCommonWords } from '../../../src/app/redact'
import { pseudo, spanFinder } from './redactFixtures'

// Second recheck of round 56's redaction fixes: a surname left readable before a given name that starts with a surname
// character, a trade verb eaten after a company's core, 某 ties in other brackets, and surnames' Latin spellings.
// Sentences here are written for the tests.
const per = spanFinder('PER')
const company = spanFinder('COMPANY')

beforeAll(loadCommonWords)

describe('a surname before a given name is taken in where the given name starts with a rarer surname character', () => {
  it('takes 何 and 黃 in before 文華 and 金城', () => {
    const one = '董事會主席為何文華先生，他昨天出席了會議。'
    // Before: 董事會主席為何[人名1]先生，…
    expect(pseudo(one, [per(one, '文華')])).toBe('董事會主席為[人名1]先生，他昨天出席了會議。')
    const two = '公司董事為何金城先生，任期三年。'
    expect(pseudo(two, [per(two, '金城')])).toBe('公司董事為[人名1]先生，任期三年。')
    const three = '新任主席為黃文華先生。'
    expect(pseudo(three, [per(three, '文華')])).toBe('新任主席為[人名1]先生。')
  })

  it.each([['王', '金山'], ['刘', '方正'], ['周', '高远'], ['吴', '江明'], ['赵', '白石'], ['孙', '安然'], ['郑', '和平'], ['林', '常青']])(
    'takes %s in before %s',
    (surname, given) => {
      const text = `新任经理为${surname}${given}先生。`
      expect(pseudo(text, [per(text, given)])).toBe('新任经理为[人名1]先生。')
    },
  )

  it('keeps 何 and 向 before a name that starts with a common surname', () => {
    const one = '为何王强先生今天没有来？'
    expect(pseudo(one, [per(one, '王强')])).toBe('为何[人名1]先生今天没有来？')
    const two = '这笔钱是向李明先生借的。'
    expect(pseudo(two, [per(two, '李明')])).toBe('这笔钱是向[人名1]先生借的。')
  })
})

describe('a trade verb after a company core is taken in only where it does not act', () => {
  it('leaves 投资 and 设计 followed by 了 in the sentence', () => {
    const one = '华信投资有限公司为出资方。华信投资了三百万元。'
    // Before: …[公司1]了三百万元。
    expect(pseudo(one, [company(one, '华信投资有限公司')])).toBe('[公司1]为出资方。[公司1]投资了三百万元。')
    const two = '华信设计有限公司为设计方。华信设计了这座桥。'
    expect(pseudo(two, [company(two, '华信设计有限公司')])).toBe('[公司1]为设计方。[公司1]设计了这座桥。')
  })

  it('still takes the company\'s own verb in where it names the company', () => {
    const text = '华信租赁有限公司为出租方。华信租赁应于月底交付。'
    expect(pseudo(text, [company(text, '华信租赁有限公司')])).toBe('[公司1]为出租方。[公司1]应于月底交付。')
  })
})

describe('a form of 某 ties to its full name in other brackets, and not to a relative', () => {
  it('ties in ［ ］ and 【 】 and after 男，', () => {
    for (const text of ['申请人李某［李国华］到场。', '申请人李某【李国华】到场。', '申请人李某（男，李国华）到场。']) {
      expect(pseudo(text, [per(text, '李'), per(text, '李国华')])).toMatch(/^申请人\[人名1\]某.\S*\[人名1\].到场。$/u)
    }
  })

  it('does not tie 系 a full name followed by 的', () => {
    const text = '原告李某系李国华的女儿，李某称其父欠款。'
    const found = [per(text, '李'), per(text, '李国华'), per(text, '李', 'PER', 12)]
    // Before: 原告[人名1]某系[人名1]的女儿 (the daughter merged with her father)
    expect(pseudo(text, found)).not.toMatch(/^原告\[人名(\d)\]某系\[人名\1\]/u)
    const alone = '原告李某系李国华，现住本市。'
    expect(pseudo(alone, [per(alone, '李'), per(alone, '李国华')])).toBe('原告[人名1]某系[人名1]，现住本市。')
    const so = '原告李某即李国华。'
    expect(pseudo(so, [per(so, '李'), per(so, '李国华')])).toBe('原告[人名1]某即[人名1]。')
  })
})

describe('surname spellings', () => {
  it.each([
    ['吕小军', 'Lyu Xiaojun'], ['吕小军', 'Lv Xiaojun'], ['张家豪', 'Cheong Ka Hou'], ['郑嘉俊', 'Cheang Ka Chon'], ['杨家明', 'Ieong Ka Meng'],
    ['郭志华', 'Kuok Chi Wa'], ['余家辉', 'U Ka Fai'], ['许文杰', 'Hoi Man Kit'], ['郭德明', 'Kwek Tek Beng'], ['邱志强', 'Khor Chee Keong'],
    ['江伟明', 'Kang Wee Beng'], ['马国华', 'Beh Kok Hua'], ['潘伟强', 'Pua Wee Kiang'], ['方志明', 'Png Chee Beng'], ['张文华', 'Tio Boon Hua'],
    ['郑伟杰', 'Teh Wee Kiat'], ['余文乐', 'Ee Boon Lok'], ['蔡国良', 'Chai Kok Leong'], ['黄志强', 'Bong Chee Keong'], ['陈志明', 'Chern Chih Ming'],
    ['周杰伦', 'Jhou Jie Lun'], ['譚詠麟', 'Tam Wing Lun'], ['洪金寶', 'Hung Kam Po'], ['蕭芳芳', 'Siu Fong Fong'], ['莊文強', 'Chong Man Keung'],
    ['賴慧如', 'Lai Wai Yu'], ['區志明', 'Au Chi Ming'], ['司徒華', 'Szeto Wah'],
  ])('reads %s %s as one person', (chinese, latin) => {
    const text = `联系人：${chinese} ${latin}，请回复。`
    expect(pseudo(text, [per(text, chinese), per(text, latin)])).toBe('联系人：[人名1] [人名1]，请回复。')
  })

  it.each([['譚詠麟', 'Mary Wong'], ['洪金寶', 'John Chan'], ['蕭芳芳', 'Mary Wong'], ['莊文強', 'John Chan'], ['賴慧如', 'Mary Wong'], ['區志明', 'Peter Wong'], ['司徒華', 'John Chan']])(
    'keeps %s and %s apart',
    (chinese, latin) => {
      const text = `聯絡人：${chinese} ${latin}，請回覆。`
      expect(pseudo(text, [per(text, chinese), per(text, latin)])).toBe('聯絡人：[人名1] [人名2]，請回覆。')
    },
  )
})
