// Contact details and identity numbers by rule: what is found, what is not (a wrong check digit, a
// failed Luhn sum, digits inside longer numbers, dates, amounts, case and ISBN numbers), and how matches lie
// over the model's entities.
import { describe, expect, it } from 'vitest'
import { findPatterns, isCreditCode, isHongKongId, isOldResidentId, isResidentId, isResidentIdShape, isTaiwanId, passesLuhn, PATTERN_TYPES, withPatterns } from '../../../src/app/patterns'
import en from '../../../src/i18n/en'
import zh from '../../../src/i18n/zh'

const found = (text: string) => findPatterns(text).map((e) => [e.type, e.text])

describe('findPatterns', () => {
  it('finds mobile and landline numbers in the ways they are written', () => {
    expect(found('电话13800138000，或 138 0013 8000、+86 139-1234-5678；座机010-12345678，(021) 87654321 转 -123')).toEqual([
      ['PHONE', '13800138000'], ['PHONE', '138 0013 8000'], ['PHONE', '+86 139-1234-5678'], ['PHONE', '010-12345678'], ['PHONE', '(021) 87654321'],
    ])
    expect(found('联系：１３８００１３８０００')).toEqual([['PHONE', '１３８００１３８０００']]) // full-width digits, offsets kept
    // A local number grouped 4-4 or 3-4, as business cards write it.
    expect(found('电话(010)6307-1234，传真 010-6307 1235，总机（0571）888-6666。')).toEqual([
      ['PHONE', '(010)6307-1234'], ['PHONE', '010-6307 1235'], ['PHONE', '（0571）888-6666'],
    ])
  })

  it('finds mainland landlines grouped by spaces, dialled from abroad, and with an extension', () => {
    expect(found('北京 010 8520 1234，深圳 0755 2678 1234，乌鲁木齐 0991 123 4567')).toEqual([
      ['PHONE', '010 8520 1234'], ['PHONE', '0755 2678 1234'], ['PHONE', '0991 123 4567'],
    ])
    expect(found('Tel +86 10 8520 1234 / +86-755-26781234 / +86 138 0013 8000 / 0086 21 6234 5678')).toEqual([
      ['PHONE', '+86 10 8520 1234'], ['PHONE', '+86-755-26781234'], ['PHONE', '+86 138 0013 8000'], ['PHONE', '0086 21 6234 5678'],
    ])
    expect(found('总机 010-85201234转6012，或 010-85201234-6012、010-8520-1234 ext. 6012')).toEqual([
      ['PHONE', '010-85201234转6012'], ['PHONE', '010-85201234-6012'], ['PHONE', '010-8520-1234 ext. 6012'],
    ])
    // A bare local number is a phone when an extension follows it.
    expect(found('请拨85201234转6012')).toEqual([['PHONE', '85201234转6012']])
    // A hyphen after a word is no part of a number.
    expect(found('简历-张三-13800138000.pdf')).toEqual([['PHONE', '13800138000']])
  })

  it('finds Taiwan numbers: landlines with a two-digit area code, mobiles, +886', () => {
    expect(found('台北 02-2345-6789，（02）2345-6789，(02) 2345-6789，高雄 07-345-6789，台中 04-2345-6789#123')).toEqual([
      ['PHONE', '02-2345-6789'], ['PHONE', '（02）2345-6789'], ['PHONE', '(02) 2345-6789'], ['PHONE', '07-345-6789'], ['PHONE', '04-2345-6789#123'],
    ])
    expect(found('手機 0912-345-678、0912 345 678、0912345678，+886 2 2345 6789，+886 912 345 678')).toEqual([
      ['PHONE', '0912-345-678'], ['PHONE', '0912 345 678'], ['PHONE', '0912345678'], ['PHONE', '+886 2 2345 6789'], ['PHONE', '+886 912 345 678'],
    ])
  })

  it('finds Hong Kong numbers with +852, and a bare local number only right after a phone word', () => {
    expect(found('+852 2300 6555，+852-2300-6555')).toEqual([['PHONE', '+852 2300 6555'], ['PHONE', '+852-2300-6555']])
    expect(found('電話：2300 6555；Tel: 2300 6555；传真 2300-6555；熱線2300 6555；Fax.23006555；联系电话： 8520 1234')).toEqual([
      ['PHONE', '2300 6555'], ['PHONE', '2300 6555'], ['PHONE', '2300-6555'], ['PHONE', '2300 6555'], ['PHONE', '23006555'], ['PHONE', '8520 1234'],
    ])
    // Without one it is as likely a count, an amount or a serial number; "tel" inside a word is no cue.
    expect(found('共 2300 6555 件，编号 2300 6555，Hotel 2300 6555，电话费 2300 6555 元')).toEqual([])
  })

  it('takes no date, amount, case, ISBN or order number for a phone or an ID', () => {
    const notContactDetails = [
      '日期 2024-05-12，或 2024 05 12、2024/05/12、2024.05.12，时间 09:30-18:00',
      '金额 ¥12,345,678.00，即 12345678 元，合计 1,234,567.89 元',
      '案号（2024）京0105民初12345号，（2023）台上字第1234號',
      'ISBN 978-7-02-000220-7，ISBN 9787020002207，ISBN 978-957-08-1234-5',
      '订单号 202405120001234567，订单 123456789012345，流水 2024051200012，订单号：12345678',
      '邮编 100086，股票 600519、000001，发票代码 044031900111 发票号码 01234567，房间 0912 号',
      'IMEI 356938035643809，编号 001 2345 6789 与 000 1234 5678，2019-2024 年',
    ]
    // Contact details and IDs only: the case number is a RECORD_NUMBER now (below).
    const contact = (text: string) => found(text).filter(([type]) => ['PHONE', 'EMAIL', 'ID_NUMBER', 'BANK_CARD'].includes(type!))
    for (const text of notContactDetails) expect(contact(text), text).toEqual([])
  })

  it('does not take digits inside longer numbers, or other shapes, for phones', () => {
    // No phone: the order's number after its label is a record number (chat QA).
    expect(found('订单号 2138001380001，金额 12345678 元，11 位序号 12800138000')).toEqual([['RECORD_NUMBER', '2138001380001']])
  })

  it('finds e-mail addresses', () => {
    expect(found('请发邮件至 zhang.wei+news@example.com.cn 或 li_na@mail.xinhua.org。')).toEqual([
      ['EMAIL', 'zhang.wei+news@example.com.cn'], ['EMAIL', 'li_na@mail.xinhua.org'],
    ])
  })

  it('finds resident ID numbers with a valid region and birth date, a wrong check digit too', () => {
    // 11010519491231002X is GB 11643's own example.
    expect(found('编号11010519491231002X。')).toEqual([['ID_NUMBER', '11010519491231002X']])
    expect(isResidentId('11010519491231002x')).toBe(true)
    expect(isResidentId('110105194913310020')).toBe(false) // month 13
    // HR QA: a contract's mistyped ID (the check digit should be X) was left readable beside a valid one.
    expect(isResidentId('310101199003074527')).toBe(false)
    expect(isResidentIdShape('310101199003074527')).toBe(true)
    expect(found('身份证号码：310101199003074527，另：31010119900307452X')).toEqual([
      ['ID_NUMBER', '310101199003074527'], ['ID_NUMBER', '31010119900307452X'],
    ])
    expect(found('编号 310101199003074527、110105 19780512 0014。')).toEqual([
      ['ID_NUMBER', '310101199003074527'], ['ID_NUMBER', '110105 19780512 0014'],
    ])
    // Without a label, a wrong check digit is forgiven only where the region and the date hold: month 13,
    // province 99, year 1850 are some other 18-digit number. A day out of its month (31 February) is a mistyped
    // ID's, taken whole (recheck QA: 陈思远（310101199002304527） lost 16 digits as a card and kept 27).
    expect(found('编号 310101199013074527、990101199003074527、310101185003074527')).toEqual([])
    expect(found('编号 310101199002314527；陈思远（310101199002304527）')).toEqual([
      ['ID_NUMBER', '310101199002314527'], ['ID_NUMBER', '310101199002304527'],
    ])
  })

  it('takes any number of an ID\'s shape right after an ID label, whatever its digits', () => {
    expect(found('证件号：123456789012345678；公民身份号码 990101199013074527；身份证号为 110105 19491331 0021')).toEqual([
      ['ID_NUMBER', '123456789012345678'], ['ID_NUMBER', '990101199013074527'], ['ID_NUMBER', '110105 19491331 0021'],
    ])
    expect(found('身份證號碼：99010119901307452x，身份证：991234567890123，身分證字號 990101199013074527')).toEqual([
      ['ID_NUMBER', '99010119901307452x'], ['ID_NUMBER', '991234567890123'], ['ID_NUMBER', '990101199013074527'],
    ])
    // After the label, a digit dropped or doubled, or grouped any way, is still the ID (recheck QA)…
    expect(found('证件号：1234567890123456789；身份证：12345678901234567；身份证号码：3101 0119 9003 0745 27；身份证 310101 19900307 452')).toEqual([
      ['ID_NUMBER', '1234567890123456789'], ['ID_NUMBER', '12345678901234567'], ['ID_NUMBER', '3101 0119 9003 0745 27'], ['ID_NUMBER', '310101 19900307 452'],
    ])
    // … but not 14 or 20 digits, nor the same digits after another word, nor the next number after the ID.
    // (The order's number after its label is its own record number: chat QA.)
    expect(found('身份证：12345678901234；证件号：12345678901234567890；订单号：123456789012345678')).toEqual([['RECORD_NUMBER', '123456789012345678']])
    expect(found('身份证号 310101199003074527 12 张')).toEqual([['ID_NUMBER', '310101199003074527']])
  })

  it('leaves bank cards to the card rule and ID-shaped cards that pass Luhn cards, unless labelled as an ID', () => {
    // 18 digits that pass Luhn: a card, even with a region and a date in them (62 is Gansu's code).
    expect(passesLuhn('622101199003074522')).toBe(true)
    expect(found('卡号 622101199003074522')).toEqual([['BANK_CARD', '622101199003074522']])
    expect(found('身份证号：622101199003074522')).toEqual([['ID_NUMBER', '622101199003074522']])
    // 18 digits that fail Luhn and hold no region and date: no card, no ID, and no phone inside them (after 账号,
    // an account's number).
    expect(found('账号 622202123456789013，订单 202405121380013800')).toEqual([['RECORD_NUMBER', '622202123456789013']])
    expect(found('编号 622202123456789013，订单 202405121380013800')).toEqual([])
  })

  it('finds resident ID numbers grouped 6-8-4, and the old 15-digit ones with a real birth date', () => {
    expect(found('身份证 110105 19780512 0013，110105-19780512-0013')).toEqual([
      ['ID_NUMBER', '110105 19780512 0013'], ['ID_NUMBER', '110105-19780512-0013'],
    ])
    expect(found('证 110105 19780512 0014，110105 1978051200 13')).toEqual([
      ['ID_NUMBER', '110105 19780512 0014'], // a wrong check digit, but a region and a date
    ]) // not the ID's groups
    expect(found('旧身份证 110105780512001。')).toEqual([['ID_NUMBER', '110105780512001']])
    // Month 13, 30 February, no such province (99), and 15 digits inside 16.
    expect(found('110105781332001，110105780230001，990105780512001，1101057805120013')).toEqual([])
    expect(isOldResidentId('110105000229001')).toBe(false) // born 29 February 1900, no leap year
    expect(isOldResidentId('110105960229001')).toBe(true)
    expect(isResidentId('110105194902300024')).toBe(false) // 30 February
  })

  it("verifies Taiwan ID numbers' check digit", () => {
    expect(found('身分證 A123456789，身分證字號F123456784，居留證 A800000014')).toEqual([
      ['ID_NUMBER', 'A123456789'], ['ID_NUMBER', 'F123456784'], ['ID_NUMBER', 'A800000014'],
    ])
    expect(found('編號 A123456788，B323456789，XA123456789')).toEqual([])
    // The check digit written the other way round (as generators compute it): with the letter's value as digits
    // a b and the rest c to j, it is (9a + b + 2c + 3d + ... + 9j) mod 10. Exactly one of ten candidates passes.
    const letterValues: Record<string, number> = { A: 10, B: 11, H: 17, I: 34, J: 18, O: 35, W: 32, X: 30, Y: 31, Z: 33 }
    let seed = 7
    const nextDigit = () => (seed = (seed * 48271) % 2147483647) % 10
    for (const [letter, value] of Object.entries(letterValues)) {
      for (let n = 0; n < 20; n++) {
        const body = `${1 + (n % 2)}${Array.from({ length: 7 }, nextDigit).join('')}`
        const digits = [Math.floor(value / 10), value % 10, ...[...body].map(Number)]
        const check = digits.reduce((acc, d, i) => acc + d * (i === 0 ? 9 : i), 0) % 10
        for (let candidate = 0; candidate < 10; candidate++) expect(isTaiwanId(`${letter}${body}${candidate}`)).toBe(candidate === check)
      }
    }
  })

  it("verifies Hong Kong ID numbers' check character", () => {
    expect(found('身份證 A123456(3)，G123456（A），AB987654(3)，WX123456 (9)')).toEqual([
      ['ID_NUMBER', 'A123456(3)'], ['ID_NUMBER', 'G123456（A）'], ['ID_NUMBER', 'AB987654(3)'], ['ID_NUMBER', 'WX123456 (9)'],
    ])
    for (const valid of ['A555555(0)', 'C567890(9)']) expect(isHongKongId(valid), valid).toBe(true)
    for (const invalid of ['C567890(8)', 'A123456(4)', 'AB987654(A)']) expect(isHongKongId(invalid), invalid).toBe(false)
    expect(found('編號 A123456(4)')).toEqual([])
    // The check the other way round, as ISBN-10's: with the check character weighted 1 (A is 10), the whole sum is
    // a multiple of 11. Exactly one of the eleven candidates passes.
    const value = (c: string) => (c === ' ' ? 36 : /\d/.test(c) ? Number(c) : c.charCodeAt(0) - 'A'.charCodeAt(0) + 10)
    let seed = 11
    const next = (n: number) => (seed = (seed * 48271) % 2147483647) % n
    for (let n = 0; n < 200; n++) {
      const letters = Array.from({ length: 1 + (n % 2) }, () => String.fromCharCode(65 + next(26))).join('')
      const digits = Array.from({ length: 6 }, () => next(10)).join('')
      const padded = letters.length === 1 ? ` ${letters}${digits}` : `${letters}${digits}`
      const sum = [...padded].reduce((acc, c, i) => acc + value(c) * (9 - i), 0)
      for (const check of '0123456789A') expect(isHongKongId(`${letters}${digits}(${check})`)).toBe((sum + value(check)) % 11 === 0)
    }
  })

  it('finds bank card numbers that pass the Luhn check, grouped or not', () => {
    expect(passesLuhn('6222021234567890123')).toBe(false)
    expect(passesLuhn('4111111111111111')).toBe(true)
    expect(found('卡号 4111 1111 1111 1111，另一张 6222600260001072444。')).toEqual([
      ['BANK_CARD', '4111 1111 1111 1111'], ['BANK_CARD', '6222600260001072444'],
    ])
    expect(found('编号 4111 1111 1111 1112')).toEqual([]) // fails Luhn
    // 19 digits with a last group of three, as UnionPay prints them.
    expect(found('卡号 6222 0212 3456 7890 128')).toEqual([['BANK_CARD', '6222 0212 3456 7890 128']])
    // A last group that breaks the sum is something else after a 16-digit card.
    expect(found('卡号 4111 1111 1111 1111 12 张')).toEqual([['BANK_CARD', '4111 1111 1111 1111']])
    // A card-shaped number that fails the sum is still one number: no phone inside it (an account's, after 账号).
    expect(found('编号 6222 0212 3456 7890 127')).toEqual([])
    expect(found('账号 6222 0212 3456 7890 127')).toEqual([['RECORD_NUMBER', '6222 0212 3456 7890 127']])
    // 16 digits at the start of an unbroken run are no card.
    expect(found('编号 4111111111111111123')).toEqual([])
  })
})

