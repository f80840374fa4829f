// Travel and paper QA (redacted itineraries, passenger lists and papers' acknowledgements, the rules on): booking codes,
// confirmation, visa and permit numbers after their labels, bare Chinese passport numbers, ORCID iDs, postcodes after
// their label and research grants' numbers all stayed readable. Each with what must stay as it was: a flight's or a
// train's number, a year, a score, a price, a fund's code. All numbers invented.
import { describe, expect, it } from 'vitest'
import { findPatterns, isOrcid, withPatterns } from '../../../src/app/patterns'

const found = (text: string) => findPatterns(text).map((e) => [e.type, e.text])
const records = (...values: string[]) => values.map((v) => ['RECORD_NUMBER', v])

describe('a trip\'s numbers after their labels', () => {
  it('are record numbers: booking, confirmation, visa, ticket, permits, a guide\'s licence', () => {
    expect(found('PNR：KX7P2M，订座记录：K7MX2P，预订号：ABC12D')).toEqual(records('KX7P2M', 'K7MX2P', 'ABC12D'))
    expect(found('确认号：HY-20260420-7731；酒店确认号 72819934；签证号：V20260301；取票号 E123456789')).toEqual(
      records('HY-20260420-7731', '72819934', 'V20260301', 'E123456789'),
    )
    expect(found('港澳通行证号C12345678，台胞证号码12345678，导游证号D-1101-012345')).toEqual(records('C12345678', '12345678', 'D-1101-012345'))
    expect(found('Passport No. EH9876543, Booking reference: KXPTMA')).toEqual(records('EH9876543', 'KXPTMA'))
    // A table's two cells copied out.
    expect(found('PNR\nKX7P2M')).toEqual(records('KX7P2M'))
  })

  it('replace the model\'s name that ate the label (港澳通行证号C as an organisation)', () => {
    const text = '港澳通行证号C12345678'
    const model = [{ start: 0, end: 7, type: 'ORG', text: text.slice(0, 7), score: 0.9 }]
    expect(withPatterns(text, model).map((e) => [e.type, e.text])).toEqual(records('C12345678'))
  })

  it('are not a word, a date or a year after the label, and a mobile stays a phone', () => {
    expect(found('请确认号码是否正确；PNR is；确认号：2026-04-20；签证号 2026年到期；通行证App')).toEqual([])
    expect(found('请确认号码13800138000')).toEqual([['PHONE', '13800138000']])
  })
})

describe('a Chinese passport\'s number with no label', () => {
  it('is a record number: E or G and eight digits, E, a letter and seven', () => {
    expect(found('乘客：张三 E12345678，李四 G12345678，王五 EA1234567')).toEqual(records('E12345678', 'G12345678', 'EA1234567'))
  })

  it('is not inside a longer code, nor a flight\'s or a train\'s number', () => {
    expect(found('SKU-E12345678，E123456789X，EA12345678，EI1234567，航班CA1234，G1234次列车，D3125')).toEqual([])
  })
})

describe('an ORCID iD', () => {
  it('is a record number where its check character holds, bare or in its address', () => {
    expect(isOrcid('0000-0002-1825-0097')).toBe(true)
    expect(isOrcid('0000-0002-1694-233X')).toBe(true)
    expect(found('ORCID: 0000-0002-1825-0097; https://orcid.org/0000-0002-1694-233X')).toEqual(records('0000-0002-1825-0097', '0000-0002-1694-233X'))
  })

  it('is not one with a wrong check character, nor a card\'s groups', () => {
    expect(isOrcid('0000-0002-1825-0098')).toBe(false)
    expect(found('0000-0002-1825-0098，ISBN 978-7-111-12345-6')).toEqual([])
  })
})

describe('a postcode after its label', () => {
  it('is a record number', () => {
    expect(found('北京市海淀区，邮编：100084；上海，邮政编码 200433')).toEqual(records('100084', '200433'))
  })

  it('is not six bare digits, nor another length', () => {
    expect(found('100084，邮编：1000845，京东618')).toEqual([])
  })
})

describe('a research grant\'s number', () => {
  it('is a record number after its label', () => {
    expect(found('批准号：61976123；项目编号 2020YFB1406703；基金编号：62076045；Grant No. 61976123')).toEqual(
      records('61976123', '2020YFB1406703', '62076045', '61976123'),
    )
  })

  it('is a record number in brackets after a funder\'s or a programme\'s name, each of a list', () => {
    expect(found('本文受国家自然科学基金（61976123，62076045）和国家重点研发计划（2020YFB1406703）资助。')).toEqual(
      records('61976123', '62076045', '2020YFB1406703'),
    )
    expect(found('国家自然科学基金(No. 61976123)；国家社科基金重大项目（20&ZD123）；National Natural Science Foundation of China (Nos. 61976123 and 62076045)')).toEqual(
      records('61976123', '20&ZD123', '61976123', '62076045'),
    )
  })

  it('is not a year, a range of years, a count, a score, a price or a fund\'s code in such a bracket', () => {
    expect(found('国家自然科学基金（2020）；项目（2020-2023）；基金（2020年度）；该项目（第87分钟）；本计划（3比1）')).toEqual([])
    expect(found('该计划（G1234）；项目（CA1234次航班）；项目（12345678元）；易方达蓝筹精选混合基金（005827）')).toEqual([])
    expect(found('2020年，第87分钟，3比1，价格 12345678 元，京东618')).toEqual([])
    // A mobile in such a bracket stays a phone.
    expect(found('项目（13800138000）')).toEqual([['PHONE', '13800138000']])
  })
})

