// Medical QA (hospital files de-identified with the rules on): a record's dates after their labels, beds after a
// ward, the age after a record's 男，/女， opening, the newer record-number labels, and names after a signature's
// label that the model can miss (compound surnames), laid over the model's entities and redacted as its names are.
import { beforeAll, describe, expect, it } from 'vitest'
import { findPatterns, withPatterns } from '../../../src/app/patterns'
import { loadCommonWords, redact } from '../../../src/app/redact'
import type { Entity } from '../../../src/engine'
import en from '../../../src/i18n/en'
import zh from '../../../src/i18n/zh'

const found = (text: string) => findPatterns(text).map((e) => [e.type, e.text])
const laid = (text: string, entities: Entity[] = []) => withPatterns(text, entities).map((e) => [e.type, e.text])
const at = (text: string, name: string, type = 'PER', score = 0.9): Entity => {
  const start = text.indexOf(name)
  if (start < 0) throw new Error(`${name} not in ${text}`)
  return { start, end: start + name.length, type, text: name, score }
}

describe('dates after a record\'s date labels', () => {
  it('takes the date, and the time after it, after 入院日期, 就诊日期, 采集时间 … in any digits', () => {
    expect(found('入院日期：2024年3月11日\t\t出院日期：2024年3月25日')).toEqual([['DATE', '2024年3月11日'], ['DATE', '2024年3月25日']])
    expect(found('科别：内分泌科\t就诊日期：2024-05-07 09:42')).toEqual([['DATE', '2024-05-07 09:42']])
    expect(found('采集时间：2024-06-12 06:30\t接收时间：2024-06-12 07:15\t报告时间：2024/06/12')).toEqual([
      ['DATE', '2024-06-12 06:30'], ['DATE', '2024-06-12 07:15'], ['DATE', '2024/06/12'],
    ])
    expect(found('申请时间：2024年8月2日 14:20，会诊时间: 2024年8月2日 下午4时05分')).toEqual([['DATE', '2024年8月2日 14:20'], ['DATE', '2024年8月2日 下午4时05分']])
    expect(found('手术日期：２０２４－０８－０５，随访时间 3月18日，死亡時間：2024.11.08')).toEqual([['DATE', '２０２４－０８－０５'], ['DATE', '3月18日'], ['DATE', '2024.11.08']])
    // A bed after the date is no time of it.
    expect(found('入院日期：2024年3月11日 12床')).toEqual([['DATE', '2024年3月11日']])
  })

  it('takes a range\'s second half and a time written with spaces, 点半 or 下午 (recheck 49b), not the next field', () => {
    expect(found('检查时间：3月12日至3月15日')).toEqual([['DATE', '3月12日至3月15日']])
    expect(found('随访时间：2019.12-2020.3')).toEqual([['DATE', '2019.12-2020.3']])
    expect(found('手术时间：2024年3月11日 8时-12时')).toEqual([['DATE', '2024年3月11日 8时-12时']])
    expect(found('入院时间：2024年3月11日 9:00-10:00')).toEqual([['DATE', '2024年3月11日 9:00-10:00']])
    expect(found('报告时间：2024年3月5日 12 时')).toEqual([['DATE', '2024年3月5日 12 时']])
    expect(found('记录时间：2024年3月5日 下午 2 点半查房')).toEqual([['DATE', '2024年3月5日 下午 2 点半']])
    expect(found('手术时间：2024-03-11 晚上8点30分-次日凌晨2点；入院日期：2024-03-11~2024-03-15')).toEqual([
      ['DATE', '2024-03-11 晚上8点30分-次日凌晨2点'], ['DATE', '2024-03-11~2024-03-15'],
    ])
    expect(found('检查时间：2024年3月11日 10:00～11:30 入院诊断：肺炎')).toEqual([['DATE', '2024年3月11日 10:00～11:30']])
    // A bed, a reading, a count of hours or a drip after the date is no part of it.
    expect(found('入院日期：2024年3月11日12床；出院日期：2024-03-11 - 12床；检查时间：2024年3月12日至15号床')).toEqual([
      ['DATE', '2024年3月11日'], ['DATE', '2024-03-11'], ['DATE', '2024年3月12日'],
    ])
    expect(found('入院日期：2024-03-11 12:30 体温36.5；检查时间：2024年3月11日 3 小时后；入院时间：2024年3月11日 1点滴注')).toEqual([
      ['DATE', '2024-03-11 12:30'], ['DATE', '2024年3月11日'], ['DATE', '2024年3月11日'],
    ])
  })

  it('leaves a date without such a label, and a date of birth a date of birth', () => {
    expect(found('患者于2024-03-11由急诊收入我科，2024年3月13日行造影术，3月18日出现咳嗽。日期：2024-10-03，截止日期：2024-12-31')).toEqual([])
    expect(found('出生日期：1957年3月8日，入院日期：2024年3月11日')).toEqual([['BIRTH_DATE', '1957年3月8日'], ['DATE', '2024年3月11日']])
  })

  it('names the type and gives it a tag and a pseudonym in both languages', () => {
    expect([en.types.DATE, en.redact.tags.DATE, en.redact.pseudonym.DATE]).toEqual(['Date', '[DATE]', '[Date {n}]'])
    expect([zh.types.DATE, zh.redact.tags.DATE, zh.redact.pseudonym.DATE]).toEqual(['日期', '[日期]', '[日期{n}]'])
  })
})

