// Recheck 50 (adversarial re-check of the HR and compliance rules): a table's headings and a form's blanks taken for
// the name after 姓名, an English heading after an empty WeChat or QQ cell taken for the ID, an API's codes and a
// year taken for securities codes, placeholders for companies, totals and order numbers for phones, and the
// two-line rule's cost on short-line text. Each with what must still be found.
import { describe, expect, it } from 'vitest'
import { findPatterns, withPatterns } from '../../../src/app/patterns'
import type { Entity } from '../../../src/engine'

const found = (text: string) => findPatterns(text).map((e) => [e.type, e.text])
const laid = (text: string, entities: Entity[] = []) => withPatterns(text, entities).map((e) => [e.type, e.text])
const names = (text: string, entities: Entity[] = []) => laid(text, entities).filter(([type]) => type === 'PER')
const model = (text: string, type: string, sub: string): Entity => {
  const start = text.indexOf(sub)
  return { start, end: start + sub.length, type, text: sub, score: 0.9 }
}

describe('the name after 姓名 reads as a person\'s name', () => {
  it('takes no heading of a table\'s header row after 姓名, nor an empty field\'s next label', () => {
    for (const heading of ['职务', '部门', '职称', '学号', '备注', '年级', '工号', '单位', '成绩', '金额']) {
      expect(names(`姓名    ${heading}    手机\n周磊    销售    13912345678\n${heading}调整已通知本人。`)).toEqual([])
    }
    expect(names('姓名：职务：')).toEqual([])
    expect(names('姓名：\t部门：市场部')).toEqual([])
  })

  it('takes no blank\'s word nor a form\'s own word, which would then be replaced wherever the text says it', () => {
    for (const word of ['测试', '如下', '学生', '示例', '家长', '以下', '同上', '待填写', '先生', '见附件']) {
      expect(names(`姓名：${word}\n${word}内容另行说明。`)).toEqual([])
    }
  })

  it('takes no organisation: not where no surname starts it, nor over the model\'s organisation', () => {
    expect(names('名字：中国银行')).toEqual([])
    expect(names('中文名：北京大学')).toEqual([])
    // 华 is a surname: the model's ORG decides.
    const bank = '中文名：华夏银行\n'
    expect(laid(bank, [model(bank, 'ORG', '华夏银行')])).toEqual([['ORG', '华夏银行']])
  })

  it('still takes names with a common or a compound surname, Traditional, spaced, transliterated, on two lines', () => {
    expect(names('姓名：王一')).toEqual([['PER', '王一']])
    expect(names('姓名：上官婉清\t性别：女')).toEqual([['PER', '上官婉清']])
    expect(names('真實姓名：陳大文')).toEqual([['PER', '陳大文']])
    expect(names('姓名：歐陽靜怡')).toEqual([['PER', '歐陽靜怡']])
    expect(names('姓 名：赵 敏  性 别：女')).toEqual([['PER', '赵 敏']])
    expect(names('姓名：艾力·吐尔逊')).toEqual([['PER', '艾力·吐尔逊']])
    expect(names('姓名\n令狐晓峰\n性别\n男')).toEqual([['PER', '令狐晓峰']])
    expect(names('姓名    周磊    手机\n')).toEqual([['PER', '周磊']])
  })
})