// PII QA 46: what a medical, court, police or HR file names a person by besides names, phones and IDs.
describe('findPatterns: dates of birth, ages, record numbers, plates, case numbers, credit codes, house numbers', () => {
  it('finds a date of birth after its label or before 出生, in any digits and form; not a bare date', () => {
    expect(found('出生日期：1957年3月8日，出生年月 1996年12月，生日 1991-09-14，生于1980.5.6，出生日期：１９６６年０２月１７日')).toEqual([
      ['BIRTH_DATE', '1957年3月8日'], ['BIRTH_DATE', '1996年12月'], ['BIRTH_DATE', '1991-09-14'], ['BIRTH_DATE', '1980.5.6'], ['BIRTH_DATE', '１９６６年０２月１７日'],
    ])
    expect(found('钱志刚，男，1979年5月6日出生，汉族')).toEqual([['BIRTH_DATE', '1979年5月6日']])
    // A visit's date after its label is a DATE (patternsMedical.test.ts), not a date of birth.
    expect(found('就诊日期 2024年3月15日，2024-01-08 立案，出生地：上海')).toEqual([['DATE', '2024年3月15日']])
  })

  it('finds an age after its label; not a bare age', () => {
    expect(found('年龄：32，年龄 67岁，年令：58 岁，年纪 40')).toEqual([['AGE', '32'], ['AGE', '67岁'], ['AGE', '58 岁'], ['AGE', '40']])
    // A child's age whole; a group's or a rule's age is nobody's (final QA: 平均年龄[AGE].3岁, [AGE]岁6个月).
    expect(found('患儿年龄：1.5岁，年龄：2岁6个月，年龄 8个月')).toEqual([['AGE', '1.5岁'], ['AGE', '2岁6个月'], ['AGE', '8个月']])
    expect(found('委员平均年龄52.3岁，申请人年龄18周岁以上，招聘年龄35周岁以下，年龄18至60周岁，最小年龄45岁')).toEqual([])
    expect(found('现年67岁的董事长，2岁的孩子')).toEqual([])
  })

  it('finds record, account, QQ, WeChat and passport numbers after their labels', () => {
    expect(found('全市已有床位1.3万多张，本周再加床位200张')).toEqual([])
    expect(found('平台清理账号364万余个，停用账号92.8万个，另有账号4000余个；挂门诊号42元；某机构账号8日表示')).toEqual([])
    expect(found('门诊号：MZ20240315087　住院号：ZY2024-006731　床号：12病区 23床　医保卡号：0312457896')).toEqual([
      ['RECORD_NUMBER', 'MZ20240315087'], ['RECORD_NUMBER', 'ZY2024-006731'], ['RECORD_NUMBER', '12病区 23床'], ['RECORD_NUMBER', '0312457896'],
    ])
    expect(found('员工编号：BD-2023-04512，工号HD0387，社保个人编号 1101080023456789，公积金账号：110150987654，住院号 ０８７６５４３')).toEqual([
      ['RECORD_NUMBER', 'BD-2023-04512'], ['RECORD_NUMBER', 'HD0387'], ['RECORD_NUMBER', '1101080023456789'], ['RECORD_NUMBER', '110150987654'], ['RECORD_NUMBER', '０８７６５４３'],
    ])
    expect(found('微信：liuyutong_0719，QQ 287634519，微信号 hjx_1991，护照号码 E81234567，证件号码：G1234567')).toEqual([
      ['RECORD_NUMBER', 'liuyutong_0719'], ['RECORD_NUMBER', '287634519'], ['RECORD_NUMBER', 'hjx_1991'], ['RECORD_NUMBER', 'E81234567'], ['RECORD_NUMBER', 'G1234567'],
    ])
    // A mobile number after 微信 is a phone; fewer than 5 characters, or prose, after 微信 is nothing.
    expect(found('微信：13912345678')).toEqual([['PHONE', '13912345678']])
    expect(found('微信 abc，微信支付，扫微信二维码，QQ 群 1234，编号 BD-2023-04512')).toEqual([])
    // The app's names after a bare 微信 or QQ are no accounts (final QA); a bare one with a digit or _ is.
    expect(found('支持微信Windows版，微信 Android 客户端，打开WeChat Official Accounts，QQ Music')).toEqual([])
    expect(found('加微信 feifei1987 或 wxid_abcde')).toEqual([['RECORD_NUMBER', 'feifei1987']])
  })

  it('finds licence plates, new-energy ones included; not product codes without digits', () => {
    expect(found('车牌 沪A·12345，苏E 8K7M9，苏E8K7M9，粤BD12345，京A1234学')).toEqual([
      ['PLATE', '沪A·12345'], ['PLATE', '苏E 8K7M9'], ['PLATE', '苏E8K7M9'], ['PLATE', '粤BD12345'], ['PLATE', '京A1234学'],
    ])
    expect(found('新A轮融资，京ABCDE，沪A12')).toEqual([])
  })

  it('finds court and police case numbers; not a government document number', () => {
    expect(found('案号（2024）沪0104民初12345号；沪公（浦）受案字〔2024〕第08876号')).toEqual([
      ['RECORD_NUMBER', '（2024）沪0104民初12345号'], ['RECORD_NUMBER', '沪公（浦）受案字〔2024〕第08876号'],
    ])
    expect(found('根据国发〔2024〕5号文件，1号文件')).toEqual([])
  })

  it('names every rule\'s type and gives it a pseudonym in English and Chinese', () => {
    for (const messages of [en, zh] as const) {
      for (const type of PATTERN_TYPES) {
        expect((messages.types as Record<string, string>)[type], type).toBeTruthy()
        expect((messages.redact.pseudonym as Record<string, string>)[type], type).toContain('{n}')
      }
    }
  })

  it('finds unified social credit codes by their check character anywhere, any code after its label', () => {
    expect(isCreditCode('91350100M000100Y43')).toBe(true)
    expect(isCreditCode('91350100M000100Y4I')).toBe(false) // I is not among the code's characters
    expect(found('代码91350100M000100Y43。')).toEqual([['RECORD_NUMBER', '91350100M000100Y43']])
    expect(found('代码91350100M000100Y44。')).toEqual([])
    expect(found('统一社会信用代码：91310112MA1GB3XK7P')).toEqual([['RECORD_NUMBER', '91310112MA1GB3XK7P']])
  })

  it('finds house numbers in a chain, after a street or an address label; not 3号线, 1号文件, 〔2024〕5号', () => {
    expect(found('宜山路700弄15号402室，1885号2幢301室，7栋502，6号院3号楼1单元1702')).toEqual([
      ['ADDRESS_NUMBER', '700弄15号402室'], ['ADDRESS_NUMBER', '1885号2幢301室'], ['ADDRESS_NUMBER', '7栋502'], ['ADDRESS_NUMBER', '6号院3号楼1单元1702'],
    ])
    expect(found('塘尾村三巷12号；住址：上海市浦东新区某某小区 8层')).toEqual([['ADDRESS_NUMBER', '12号'], ['ADDRESS_NUMBER', '8层']])
    expect(found('乘地铁3号线，1号文件，国发〔2024〕5号，第3号，10层楼高，25号上午')).toEqual([])
    // Shapes found in raw news and Weibo text (reworded here): a day of the month, a list of numbers, a count after a
    // measure word.
    expect(found('地址见下。案件本月10号受理，3月5号开庭；名单上39号41号两人；途经21座4000米以上的山')).toEqual([])
    expect(found('会议16号-19号召开。新村168栋老房翻修，西段93座桥已完工，小区有8栋6层住宅，另建10栋32层楼')).toEqual([])
    expect(found('兴业路76号，大厦22层。')).toEqual([['ADDRESS_NUMBER', '76号'], ['ADDRESS_NUMBER', '22层']])
    expect(found('李家村2号晚上停电，运动员村15号起开放，全线桥梁6392座6343.7公里')).toEqual([])
  })
})