// Re-check of b109efa: a phone after a travel or grant label, dates and grant numbers told apart, labels in capitals, and
// a part's or a patent's number in a passport's shape. All numbers invented.
describe('a phone or a hotline after a travel label or in a grant\'s bracket', () => {
  it('is left to the phone rule: a landline a phone, a 400 or 800 hotline readable as after 客服电话', () => {
    expect(found('客服电话：400-820-8820；预订号码：400-820-8820；确认号码：800-810-8888')).toEqual([])
    expect(found('酒店预订电话/预订号码：021-62781234')).toEqual([['PHONE', '021-62781234']])
    expect(found('请确认号码：010-62785001是否正确')).toEqual([['PHONE', '010-62785001']])
    expect(found('该项目（010-62785001）；预订号码 010 6278 5001')).toEqual([['PHONE', '010-62785001'], ['PHONE', '010 6278 5001']])
  })

  it('leaves a booking\'s or a confirmation\'s own number a record number', () => {
    expect(found('预订号码：KX7P2M；确认号码 72819934；确认号：2026-04-20-7731')).toEqual(records('KX7P2M', '72819934', '2026-04-20-7731'))
  })
})

describe('a date and a grant\'s number in a bracket', () => {
  it('a compact date is no grant number; a number after 编号 that opens with a year is one', () => {
    expect(found('该基金（20231231）到期')).toEqual([])
    expect(found('该课题（编号：2019-12345）')).toEqual(records('2019-12345'))
    // Not a date: month 13; nor a year's range, 2020-2023, which stays out.
    expect(found('该项目（20231345）；项目（2020-2023）')).toEqual(records('20231345'))
  })
})

describe('travel labels in capitals', () => {
  it('are labels as in lower case, and 订座记录 may have 编码 or 代码 after it', () => {
    expect(found('BOOKING REFERENCE: KX7P2M; BOOKING REF: KM4T9Q; CONFIRMATION NO. 72819934')).toEqual(records('KX7P2M', 'KM4T9Q', '72819934'))
    expect(found('订座记录编码：KX7P2M，订座记录代码 K7MX2P')).toEqual(records('KX7P2M', 'K7MX2P'))
    expect(found('PASSPORT NO. G1234567; GRANT NO. 61976123')).toEqual(records('G1234567', '61976123'))
  })
})

describe('a part\'s or a patent\'s number in a passport\'s shape', () => {
  it('is not a passport after a product\'s label or, EP and seven digits, after a patent\'s word', () => {
    expect(found('型号E12345678的滤芯；产品编码：E12345678；零件清单：E12345678 不锈钢螺栓；SKU E12345678')).toEqual([])
    expect(found('European patent EP1234567；欧洲专利EP1234567')).toEqual([])
  })

  it('is still a passport elsewhere: a passenger\'s job, a bare EP and seven digits', () => {
    expect(found('产品经理 E12345678，EP1234567')).toEqual(records('E12345678', 'EP1234567'))
  })

  it('a game\'s season after 通行证 is no permit\'s number', () => {
    expect(found('战斗通行证S12赛季')).toEqual([])
    expect(found('港澳通行证C12345678，台胞证12345678')).toEqual(records('C12345678', '12345678'))
  })
})

// Re-check 54d of 574dd44: a hotline's shape and a compact date after a travel label. All numbers invented.
describe('ten digits run together after a travel or grant label', () => {
  it('are a record number though they open with 400 or 800: a hotline is printed in groups', () => {
    expect(found('确认号：4001234567，入住人：王芳')).toEqual(records('4001234567'))
    expect(found('Confirmation No.: 8005551234, guest LI NA.')).toEqual(records('8005551234'))
    expect(found('该项目（4001234567）')).toEqual(records('4001234567'))
  })

  it('leave a hotline in groups readable and a phone a phone', () => {
    expect(found('预订号码：400 820 8820；确认号码：400-8208820；预订号：4008-208-820；该项目（800-810-8888）')).toEqual([])
    expect(found('预订号码：13800138000')).toEqual([['PHONE', '13800138000']])
  })
})

describe('a date after a travel label or in a grant\'s bracket', () => {
  it('is no date where its month lacks the day', () => {
    expect(found('确认号：20240230；确认号：2024-02-30；确认号：20250431')).toEqual(records('20240230', '2024-02-30', '20250431'))
    expect(found('该项目（20230230）；该项目（20230931）')).toEqual(records('20230230', '20230931'))
  })

  it('is a code after a travel label when its eight digits run together, a date there only when written as one', () => {
    expect(found('酒店确认号：20260420；预订号 20260229；PNR 20261231')).toEqual(records('20260420', '20260229', '20261231'))
    expect(found('确认号：2026-04-20；预订号：2026.2.29；确认号：2026/04/30')).toEqual([])
  })

  it('is still a date in a grant\'s bracket or after a grant\'s label, eight digits or not', () => {
    expect(found('该基金（20231231）到期；该项目（20240229）；项目编号：20231231')).toEqual([])
  })
})