describe('QQ and WeChat IDs after an empty cell', () => {
  it('takes no English heading on the line under 微信 or QQ, nor a word after QQ on its line', () => {
    expect(found('微信\nPython\n技能：熟练使用Python和Go')).toEqual([])
    for (const heading of ['Education', 'Skills', 'Experience', 'Email', 'Mobile', 'Address', 'WeChat', 'LinkedIn', 'GitHub', 'Profile']) {
      expect(found(`微信\n${heading}\n`)).toEqual([])
    }
    expect(found('QQ\nAddress\n')).toEqual([])
    expect(found('QQ：Address')).toEqual([])
    expect(found('QQ号 Projects')).toEqual([])
    // A heading after an empty WeChat field on its line.
    expect(found('微信：Email：lin.qiao@example.com')).toEqual([['EMAIL', 'lin.qiao@example.com']])
  })

  it('still takes IDs with a digit, _ or - on the next line, letters alone after a colon, QQ numbers', () => {
    expect(found('微信\nlin_qiao\n微信号\nqiao-lin\n微信\nqiaolin88\nQQ\n20485731')).toEqual([
      ['RECORD_NUMBER', 'lin_qiao'], ['RECORD_NUMBER', 'qiao-lin'], ['RECORD_NUMBER', 'qiaolin88'], ['RECORD_NUMBER', '20485731'],
    ])
    expect(found('微信：qiaolinwork')).toEqual([['RECORD_NUMBER', 'qiaolinwork']])
    expect(found('QQ：20485731，微信号 20485731')).toEqual([['RECORD_NUMBER', '20485731'], ['RECORD_NUMBER', '20485731']])
    // A mobile after QQ is still a phone.
    expect(found('QQ：13912345678')).toEqual([['PHONE', '13912345678']])
  })
})

describe('securities codes and company names after their labels', () => {
  it('takes no code after 代码 alone, nor a year after a stock\'s label', () => {
    expect(found('错误码说明\n代码：300105 含义：令牌过期\n代码：300106 含义：权限不足')).toEqual([])
    expect(found('接口返回代码 200001 表示成功。')).toEqual([])
    expect(found('股票代码：2024年起停牌，证券代码 202403月')).toEqual([])
  })

  it('takes H-share codes, three-digit Hong Kong codes and a stock label\'s value on the next line', () => {
    expect(found('H股代码：1810，港股代码 9988')).toEqual([['STOCK_CODE', '1810'], ['STOCK_CODE', '9988']])
    expect(found('另持有388.HK和5.HK')).toEqual([['STOCK_CODE', '388.HK']])
    expect(found('证券代码\n601899\n证券简称\n紫金矿业')).toEqual([['STOCK_CODE', '601899']])
  })

  it('takes no placeholder for a company\'s name', () => {
    expect(laid('公司简称：见附件\n公司全称：请填写\n企业名称：个体工商户\n公司名称：无')).toEqual([])
    expect(laid('公司名称：无锡某某电器有限公司')).toEqual([['ORG', '无锡某某电器有限公司']])
  })
})

describe('mobile-shaped numbers that are no phones', () => {
  it('not a total or a stock with its unit, nor after an order\'s or a parcel\'s number label', () => {
    expect(found('本月合计 139 123 45678 元')).toEqual([])
    expect(found('仓库余量 139 123 45678 件')).toEqual([])
    expect(found('总计：13912345678')).toEqual([])
    // No phones: record numbers after an order's and a parcel's label (chat QA), nothing after 编号.
    expect(found('订单号：8613912345678，运单号 8615987654321，编号8613912345678')).toEqual([['RECORD_NUMBER', '8613912345678'], ['RECORD_NUMBER', '8615987654321']])
  })

  it('still a phone before a name or a sentence going on, and 86 and a mobile after a phone word', () => {
    expect(found('手机：13912345678，周先生')).toEqual([['PHONE', '13912345678']])
    expect(found('电话13912345678只在工作日接听')).toEqual([['PHONE', '13912345678']])
    expect(found('联系电话 8613912345678')).toEqual([['PHONE', '8613912345678']])
  })
})

describe('the two-line rule\'s cost', () => {
  it('reads many short label lines in one pass (a pass per pair took seconds)', () => {
    const text = '微信\n微信号\n'.repeat(60_000)
    // The fastest of three, so a busy machine's pause counts less: about 0.1 s here, 1.2 s or more (up to 3.9 s)
    // with a pass of every rule per pair.
    const times = [0, 1, 2].map(() => {
      const start = performance.now()
      withPatterns(text, [])
      return performance.now() - start
    })
    expect(Math.min(...times)).toBeLessThan(500)
  })
})