describe('findPatterns: securities codes (compliance QA)', () => {
  it('finds a code with its exchange, in any case and full-width, and six digits after a code\'s label', () => {
    expect(found('拟收购688981.SH与02318.hk的股份，对标601318.ss、430047.BJ及0388.HK，另见ＳＺ００２５９４、sz300059')).toEqual([
      ['STOCK_CODE', '688981.SH'], ['STOCK_CODE', '02318.hk'], ['STOCK_CODE', '601318.ss'], ['STOCK_CODE', '430047.BJ'],
      ['STOCK_CODE', '0388.HK'], ['STOCK_CODE', 'ＳＺ００２５９４'], ['STOCK_CODE', 'sz300059'],
    ])
    expect(found('标的公司（００２４１５．ＳＺ）')).toEqual([['STOCK_CODE', '００２４１５．ＳＺ']])
    expect(found('证券代码：601012　　证券简称：某某股份　　公告编号：临2026-017')).toEqual([['STOCK_CODE', '601012']])
    expect(found('股票代码 002230；A股代码为600036，基金代码:510300')).toEqual([
      ['STOCK_CODE', '002230'], ['STOCK_CODE', '600036'], ['STOCK_CODE', '510300'],
    ])
    // Each of a list after one label (an A and a B share).
    expect(found('证券代码：600221、900945')).toEqual([['STOCK_CODE', '600221'], ['STOCK_CODE', '900945']])
    // Hong Kong's and Taiwan's shorter codes after a share's label, and 代號 as Traditional Chinese writes it.
    expect(found('（股份代號：0388）；股票代號：2330；證券代號：600519')).toEqual([
      ['STOCK_CODE', '0388'], ['STOCK_CODE', '2330'], ['STOCK_CODE', '600519'],
    ])
  })

  it('takes no bare six digits, nor six after another code\'s label or inside a longer number', () => {
    // A postcode after its label is a record number (a paper's affiliation line), never a stock code.
    expect(found('邮编200120，合同金额300750元，订单号码字段688981，行政区划代码：310115，邮政编码：518000')).toEqual([
      ['RECORD_NUMBER', '200120'], ['RECORD_NUMBER', '518000'],
    ])
    expect(found('证券代码：6010121，版本1.600519.SHX，代码：2330，区划代码 1234')).toEqual([])
  })
})