describe('ages after the sex in a record\'s opening', () => {
  it('takes 男，67岁 and 女、4岁6个月; not a bare age, an average or a limit', () => {
    expect(found('患者欧阳某，男，67岁，因胸闷入院；患儿，女性、 4岁6个月')).toEqual([['AGE', '67岁'], ['AGE', '4岁6个月']])
    expect(found('男，18周岁以上；女，55岁以下；男女比例为3:2，今年49岁，现年67岁')).toEqual([])
  })
})

describe('record numbers after the labels of pathology, imaging, samples, barcodes …', () => {
  it('takes the number after 病理号, 影像号, 检查号, 标本号, 样本号, 条码号, 登记号, 流水号, ID号 and ID:', () => {
    expect(found('病理号：P2024-08812 影像号：CT20240612033 检查号：US0045521 标本号：20240612-0337')).toEqual([
      ['RECORD_NUMBER', 'P2024-08812'], ['RECORD_NUMBER', 'CT20240612033'], ['RECORD_NUMBER', 'US0045521'], ['RECORD_NUMBER', '20240612-0337'],
    ])
    expect(found('样本号：20240612-0338，条码号 1002387761，登记号：0000876543，流水号：M240507002，ID号：1832906，ID: 1832907')).toEqual([
      ['RECORD_NUMBER', '20240612-0338'], ['RECORD_NUMBER', '1002387761'], ['RECORD_NUMBER', '0000876543'], ['RECORD_NUMBER', 'M240507002'],
      ['RECORD_NUMBER', '1832906'], ['RECORD_NUMBER', '1832907'],
    ])
    // A count after the label, or ID inside a word, is no number of anyone's.
    expect(found('本月登记号300个，UID 1832906，ID卡')).toEqual([])
  })
})

describe('beds after 床号 or a ward in the same line', () => {
  it('takes 12床 past a ward\'s name, an extra bed +3床, and 十二病区19床 in running text', () => {
    expect(found('床号：心内科二病区 12床')).toEqual([['RECORD_NUMBER', '12床']])
    expect(found('床号：+3床；床号：加2床')).toEqual([['RECORD_NUMBER', '+3床'], ['RECORD_NUMBER', '加2床']])
    expect(found('入住呼吸内科十二病区19床，住院号为0987612。')).toEqual([['RECORD_NUMBER', '19床'], ['RECORD_NUMBER', '0987612']])
  })

  it('leaves a count of beds, and a bed on another line than the ward', () => {
    expect(found('本病区共有30床，另设40床；病区有5床空出；病区床位费80元')).toEqual([])
    expect(found('科室：肾内科 病区：六病区\n共收治12床')).toEqual([])
    // A ward's counts (recheck 49b): a verb or a count word between the ward and the number, or 床次/床日.
    expect(found('病区每年收治300床次；病区编制45床；病区扩建为60床；病区 50床位；病区全年60床日')).toEqual([])
    expect(found('病区 3楼12床')).toEqual([['RECORD_NUMBER', '12床']])
  })
})

describe('names after a signature\'s label', () => {
  it('takes 2 to 4 Han characters after the label and a colon or spaces, up to a space, a mark, a digit or the line end', () => {
    expect(laid('检验者：钱海燕    审核者：上官雨晴    ')).toEqual([['PER', '钱海燕'], ['PER', '上官雨晴']])
    expect(laid('主治医师：刘晓东      住院医师：陈思远    2024年3月25日')).toEqual([['PER', '刘晓东'], ['PER', '陈思远'], ['DATE', '2024年3月25日']])
    expect(laid('护士签名：东方明\n会诊医师：令狐雨晴（内分泌科）\n审判长 慕容文博 书记员 端木晓燕')).toEqual([
      ['PER', '东方明'], ['PER', '令狐雨晴'], ['PER', '慕容文博'], ['PER', '端木晓燕'],
    ])
    expect(laid('记录者：皇甫冬梅2024-10-04 07:30')).toEqual([['PER', '皇甫冬梅'], ['DATE', '2024-10-04 07:30']])
  })

  it('leaves prose after such a word, a longer run, and what says the page is signed', () => {
    expect(laid('主任医师 查房，指示加强监测。医师：建议复查。电子签名：已验证。主治医师：王建平主任查看')).toEqual([])
    expect(laid('护士签名\n2024-10-03')).toEqual([])
    // A blank signature line: the next field's label is no name.
    expect(laid('医生签名：      日期：2024-10-03\n审核医师：    科室 ：内科\n签名：日期')).toEqual([])
  })

  it('leaves the model\'s name where it found one there, and replaces what else it overlaps', () => {
    const text = '审核者：上官雨晴'
    const model = [at(text, '上官雨晴', 'PER', 0.6)]
    expect(withPatterns(text, model)).toEqual(model)
    expect(laid(text, [at(text, '上官', 'LOC')])).toEqual([['PER', '上官雨晴']])
    // The model's name wholly inside the signature's, a compound surname cut (长孙 + 雨晴 read 孙雨晴): the label's is whole.
    const cut = '审核医师：长孙雨晴    2024-06-12'
    expect(laid(cut, [at(cut, '孙雨晴')])).toEqual([['PER', '长孙雨晴'], ['DATE', '2024-06-12']])
    // One that runs past it stays the model's (whatever it holds).
    expect(laid(text, [at(text, '者：上官雨')])).toEqual([['PER', '者：上官雨']])
    expect(findPatterns(text)).toEqual([]) // not a number the rules leave readable with the switch off
  })

  it('is replaced as a person: [人名] in tag mode, one pseudonym with the same name elsewhere', () => {
    const text = '审核者：上官雨晴\n上官雨晴复核无误。'
    const entities = withPatterns(text, [])
    const types = new Set(['PER'])
    const tag = (type: string) => (zh.redact.tags as Record<string, string>)[type] ?? `[${type}]`
    const pseudonym = (type: string, n: number) => (zh.redact.pseudonym as Record<string, string>)[type]!.replace('{n}', String(n))
    expect(redact(text, entities, { types, mode: 'tag', tag, pseudonym })).toBe('审核者：[人名]\n[人名]复核无误。')
    // The same name the model found elsewhere gets the same pseudonym; another name the next.
    const other = '审核者：上官雨晴\n张伟与上官雨晴复核无误。'
    const later = other.lastIndexOf('上官雨晴')
    const model = [at(other, '张伟'), { ...at(other, '上官雨晴'), start: later, end: later + 4 }]
    expect(redact(other, withPatterns(other, model), { types, mode: 'pseudonym', tag, pseudonym })).toBe('审核者：[人名1]\n[人名2]与[人名1]复核无误。')
  })
})

describe('the date after a signature\'s name', () => {
  it('takes the date and its time on the signature\'s line, or alone on the line under it', () => {
    expect(found('主治医师：刘晓东 2024年3月25日')).toEqual([['DATE', '2024年3月25日']])
    expect(found('主治医师：刘晓东      住院医师：陈思远    2024年3月25日')).toEqual([['DATE', '2024年3月25日']])
    expect(found('记录者：韩冬梅 2024-10-04 07:30\n护士长签名：郑慧敏')).toEqual([['DATE', '2024-10-04 07:30']])
    expect(found('记录者：皇甫冬梅2024-10-04 07:30')).toEqual([['DATE', '2024-10-04 07:30']])
    expect(found('医师签名：王芳\n2024-05-07')).toEqual([['DATE', '2024-05-07']])
    expect(found('医师签名：诸葛明远  \n  2024年5月7日 下午3时\n')).toEqual([['DATE', '2024年5月7日 下午3时']])
    expect(found('家属签名：李四 5月7日')).toEqual([['DATE', '5月7日']])
    // Laid over the model's names: the signature's name a PER, its date a DATE.
    expect(laid('医师签名：王芳\n2024-05-07')).toEqual([['PER', '王芳'], ['DATE', '2024-05-07']])
  })

  it('leaves a date without a name before it, a line that goes on past the date, and what is no name', () => {
    expect(found('护士签名\n2024-10-03\t08:00\t38.9')).toEqual([])
    expect(found('医师签名：王芳\n2024-05-08 复诊，血糖控制可')).toEqual([])
    expect(found('医师签名：王芳\n\n2024-05-07')).toEqual([])
    expect(found('电子签名：已验证 2024-05-07，主任医师 查房 2024-05-07')).toEqual([])
    // A family's name is no signature: the date after it may be anything of theirs.
    expect(found('家属：上官晓燕    2024-06-12')).toEqual([])
  })
})