describe('withPatterns: company names after an announcement header\'s labels (compliance QA)', () => {
  const named = (text: string, model: { start: number; end: number; type: string; text: string; score: number }[] = []) =>
    withPatterns(text, model).map((e) => [e.type, e.text])

  it('takes the short name after 证券简称 to the next spaces, mark or field, and a company\'s name after 公司名称', () => {
    expect(named('证券代码：002415　　证券简称：海康威视　　公告编号：2026-031')).toEqual([['STOCK_CODE', '002415'], ['ORG', '海康威视']])
    expect(named('股票简称:比亚迪  公告编号:2026-9')).toEqual([['ORG', '比亚迪']])
    expect(named('公司简称：*ST某科，A股简称 TCL科技\n')).toEqual([['ORG', '*ST某科'], ['ORG', 'TCL科技']])
    expect(named('证券简称：长江电力公告编号：1')).toEqual([['ORG', '长江电力']])
    expect(named('证券简称：中国石油、中石油B')).toEqual([['ORG', '中国石油'], ['ORG', '中石油B']])
    expect(named('公司名称：杭州某某智能科技股份有限公司\n公司全称：某某会计师事务所（特殊普通合伙）')).toEqual([
      ['ORG', '杭州某某智能科技股份有限公司'], ['ORG', '某某会计师事务所（特殊普通合伙）'],
    ])
  })

  it('takes no word of running text after the label, and keeps the model\'s name where it read one as long or longer', () => {
    expect(named('公司证券简称变更为“某某新材”，证券简称 变更事项已公告，公司名称：暂无')).toEqual([])
    const text = '证券简称：宁德时代'
    // A place inside it gives way to the rule's name; the model's own name for it stays the model's.
    expect(named(text, [{ start: 5, end: 7, type: 'LOC', text: '宁德', score: 0.8 }])).toEqual([['ORG', '宁德时代']])
    const model = [{ start: 5, end: 9, type: 'COMPANY', text: '宁德时代', score: 0.9 }]
    expect(withPatterns(text, model)).toEqual(model)
  })
})