describe('names after a family\'s or a contact\'s label', () => {
  it('takes the name after 家属：, 联系人：, 紧急联系人：, 监护人：, 配偶：, 委托人：, up to a mark, a space, a digit or the line end', () => {
    expect(laid('家属：欧阳丽娟（之女）  电话：025-83321457')).toEqual([['PER', '欧阳丽娟'], ['PHONE', '025-83321457']])
    expect(laid('联系人：皇甫建军（丈夫） 13706812233')).toEqual([['PER', '皇甫建军'], ['PHONE', '13706812233']])
    expect(laid('紧急联系人：令狐晓燕\n监护人: 吕国华（父）\n委托人：东方明，')).toEqual([['PER', '令狐晓燕'], ['PER', '吕国华'], ['PER', '东方明']])
    expect(laid('婚姻：已婚  配偶：艾力·吐尔逊  联系人姓名：慕容文博')).toEqual([['PER', '艾力·吐尔逊'], ['PER', '慕容文博']])
  })

  it('leaves a relation, a note, a label without a colon, and a speaker\'s words', () => {
    expect(laid('家属：患者之女\n家属：之子\n监护人：父母\n联系人：其子\n委托人：本人\n配偶：已故\n家属：父亲张三\n联系人：女儿')).toEqual([])
    expect(laid('家属：丈夫\n紧急联系人：妻子 13706812233')).toEqual([['PHONE', '13706812233']])
    expect(laid('联系人电话：李四\n配偶 张三\n其联系人为王五\n患儿家属：一直烧，烧没办法了')).toEqual([])
  })

  it('takes 于 as a surname, not 于 of a time', () => {
    expect(laid('主治医师：于洋\n医师：于今日，')).toEqual([['PER', '于洋']])
  })
})

describe('a signature\'s shape, not dialogue or a transcript (recheck 49b)', () => {
  it('leaves a speaker\'s words after 医生：, 审判长：, 书记员： and the like, ending at a sentence\'s mark', () => {
    expect(laid('医生：您好，今天感觉怎么样？\n患者：还是咳。医生：咳了几天？\n医生：放心。\n医生：行的，\n医生：懂了。\n医生：谢谢您。')).toEqual([])
    expect(laid('审判长：上诉人，\n审判员：继续陈述。\n书记员：请坐下！\n法官助理：明白。\n医生：正常。\n医师：稍后再来。')).toEqual([])
    expect(laid('记者：医生，医生：您请讲。\n报告医生：我胸闷。')).toEqual([])
  })

  it('leaves a word after a label and spaces that does not end its line, and a label inside a phrase', () => {
    expect(laid('审判员 朗读 裁定书\n书记员 登记 在册\n医师 执照 年审\n审判长 宣读 完毕')).toEqual([])
    expect(laid('乡村医生：他最辛苦 值得尊敬\n那位医生：心情好 2024年')).toEqual([])
  })

  it('still takes a signature in a field: after a separator, before a bracket, a comma and the next field, or a date', () => {
    expect(laid('科室：心内科，主治医师：司马文清，电话：025-83321458')).toEqual([['PER', '司马文清'], ['PHONE', '025-83321458']])
    expect(laid('副主任医师 欧阳晓峰\n人民陪审员：诸葛文华 2024年5月8日')).toEqual([['PER', '欧阳晓峰'], ['PER', '诸葛文华'], ['DATE', '2024年5月8日']])
  })
})

describe('a name found by rule alone seeds no given name', () => {
  beforeAll(loadCommonWords)
  const types = new Set(['PER'])
  const options = { types, mode: 'pseudonym' as const, tag: () => '[人名]', pseudonym: (_: string, n: number) => `[人名${n}]` }

  it('spreads a signature\'s full name, not its given name alone; a name the model found gives its given name', () => {
    const text = '主治医师：陈思远\n陈思远复核无误，思远说明白了。'
    expect(redact(text, withPatterns(text, []), options)).toBe('主治医师：[人名1]\n[人名1]复核无误，思远说明白了。')
    expect(redact(text, withPatterns(text, [at(text, '陈思远')]), options)).toBe('主治医师：[人名1]\n[人名1]复核无误，[人名1]说明白了。')
  })
})