describe('withPatterns', () => {
  it('takes one house number after a place the model found, and cuts a chain out of a place that holds it', () => {
    const text = '住在浦东525号，上海3号线，漕溪北路398号3号楼1205室'
    const model = [
      { start: 2, end: 4, type: 'LOC', text: '浦东', score: 0.9 },
      { start: 9, end: 11, type: 'LOC', text: '上海', score: 0.9 },
      { start: 15, end: 23, type: 'LOC', text: '漕溪北路398号', score: 0.9 },
    ]
    for (const e of model) expect(text.slice(e.start, e.end)).toBe(e.text)
    expect(withPatterns(text, model).map((e) => [e.type, e.text])).toEqual([
      ['LOC', '浦东'], ['ADDRESS_NUMBER', '525号'], ['LOC', '上海'], ['LOC', '漕溪北路'], ['ADDRESS_NUMBER', '398号3号楼1205室'],
    ])
    // A whole address as one place (under the threshold, say): its numbers are a match of their own, the rest stays
    // the model's with its score.
    const address = [{ start: 3, end: 17, type: 'LOC', text: '控江路１０２８弄２２号６０１室', score: 0.2 }]
    expect(withPatterns('住址：控江路１０２８弄２２号６０１室', address).map((e) => [e.type, e.text, e.score])).toEqual([
      ['LOC', '控江路', 0.2], ['ADDRESS_NUMBER', '１０２８弄２２号６０１室', 1],
    ])
    // After a place alone, a day of the month is no house number (final QA: 北京15号将迎来降雨).
    const city = [{ start: 0, end: 2, type: 'LOC', text: '北京', score: 0.9 }, { start: 14, end: 17, type: 'LOC', text: '深圳湾', score: 0.9 }]
    for (const e of city) expect('北京15号将迎来降雨。参观了深圳湾1号项目'.slice(e.start, e.end)).toBe(e.text)
    expect(withPatterns('北京15号将迎来降雨。参观了深圳湾1号项目', city).map((e) => e.type)).toEqual(['LOC', 'LOC'])
    // Without the place, 525号 alone is nothing.
    expect(withPatterns('住在某处525号', [])).toEqual([])
  })


  it('replaces the entities a match overlaps and keeps the others, in text order', () => {
    const text = '张伟的邮箱 zhangwei@example.com'
    const model = [
      { start: 0, end: 2, type: 'PER', text: '张伟', score: 0.9 },
      { start: 6, end: 14, type: 'PER', text: 'zhangwei', score: 0.4 },
    ]
    expect(withPatterns(text, model).map((e) => [e.type, e.text])).toEqual([['PER', '张伟'], ['EMAIL', 'zhangwei@example.com']])
    expect(withPatterns('没有号码', model)).toBe(model)
  })
})
