// Contact details and identity numbers, found by rules rather than the model: phone numbers (mainland China,
// Taiwan, Hong Kong), e-mail addresses, identity card numbers (mainland 18- and old 15-digit, Taiwan, Hong Kong;
// their check digits or birth dates verified; a mainland one whose check digit fails still taken where its
// region and birth date hold, and any number of an ID's shape after 身份证号 or 证件号) and bank card numbers
// (Luhn-valid). For redaction, where a name removed and an ID number left in place is no redaction at all.
// Rules, so they are exact where the formats are (an ID's check digit, a card's Luhn sum) and greedy where they
// are not (any mobile-shaped number is taken for a phone): for redacting, too much beats too little. Only a bare
// local number (2300 6555, which is also a count or an amount) needs a cue: a phone word before it, an extension
// after it. Also what a medical, court, police or HR file names a person by besides (PII QA: all of it stayed
// readable in 7 of 7 redacted files): dates of birth and ages after their labels, record and account numbers
// (门诊号, 工号, QQ, 微信, 护照 …) after theirs, case numbers, licence plates, unified social credit codes, and house,
// building and room numbers. Those need a label or their fixed shape: a bare date or age is no one's. Medical QA
// (hospital files, all 27 visit, admission and sampling dates left readable): dates after a record's date labels
// (入院日期, 采集时间 …), beds after 床号 or a ward, the age after a record's 男，/女， opening, and names after a
// signature's label (审核者：上官雨晴, which the model missed in 22 of 60 compound-surname probes) or a family's or
// contact's (家属：, 联系人：, 监护人：), and the date after a signature's name (主治医师：刘晓东 2024年3月25日).
// Compliance QA (redacted deal memos and announcements): securities codes (600519.SH, 证券代码：000858), which name a
// listed company as surely as its name, and the short name after 证券简称： in an announcement's header, as an ORG.
// HR QA (blind hiring, CVs): the name after 姓名： (spaced out as Word writes it or not), a Word table's label and value
// on two lines, a road named …道 and the room after a building's name the model found.
// Chat QA (customer-service logs): order and parcel numbers after their labels, masked mobiles (138****5678), the tail
// digits after 尾号 or 后四位, and a credit code after 税号.
// Gov QA (published penalty decisions): an official's certificate number after 执法证号, 警号 …, and a government document's
// number (京朝市监罚〔2026〕120号) kept readable whole, the model's place or organisation over it dropped.
// Travel and paper QA (itineraries, passenger lists, papers' acknowledgements): booking, confirmation, visa and permit
// numbers after their labels, Chinese passport numbers by their shape, ORCID iDs by their check character, postcodes
// after 邮编 and research grants' numbers after their labels or in brackets after a funder's name. Never a flight's or a
// train's number (CA1234, G1234), which names no one.
import { COMMON_SURNAMES, COMPOUND_SURNAMES, type Entity } from '../engine'
import { foldFullWidth } from './mentions'
import { firstEndingAfter } from './segments'
import { underLabelHeadings } from './tableColumns'

export const PATTERN_TYPES = ['PHONE', 'EMAIL', 'ID_NUMBER', 'BANK_CARD', 'BIRTH_DATE', 'DATE', 'AGE', 'RECORD_NUMBER', 'PLATE', 'ADDRESS_NUMBER', 'STOCK_CODE'] as const
type PatternType = (typeof PATTERN_TYPES)[number]

export interface PatternEntity extends Entity {
  fromPattern: true
  /** A person's own name after 姓名：, 中文名：, 真实姓名： … (personNames): as sure a name as the model's, so redaction
   *  spreads its given name alone (婉清 of 姓名：上官婉清), which it does for no other rule's name (a signature's). */
  labelledName?: true
  /** A nickname after 外号, 网名, 化名 … (nicknames): spread as a given name alone is, only where it is no common word and
   *  stands as a name (外号"老虎" is no 打老虎's, 网名“小明” no 小明天去学校's: re-check 55a). */
  nickname?: true
}

export function isFromPattern(entity: Entity): entity is PatternEntity {
  return (entity as Partial<PatternEntity>).fromPattern === true
}

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,}/g

/** Not inside a longer run of digits or letters, nor a later group of a hyphenated number (an ISBN's, a date's);
 *  a hyphen after a word is no number (简历-张三-13800138000). */
const NUMBER_START = String.raw`(?<![\dA-Za-z]|\d-)`
/** The same after it, and no hyphenated digits beyond what the rule took. */
const NUMBER_END = String.raw`(?![\dA-Za-z]|-\d)`
/** An extension said in words (转 / 分机 / ext.): enough to make a bare local number a phone. */
const WORD_EXTENSION = String.raw` ?(?:转|轉|分机|分機|内线|內線|[Ee]xt\.?|EXT\.?) ?\d{1,5}`
const EXTENSION = String.raw`(?:-\d{1,5}|#\d{1,5}|${WORD_EXTENSION})`
/** A local number of 7 or 8 digits, whole or grouped 3-4 or 4-4. */
const LOCAL = String.raw`\d{3,4}[ -]?\d{4}`
/** A country code `code` (a pattern) dialled before a number: after + or 00 (+65 , 0065-) or in brackets ((65) , (+65)).
 *  Alternatives, to be grouped. */
function dialled(code: string): string {
  return String.raw`(?:\+|00)${code}[ -]?|\(\+?${code}\) ?`
}
const PHONE_SHAPES = [
  // Mainland mobiles: 1[3-9] and nine more digits, grouped 3-4-4 or 3-3-5 (138 001 38000) or not, +86 optional, or 86
  // without its plus (8613800138000, as CVs write it: HR QA).
  String.raw`(?:(?:\+|00)?86[ -]?)?1[3-9]\d(?:(?:[ -]?\d{4}){2}|[ -]\d{3}[ -]\d{5})`,
  // Landlines with a trunk 0 and an area code: mainland 010, 0755; Taiwan 02, 049: 010-6307-1234, 0755 2678 1234,
  // (010)6307 1234, (02) 2345-6789, 010 - 6275 1234 (spaces round the hyphen, HR QA). A two-digit code (Taiwan's)
  // only before a grouped local number.
  String.raw`(?:\(0[1-9]\d{0,2}\) ?|0[1-9]\d{1,2}(?:[ -]| - )|0[2-9][ -])${LOCAL}`,
  // Mainland landlines dialled from abroad, without the trunk 0: +86 10 8520 1234, +86-755-26781234.
  String.raw`(?:\+|00)86[ -]?(?:\(0\) ?)?(?:10|2\d|[3-9]\d{2})[ -]?${LOCAL}`,
  // Taiwan mobiles, 09 and eight digits grouped 4-3-3 or not: 0912-345-678.
  String.raw`09\d{2}[ -]?\d{3}[ -]?\d{3}`,
  // Taiwan from abroad: +886 2 2345 6789, +886 912 345 678.
  String.raw`(?:\+|00)886[ -]?(?:9\d{2}[ -]?\d{3}[ -]?\d{3}|\(?[2-8]\d?\)?[ -]?${LOCAL})`,
  // Hong Kong and Macau, eight digits, with the country code: +852 2300 6555, (852) 9123 4567, +853 6612 3456; 852 or 853
  // without a plus only set apart and before eight digits no more follow (Tel: 852 2877 1234 was 852 2877 and 1234 left
  // readable: regional QA).
  String.raw`(?:${dialled('85[23]')}|85[23][ -](?=\d{4}[ -]?\d{4}(?![ -]?\d)))\d{4}[ -]?\d{4}`,
  // Singapore, eight digits from 3, 6, 8 or 9: +65 9123 4567, +65-6789-1234, (65) 91234567.
  String.raw`(?:${dialled('65')})[3689]\d{3}[ -]?\d{4}`,
  // Malaysia: a mobile 01x and seven or eight digits, a landline's one- or two-digit area code and seven or eight:
  // +60 12-345 6789, +60 11-2345 6789, +60 3-2345 6789.
  String.raw`(?:${dialled('60')})(?:1\d|[3-9]\d?)[ -]?\d{3,4}[ -]?\d{4}`,
  // A bare local number with an extension in words after it: 85201234转6012.
  String.raw`${LOCAL}(?=${WORD_EXTENSION})`,
]
const PHONE = new RegExp(`${NUMBER_START}(?:${PHONE_SHAPES.join('|')})${EXTENSION}?${NUMBER_END}`, 'g')
/** A value that is a phone number whole, in one of PHONE_SHAPES, or a company's 400 or 800 hotline (400-820-8820), which
 *  PHONE leaves alone by having no shape for it: a hotline names no one (客服电话：400-820-8820 stays readable). A travel
 *  or a grant label's value in such a shape is left to the phone rule (预订号码：021-62781234, 请确认号码：010-62785001,
 *  该项目（010-62785001） were record numbers, 预订号码：400-820-8820 too: re-check of b109efa). A hotline only as hotlines
 *  are printed, its groups parted by a hyphen or a space (400-820-8820, 400 820 8820, 4008-208-820): ten digits run
 *  together after a booking's label are the booking's (确认号：4001234567, Confirmation No.: 8005551234 were record numbers
 *  before b109efa's re-check and were left readable by it: re-check 54d). */
const PHONE_OR_HOTLINE = new RegExp(`^(?:(?:${PHONE_SHAPES.join('|')})${EXTENSION}?|[48]00(?=[\\d -]*[ -])(?:[ -]?\\d){7})$`)
/** A unit right after a mobile-shaped number (13800138000件, 138 001 38000元), which makes it a count or an amount where no
 *  phone's label stands before it (recheck 50). Unspaced only, and not a common word's first character: 万 or 亿 before a
 *  Han character that is no unit (万先生, 万女士, 万经理, 万科, 亿达中心: a surname, a company), 元旦, 元宵, 台州, 台湾, 份额,
 *  个人, 套餐, 股份 go on a sentence or an address after a phone (recheck 50b: 12 labelled phones so dropped). Not 只, 次. */
const UNIT_AFTER_NUMBER = /^(?:元(?!旦|宵|月|年|老|素|首|帅|帥|气|氣)|件(?!事)|个(?!人|体|體)|個(?!人|体|體)|吨|噸|股(?!份|东|東|票|权|權)|[万萬亿億](?![\u3400-\u9fff])|[万萬亿億](?=元|股|吨|噸|件|个|個|台|辆|輛|套|箱|份|块|塊|人|次)|台(?![湾灣州北南中东東山江儿兒风風阶階上下前])|臺(?![灣北南中東])|箱(?!包)|套(?!餐|房)|份(?![额額子])|辆|輛|块|塊|公斤|千克|斤|盒(?!马|馬)|瓶|袋(?!鼠))/u
/** A total's, a stock's or an amount's word right before a mobile-shaped number: a total is no phone. */
const COUNT_BEFORE = String.raw`(?:合计|合計|总计|總計|共计|共計|金额|金額|总额|總額|余额|餘額|余量|餘量|库存|庫存|存量|数量|數量)`
/** An order's, a parcel's or a serial number's label: an order number may be 86 and a mobile's digits (订单号：8613800138000,
 *  运单号 8615912345678: recheck 50). Not 编号 alone, which is a member's, a user's or a customer's number too, and that is
 *  often the mobile (会员编号：13800138000: recheck 50b); only its 86 form is taken for an order's there. */
const ORDER_NUMBER_LABELS = String.raw`(?:订单号|訂單號|订单编号|訂單編號|运单号|運單號|快递单号|快遞單號|单号|單號|流水号|流水號|交易号|交易號|序列号|序列號)`
const NUMBER_LABEL_GAP = String.raw`(?:码|碼)?[ \t\u3000]*:?[ \t\u3000]*(?:为|為|是)?[ \t\u3000]*$`
const NOT_A_PHONE_BEFORE = new RegExp(`(?:${COUNT_BEFORE}|${ORDER_NUMBER_LABELS})${NUMBER_LABEL_GAP}`, 'u')
const NUMBER_LABEL_BEFORE = new RegExp(`(?:编号|編號)${NUMBER_LABEL_GAP}`, 'u')
/** Messaging apps an account of which is a phone number (WhatsApp：6234 5678, as Hong Kong, Macau and Singapore forms
 *  give a mobile: regional QA), in English. */
const MESSAGING_APPS = String.raw`(?<![A-Za-z])(?:WhatsApp|Whatsapp|WHATSAPP|whatsapp|WeChat|Wechat|WECHAT|Signal|SIGNAL|Telegram|TELEGRAM)(?![A-Za-z])`
/** A phone's label right before the number (电话：, 手机, 联系方式：, 联系人：, Tel:, 座机, 手机号 …), on its line or alone on the
 *  line above: what follows is a phone whatever comes after it (电话13800138000块, 手机：13800138000亿达中心: recheck 50b). */
const PHONE_LABEL_BEFORE = new RegExp(
  String.raw`(?:电话|電話|手机|手機|手提|传真|傳真|热线|熱線|座机|座機|(?:联系|聯繫|联络|聯絡)(?:方式|人)?|(?<![A-Za-z])(?:[Tt]el|TEL|[Pp]hone|PHONE|[Ff]ax|FAX|[Mm]obile|MOBILE|[Cc]ell)\.?|${MESSAGING_APPS})` +
    String.raw`(?:号码|號碼|号|號)?[ \t\u00a0\u3000]*:?[ \t\u00a0\u3000]*(?:为|為|是)?[ \t\u00a0\u3000]*(?:\r?\n[ \t\u00a0\u3000]*)?$`,
  'u',
)
/** A mobile-shaped number that is a count, an amount or an order's number (see above) is no phone; nor, then, is any
 *  shorter phone inside it (电话：138 0013 8000 万先生 was [PHONE1] 8000: recheck 50b), so the rules after this one (a
 *  labelled local number's) take none of it: phones returns it as a span that is no entity. */
function phones(folded: string, text: string): (PatternEntity | Span)[] {
  const found: (PatternEntity | Span)[] = []
  for (const m of folded.matchAll(PHONE)) {
    const start = m.index
    const end = start + m[0].length
    const before = folded.slice(Math.max(0, start - 40), start)
    const count = !PHONE_LABEL_BEFORE.test(before) &&
      (UNIT_AFTER_NUMBER.test(folded.slice(end, end + 4)) || NOT_A_PHONE_BEFORE.test(before) || (NUMBER_LABEL_BEFORE.test(before) && /^86/.test(m[0])))
    found.push(count ? { start, end } : { start, end, type: 'PHONE', text: text.slice(start, end), score: 1, fromPattern: true })
  }
  return found
}
/** A bare local number (Hong Kong's 2300 6555, a mainland 8520 1234) right after a word that says it is one:
 *  电话：, 傳真, Tel., Fax:, Hong Kong's 手提 (a mobile), Mobile:, WhatsApp：. Without one it is as likely a count, an
 *  amount or a serial number. */
const PHONE_CUES = String.raw`(?:电话|電話|手机|手機|手提|传真|傳真|联系|聯繫|联络|聯絡|热线|熱線|(?<![A-Za-z])(?:[Tt]el|TEL|[Pp]hone|PHONE|[Ff]ax|FAX|[Mm]obile|MOBILE|[Cc]ell|CELL)\.?|${MESSAGING_APPS})(?:号码|號碼)?`
/** A country code before such a number, its plus or brackets or neither (Tel: 852 2877 1234, 電話：(853) 2871 2345). */
const CUE_COUNTRY_CODE = String.raw`(?:(?:\+|00)?(?:852|853|886|86|65|60)[ -]?|\(\+?(?:852|853|886|86|65|60)\) ?)`
/** The number after a cue, its country code and a further group of four digits with it (電話：2877 1234 5678): a phone is never cut in half
 *  (Tel: 852 2877 1234 gave 852 2877, 1234 left readable: regional QA). Not a year's, a date's or a count's digits after it,
 *  a space or not before its word, nor a time's, nor another number's (联系电话：2877 1234 24小时…, 8520 1234 300 元起,
 *  8520 1234 2026 年, 2877 1234 09:00-18:00: recheck-rules 1). */
const PHONE_LAST_GROUP = String.raw`(?:[ -]\d{4}(?![\dA-Za-z:：/／]|[.．]\d|-\d|[ \t\u3000]*(?:[年月日号號次个個元人名位天岁歲件张張台辆輛万萬亿億千百]|小时|小時|分钟|分鐘)))`
const PHONE_AFTER_CUE = new RegExp(
  `(?<=${PHONE_CUES}[ \t\u00a0\u3000]*:?[ \t\u00a0\u3000]*)${CUE_COUNTRY_CODE}?${LOCAL}${PHONE_LAST_GROUP}?${EXTENSION}?${NUMBER_END}`,
  'g',
)

/** Mainland resident ID numbers, 18 characters, whole or grouped 6-8-4 (region, birth date, serial and check) with
 *  the same separator; and the old 15-digit ones (a two-digit birth year, no check digit). */
const RESIDENT_ID_SHAPE = String.raw`\d{6}(?<sep>[ -]?)\d{8}\k<sep>\d{3}[\dXx](?![\dA-Za-z])`
const RESIDENT_ID = new RegExp(`${NUMBER_START}${RESIDENT_ID_SHAPE}`, 'g')
/** A resident ID card's words, and the endings of an ID's label (身份证|号码, 证件|號碼). */
const RESIDENT_ID_WORDS = String.raw`身份证|身份證|身分證|公民身份`
const ID_NUMBER_ENDINGS = String.raw`(?:号码|號碼|字號|编号|編號|号|號)`
/** A word that says an ID number follows (身份证号码：, 公民身份号码, 证件号为): what follows in an ID's shape is one
 *  whatever its digits, a typo or an OCR error in its region or date included (HR QA: a contract's mistyped ID was
 *  left readable). */
const ID_CUES = String.raw`(?:${RESIDENT_ID_WORDS}|证件|證件)${ID_NUMBER_ENDINGS}?`
const ID_AFTER_CUE = new RegExp(
  // Any run of 15 to 19 digits (an X last), grouped any way: a digit dropped or doubled, 4-4-4-4-2 (recheck QA).
  String.raw`${ID_CUES}[ \t\u00a0\u3000]*:?[ \t\u00a0\u3000]*(?:为|為|是)?[ \t\u00a0\u3000]*(?<v>${RESIDENT_ID_SHAPE}|\d{15}(?![\dA-Za-z])|\d(?:[ -]?\d){13,17}[ -]?[\dXx]${NUMBER_END})`,
  'g',
)
const OLD_RESIDENT_ID = new RegExp(String.raw`${NUMBER_START}\d{15}(?![\dA-Za-z])`, 'g')
/** Taiwan: a letter, 1 or 2 (citizens) or 8 or 9 (resident certificates since 2021), seven digits and a check digit. */
const TAIWAN_ID = /(?<![\dA-Za-z])[A-Z][1289]\d{8}(?![\dA-Za-z])/g
/** Hong Kong: one or two letters, six digits and the check digit in brackets: A123456(3). */
const HONG_KONG_ID = /(?<![\dA-Za-z])[A-Z]{1,2}\d{6} ?\([\dA]\)/g
/** Singapore's NRIC and FIN: S, T, F, G or M, seven digits and a check letter (S1234567D, G7654321L). Taken anywhere by
 *  its check letter (isSingaporeId), after an ID's label whatever it is (FOREIGN_ID_AFTER_CUE). */
const SINGAPORE_ID_SHAPE = String.raw`[STFGM]\d{7}[A-Z]`
const SINGAPORE_ID = new RegExp(String.raw`(?<![\dA-Za-z])${SINGAPORE_ID_SHAPE}(?![\dA-Za-z])`, 'g')
/** A product's, a part's or an order's label before an NRIC's shape: a model or a part number, no ID (型号 S1234567D
 *  已停产: recheck-rules 7). */
const PART_NUMBER_BEFORE = new RegExp(
  String.raw`(?:型号|型號|产品|產品|编号|編號|货号|貨號|料号|料號|零件|配件|订单|訂單|批号|批號|序列号|序列號|规格|規格|(?<![A-Za-z])(?:SKU|Model|MODEL|Part|PART|P\/N|PN|Item|ITEM)(?![A-Za-z]))` +
    String.raw`(?:号码|號碼|号|號|[ \t]*(?:No|NO|no)\.?|#)?[ \t\u00a0\u3000]*:?[ \t\u00a0\u3000]*$`,
  'u',
)
/** The labels of an ID in Singapore, Malaysia and Macau (regional QA: NRIC：S1234567D, 准证：G7654321L, IC：850312-14-5678
 *  left readable): ID_CUES' but 证件 (a passport's too: 证件号码：G1234567 is one), NRIC, FIN, IC, I/C, MyKad, 准证 (a work
 *  pass's), 身份证明. Latin ones as words. IC only before a colon, at a line's start or after 身份/证/件 (芯片 IC 123456789012 is a
 *  chip's), but anywhere before a MyKad's dashed 6-2-4 shape, which is hardly anything else (他的 IC 800101-14-5678:
 *  recheck2-rules 1). */
const FOREIGN_ID_CUES = String.raw`(?:(?:${RESIDENT_ID_WORDS})${ID_NUMBER_ENDINGS}?|(?:准证|準證|身份证明|身份證明)(?:号码|號碼|编号|編號|号|號)?|(?<![A-Za-z])(?:NRIC|FIN|I\/C|MyKad|MYKAD|Mykad)(?![A-Za-z])(?:[ \t]*(?:No|NO|no)\.?)?|(?:(?<=^|[\r\n]|身份|身分|证|證|件)[ \t\u3000]*IC|(?<![A-Za-z])IC(?=[ \t]*(?:(?:No|NO|no)\.?[ \t]*)?[:：])|(?<![A-Za-z])IC(?=(?:[ \t]*(?:No|NO|no)\.?)?[ \t\u00a0\u3000]*(?:为|為|是)?[ \t\u00a0\u3000]*\d{6}-\d{2}-\d{4}(?![\dA-Za-z]|-\d)))(?![A-Za-z])(?:[ \t]*(?:No|NO|no)\.?)?)`
/** An ID of Hong Kong, Macau, Singapore, Malaysia or Taiwan after an ID's label, its check digit right or not, in any of
 *  the forms a form prints it (regional QA: all left readable, while a mainland ID mistyped after its label is masked):
 *  Singapore's S1234567D; Hong Kong's in lower case, a space after the letter, no brackets or a wrong check digit
 *  (k765432(4), K 765432(4), K7654324, K765432 4, A123456(7)); Macau's 1234567(8); a MyKad's birth date, place and
 *  serial (850312-14-5678, or its 12 digits run together); Taiwan's A123456780. A bracket between the label and the
 *  colon may hold another (准证号码（FIN）：). */
const FOREIGN_ID_AFTER_CUE = new RegExp(
  String.raw`${FOREIGN_ID_CUES}[ \t\u00a0\u3000]*(?:\([^()\n]{1,12}\))?[ \t\u00a0\u3000]*:?[ \t\u00a0\u3000]*(?:为|為|是)?[ \t\u00a0\u3000]*` +
    String.raw`(?<v>(?:[STFGMstfgm]\d{7}[A-Za-z]|[A-Za-z]{1,2} ?\d{6}(?: ?\([\dAa]\)| ?[\dAa])|[157]\d{6} ?\(\d\)|\d{6}-\d{2}-\d{4}|\d{12}|[A-Za-z][1289]\d{8})(?![\dA-Za-z]|-\d))`,
  'g',
)
/** 16 to 19 digits, in groups of 4 (the same separator throughout, a last group of 1 to 3 digits) or not. */
const CARD = /(?<![\dA-Za-z])\d{4}([ -]?)\d{4}\1\d{4}\1\d{4}(?<tail>\1\d{1,3})?(?![\dA-Za-z])/g

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const ID_CHECK = '10X98765432'
/** The provinces' codes (GB/T 2260), the first two digits of a mainland ID; 81 to 83 are Hong Kong, Macao and
 *  Taiwan residents' permits. */
const PROVINCE = /^(?:1[1-5]|2[1-3]|3[1-7]|4[1-6]|5[0-4]|6[1-5]|71|8[1-3])/

function isCalendarDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

/** A province and a real birth date (1900 to this century): an 18-character ID, its check digit aside. One wrong
 *  check digit is the commonest typo or OCR error in an ID, and a mistyped ID is still one to a redactor; other
 *  18-digit numbers (an order's, a card's) rarely hold a province and a date at the right places. */
export function isResidentIdShape(digits: string): boolean {
  const year = Number(digits.slice(6, 10))
  if (!PROVINCE.test(digits) || year < 1900 || year > 2099) return false
  return isCalendarDate(year, Number(digits.slice(10, 12)), Number(digits.slice(12, 14)))
}

/** GB 11643: a province, a real birth date (1900 to this century) and the check digit. */
export function isResidentId(digits: string): boolean {
  if (!isResidentIdShape(digits)) return false
  const sum = ID_WEIGHTS.reduce((acc, w, i) => acc + w * Number(digits[i]), 0)
  return ID_CHECK[sum % 11] === digits[17]!.toUpperCase()
}

/** The 15-digit IDs issued until 1999: no check digit, so a province and a real 19YY birth date are all there is
 *  to tell one from any other 15 digits. */
export function isOldResidentId(digits: string): boolean {
  return PROVINCE.test(digits) && isCalendarDate(1900 + Number(digits.slice(6, 8)), Number(digits.slice(8, 10)), Number(digits.slice(10, 12)))
}

/** The letters in the order of their values in Taiwan's ID numbers, from 10: not quite the alphabet's (I is 34,
 *  O 35, W 32). */
const TAIWAN_LETTERS = 'ABCDEFGHJKLMNPQRSTUVXYWZIO'

/** Taiwan's ID check: the letter's two digits weighted 1 and 9, the next eight 8 down to 1, the check digit 1;
 *  the sum is a multiple of 10 (A123456789 is the usual example). */
export function isTaiwanId(id: string): boolean {
  if (!/^[A-Z]\d{9}$/.test(id)) return false
  const letter = TAIWAN_LETTERS.indexOf(id[0]!) + 10
  const weights = [8, 7, 6, 5, 4, 3, 2, 1, 1]
  const sum = Math.floor(letter / 10) + 9 * (letter % 10) + weights.reduce((acc, w, i) => acc + w * Number(id[i + 1]), 0)
  return sum % 10 === 0
}

/** Hong Kong's ID check: letters are 10 to 35 (a one-letter ID has a space, 36, before it), weights 9 down to 2 on
 *  the eight characters, and the check character makes the sum a multiple of 11 (10 written A). */
export function isHongKongId(id: string): boolean {
  const [, letters, digits, check] = /^([A-Z]{1,2})(\d{6}) ?\(([\dA])\)$/.exec(id) ?? []
  if (!letters || !digits || !check) return false
  const values = [...(letters.length === 1 ? [36] : []), ...[...letters].map((c) => c.charCodeAt(0) - 55), ...[...digits].map(Number)]
  const sum = values.reduce((acc, v, i) => acc + v * (9 - i), 0)
  const expected = (11 - (sum % 11)) % 11
  return check === (expected === 10 ? 'A' : String(expected))
}

/** Singapore's NRIC and FIN check: the digits weighted 2 7 6 5 4 3 2, 4 more for T and G, 3 for M; the remainder by 11
 *  picks the letter from S and T's table, F and G's, or M's. */
export function isSingaporeId(id: string): boolean {
  const [, prefix, digits, check] = /^([STFGM])(\d{7})([A-Z])$/.exec(id) ?? []
  if (!prefix || !digits || !check) return false
  const offset = prefix === 'T' || prefix === 'G' ? 4 : prefix === 'M' ? 3 : 0
  const sum = [2, 7, 6, 5, 4, 3, 2].reduce((acc, w, i) => acc + w * Number(digits[i]), offset)
  const table = prefix === 'S' || prefix === 'T' ? 'JZIHGFEDCBA' : prefix === 'M' ? 'XWUTRQPNJLK' : 'XWUTRQPNMLK'
  return table[sum % 11] === check
}

export function passesLuhn(digits: string): boolean {
  let sum = 0
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i])
    if (i % 2 === 1) {
      d *= 2
      if (d > 9) d -= 9
    }
    sum += d
  }
  return sum % 10 === 0
}

/** How much of a rule's match is kept: all of it, a shorter start of it, or nothing (undefined). */
type Accept = (match: RegExpMatchArray) => string | undefined

/** An 18-character run with a province and a birth year, month and day in range (not a calendar date: 19900230):
 *  an ID mistyped in its date, a typo a redactor still wants gone, whole. */
function isLooseResidentIdShape(digits: string): boolean {
  const year = Number(digits.slice(6, 10))
  const month = Number(digits.slice(10, 12))
  const day = Number(digits.slice(12, 14))
  return digits.length === 18 && PROVINCE.test(digits) && year >= 1900 && year <= 2099 && month >= 1 && month <= 12 && day >= 1 && day <= 31
}
const ID_RUN = new RegExp(`${NUMBER_START}\\d{17}[\\dXx]${NUMBER_END}`, 'g')

/** What may stand between a label and its value: a colon, spaces, 为 or 是. */
const LABEL_GAP = String.raw`[ \t\u00a0\u3000]*[:：]?[ \t\u00a0\u3000]*(?:为|為|是)?[ \t\u00a0\u3000]*`
/** A number that holds a whole ID (casework QA: the ID masked, and the same ID readable inside these): a disability
 *  card's, the ID and two digits for the kind and the grade of the disability (44030519900702133221), and a pupil's 全国学籍号,
 *  G (or J, L) and the ID (G320104201903150023). Masked whole where the ID's check digit holds (EMBEDDED_ID), or where
 *  its region and date do after a 残疾证 or 学籍 label (embeddedId). */
const EMBEDDED_ID = new RegExp(`${NUMBER_START}(?:[GJL]\\d{17}[\\dXx]|\\d{17}[\\dXx][1-7][1-4])${NUMBER_END}`, 'g')
const EMBEDDED_ID_LABEL = new RegExp(String.raw`(?:残疾人?证|殘疾人?證|学籍|學籍)(?:编号|編號|号码|號碼|号|號)?${LABEL_GAP}$`, 'u')
const embeddedId: Accept = (m) => {
  const id = /^[GJL]/.test(m[0]) ? m[0].slice(1) : m[0].slice(0, 18)
  if (isResidentId(id)) return m[0]
  const before = m.input!.slice(Math.max(0, m.index! - 16), m.index)
  return EMBEDDED_ID_LABEL.test(before) && isResidentIdShape(id) ? m[0] : undefined
}

/** What follows a year in a date: 年3月8日, 年12月, -09-14, .9.14, /09/14; `day` the characters that may end its day. */
const dateAfterYear = (day: string) => String.raw`[ \t]*(?:年[ \t]*\d{1,2}[ \t]*月(?:[ \t]*\d{1,2}[ \t]*${day})?|[-./]\d{1,2}(?:[-./]\d{1,2})?(?!\d))`
/** A date: 1957年3月8日, 1996年12月, 1991-09-14, 1991.9.14, 1991/09/14. */
const DATE = String.raw`(?:19|20)\d{2}${dateAfterYear('[日号]')}`
/** A date in Taiwan's Republic years (民國78年5月14日, 民国115年3月2日, 民國78/5/14), and a day before its month and year
 *  (14/05/1989, 14-05-1989, 14.5.1989), as Singapore, Hong Kong and Malaysia forms write it: dates of birth and visits
 *  left readable after their labels (regional QA). */
const ROC_YEAR = String.raw`民[國国][ \t]*\d{1,3}`
const ROC_DATE = String.raw`${ROC_YEAR}${dateAfterYear('[日号號]')}`
const DAY_FIRST_DATE = String.raw`\d{1,2}[-./]\d{1,2}[-./](?:19|20)\d{2}(?!\d)`
/** A Republic year without 民國 (78年5月14日, 115/03/02): only right after a date's label, where it can be nothing else. A
 *  month after the year at least, and a month and a day that can be one. */
const ROC_YEAR_DATE = String.raw`(?:[1-9]\d|1[0-4]\d)(?:[ \t]*年[ \t]*(?:0?[1-9]|1[0-2])[ \t]*月(?:[ \t]*(?:0?[1-9]|[12]\d|3[01])[ \t]*[日号號])?|` +
  ['/', '-', '\\.'].map((sep) => String.raw`${sep}(?:0?[1-9]|1[0-2])${sep}(?:0?[1-9]|[12]\d|3[01])(?!\d)`).join('|') + ')'
/** A date after a date's label: DATE, or one of the regional forms. */
const LABEL_DATE = String.raw`(?:${DATE}|${ROC_DATE}|${DAY_FIRST_DATE}|${ROC_YEAR_DATE})`
/** 生于 that dates an event, not a birth: 发生于, 产生于, 衍生于, 派生于, 寄生于, 共生于, 滋生于, 萌生于, 催生于 (re-check
 *  54g: 事故发生于2008年5月 read [出生日期1]). Not 诞生于: a biography's birth (他诞生于1990年) as often as a company's, and a
 *  company's year masked is the lesser harm (re-check 54h). */
const EVENT_NOT_BIRTH = String.raw`(?<![发發产產衍派寄共滋萌催])`
/** A date after 出生日期, 生日, 生于 …, or before 出生: a date of birth. Other dates (a visit's, a filing's) are not; nor
 *  出生 before 人口, 人数, 数量 or 率 (a statistic: 2022年出生人口956万), though 出生数天后 and 出生率先 are births (re-check 54h). */
const BIRTH_LABELS = String.raw`(?:出生日期|出生年月日?|出生于|出生於|出生(?!人口|人数|人數|数量|數量|率(?!先))|生日|${EVENT_NOT_BIRTH}生于|${EVENT_NOT_BIRTH}生於)`
const BIRTH_DATE = new RegExp(String.raw`${BIRTH_LABELS}${LABEL_GAP}(?<v>${LABEL_DATE})`, 'g')
/** A year alone (生于2008年, 2003年生), or a year and a month before 生: how genealogies, obituaries and CVs write a
 *  birth (genealogy QA: of 2003年生, 2005年出生, 生于2008年, 1999年6月生 and 1938年5月生于湖南 none was caught). */
const BIRTH_YEAR = String.raw`(?:(?:19|20)\d{2}|${ROC_YEAR})[ \t]*年(?:[ \t]*\d{1,2}[ \t]*月)?(?![ \t]*\d)`
const BIRTH_YEAR_AFTER_LABEL = new RegExp(String.raw`${BIRTH_LABELS}${LABEL_GAP}(?<v>${BIRTH_YEAR})`, 'g')
/** 生 after a date is a birth unless it starts a word: 2023年生产, 生效, 生活, 生日, 生态, 生物, 生猪, 生源, 生均, 生师比,
 *  生化, 生计, 生动, 生根 … (re-check 54g: 2010年生均经费, 2011年生师比 were births). */
const BORN = String.raw`出生(?!人口|人数|人數|数量|數量|率(?!先))|生人|生(?![产產活意日长長效成存物命态態气氣字词詞涯病肖前平还還育猪豬源鲜鮮机機死理殖均师師化计計动動根])`
const DATE_OF_BIRTH = new RegExp(String.raw`(?:${DATE}|${ROC_DATE}|(?<![\d./-])${DAY_FIRST_DATE}|${BIRTH_YEAR})(?=[ \t]*(?:${BORN}))`, 'g')
/** The labels of a record's dates: a visit's, an admission's, a sample's, a signature's (入院日期, 就诊时间, 采集时间,
 *  签名日期 …). A date and a hospital name out of one file pick out a patient as a date of birth does (medical QA:
 *  27 of 27 such dates stayed). A date without one (a visit's in running text) stays: README says so. */
const DATE_LABELS = String.raw`(?:入院|出院|就诊|就診|门诊|門診|手术|手術|采集|採集|采样|採樣|接收|报告|報告|申请|申請|会诊|會診|检查|檢查|记录|記錄|签名|簽名|送检|送檢|收样|收樣|随访|隨訪|死亡|转科|轉科|复诊|複診|覆診)(?:日期|时间|時間)`
/** A time after a date: 09:42, 14:20:05, 下午 2:30, 8时30分. */
const TIME_OF_DAY = String.raw`(?:[ \t]*(?:上午|下午|凌晨|早上|中午|晚上)?[ \t]*\d{1,2}(?::\d{2}(?::\d{2})?(?!\d)|[时時点點](?:[ \t]*\d{1,2}[ \t]*分)?))`
/** A time after a labelled date, written as records write it: 12 时, 下午 2 点半, 晚上8点30分, 14:20 (recheck 49b: 报告时间：2024年3月5日
 *  12 时 left 12 时, 记录时间：…日 下午 2 点半 left 下午 2 点半). Not 1 点滴, nor a count (3 小时, 20分钟 have no 时/点 after the digits); 3点钟 is a time. */
const LABELLED_TIME = String.raw`(?:(?:上午|下午|凌晨|早上|早晨|清晨|中午|午后|傍晚|晚上|夜间|夜間)?[ \t]*\d{1,2}(?::\d{2}(?::\d{2})?(?!\d)|[ \t]*[时時点點](?!滴)(?:半|[ \t]*\d{1,2}[ \t]*分(?!钟|鐘)(?:[ \t]*\d{1,2}[ \t]*秒)?)?))`
/** A day after a label: a date with a year, or a month and a day without one (3月18日). */
const LABELLED_DAY = String.raw`(?:${LABEL_DATE}|\d{1,2}[ \t]*月[ \t]*\d{1,2}[ \t]*[日号])`
/** A range's second half: 至 3月15日, -2020.3, -12时, -10:00, 至15日, 至4月 (recheck 49b: 检查时间：3月12日至3月15日 left 3月15日,
 *  随访时间：2019.12-2020.3 left 2020.3, 手术时间：…日 8时-12时 left 12时). Only a date or a time: a bed (-10床), a
 *  reading (体温36.5) or the next field (入院诊断) is no half of it. */
const RANGE_END = String.raw`(?:[ \t]*(?:至|到|~|～|-|－|—|–)[ \t]*(?:${LABELLED_DAY}(?:[ \t]*${LABELLED_TIME})?|(?:次日|翌日|当日|當日)?${LABELLED_TIME}|\d{1,2}[ \t]*月|\d{1,2}[ \t]*[日号](?!床)))`
/** A date after one of them, a time after it or not, and a range's second half. */
const LABELLED_DATE = new RegExp(
  String.raw`${DATE_LABELS}${LABEL_GAP}(?<v>${LABELLED_DAY}(?:[ \t]*${LABELLED_TIME})?${RANGE_END}?)`,
  'g',
)
/** An age after 年龄 (年令, 年纪), or at death after 享年/终年 (an obituary's): 67岁, 32. Not a bare 67岁, which news
 *  gives public figures. */
const AGE_LABELS = String.raw`(?:年龄|年齡|年令|年纪|年紀|享年|终年|終年)`
const AGE = new RegExp(
  String.raw`${AGE_LABELS}${LABEL_GAP}(?<v>\d{1,3}(?:[.．]\d{1,2})?(?:[ \t]*(?:周岁|週歲|岁|歲)(?:[ \t]*\d{1,2}[ \t]*(?:个|個)?月)?|[ \t]*(?:个月|個月|月龄|月齡|天))?)(?![\d.．])`,
  'g',
)
/** The age in a record's opening after the sex: 患者某某，男，67岁 (medical QA: the age stayed there while the one
 *  after 年龄： went). Not a bare 67岁. */
const AGE_AFTER_SEX = new RegExp(
  String.raw`[男女]性?[，,、][ \t\u3000]*(?<v>\d{1,3}(?:[.．]\d{1,2})?[ \t]*(?:周岁|週歲|岁|歲)(?:[ \t]*\d{1,2}[ \t]*(?:个|個)?月)?)(?![\d.．])`,
  'g',
)
/** A person's age, whole (1.5岁, 2岁6个月: a child's record writes them so), not a group's or a rule's: 平均年龄52.3岁,
 *  申请人年龄18周岁以上, 年龄35周岁以下 (final QA: 平均年龄[AGE].3岁). */
const personalAge: Accept = (m) => {
  const before = m.input!.slice(Math.max(0, m.index! - 4), m.index)
  const after = m.input!.slice(m.index! + m[0].length, m.index! + m[0].length + 4)
  return /(?:平均|最小|最大|最高|最低|法定|退休|责任|責任|刑责|刑責|规定|規定)$/.test(before) ||
    /^[ \t]*(?:以上|以下|至|到|～|~|-|－|—|左右|之间|之間|及以)/.test(after)
    ? undefined
    : m.groups!.v
}

/** The count's, amount's and date's characters no record number runs into (RECORD_END), COUNT_WORD's first. */
const COUNT_CHARS = '万萬亿億千个個余餘多元张張人名件次条條家年月日'
/** A count's, an amount's or a time's word after a number (张, 个, 元, 万, 年, 月 …). */
const COUNT_WORD = String.raw`(?:[${COUNT_CHARS}百天位笔筆块塊份台辆輛岁歲%％])`
/** Labels of a person's record and account numbers in hospitals, employers, social security, schools. */
const PERSONAL_RECORD_LABELS = String.raw`(?:门诊|門診|住院|病案|病历|病歷|就诊卡|就診卡|医保卡?|醫保卡?|社保卡?|社保个人编|社保個人編|社会保障卡?|社會保障卡?|公积金(?:个人)?账|公積金(?:個人)?帳|公积金|员工编?|員工編?|工|档案|檔案|学|學|考生|准考证|准考證|帐|账|帳|賬)(?:号码|號碼|号|號)|(?:病理|影像|检查|檢查|标本|標本|样本|樣本|条码|條碼|登记|登記|流水|ID)(?:号码|號碼|号|號)|(?<![A-Za-z])ID(?=[ \t\u00a0\u3000]*:)|员工编号|員工編號|公积金账户|病案编号|档案编号|` +
  // A vehicle's and a driver's papers, and a penalty's or an accident's decision (police QA: 行驶证号：BJ20260301,
  // 机动车登记证书编号：110012345678, 处罚决定书编号：1101051234567890 left readable).
  String.raw`(?:行驶证|行駛證|驾驶证|駕駛證|驾照|駕照)(?:档案|檔案)?(?:号码|號碼|编号|編號|号|號)|(?:机动车|機動車)?(?:登记证书|登記證書|登记证|登記證)(?:编号|編號|号码|號碼|号|號)|` +
  String.raw`(?:处罚|處罰|认定|認定)(?:决定书|決定書|书|書)(?:编号|編號|文号|文號|号码|號碼|号|號)|` +
  // its 编号 after a space or on the next line (公安交通管理简易程序处罚决定书 编号：…, re-check 55a: left readable)
  String.raw`(?<=(?:处罚|處罰)(?:决定书|決定書)(?:[ \t\u3000]+|[ \t\u3000]*\r?\n[ \t\u3000]*))(?:编号|編號|文号|文號|号码|號碼)|` +
  // A social worker's file (casework QA: all left readable): a disability card's number (残疾证号：, the holder's ID and two
  // digits), a pupil's (学籍号, G and the ID), a case's (个案编号：SW-2026-017, 案号 as a label's start, not 备案号's), a
  // subsistence allowance's or a destitute person's (低保证号, 特困供养证号), a birth certificate's, a household register's, a
  // police call's or a hotline ticket's (接警单号, 工单号); 残疾证 alone before a colon.
  String.raw`(?:残疾人?证|殘疾人?證)(?:编号|編號|号码|號碼|号|號|(?=[ \t\u00a0\u3000]*:))|` +
  String.raw`(?:学籍|學籍|个案|個案|案件|低保证?|低保證|特困(?:人员|人員)?(?:供养|供養)(?:证|證)?|出生医学证明|出生醫學證明|户口[本簿]|戶口[本簿]|接警单|接警單|接处警单|接處警單|工单|工單)(?:编号|編號|号码|號碼|号|號)|案(?<![\u3400-\u9fff]案)(?:号|號)`
/** An official's certificate labels (gov QA: 执法人员：王建国（执法证号：11010023456） kept every inspector's certificate number
 *  readable in published penalty decisions): 执法证号, 执法证件号, 执法证编号, 执法证 alone or with its 证号 after a comma
 *  (执法证，证号44030012345), 工作证号 and 工作证编号, 警官证号, 警号, 警号码, 警员编号; Traditional forms too. Not 报警号码,
 *  火警号码, 接警号码 (a service's), nor a warning's or a siren's 警号 (三號風球警號, 拉响警号: recheck). */
const OFFICIAL_LABELS = String.raw`(?:执法证|執法證)[,，][ \t\u3000]*(?:证|證)件?(?:号码|號碼|号|號|编号|編號)|(?:执法证|執法證)(?:件|编|編)?(?:号码|號碼|号|號)?|(?:工作证|工作證|警官证|警官證)(?:编号|編號|号码|號碼|号|號)|(?<![报報火匪预預接]|风球|風球|信号|信號|拉响|拉響|鸣|鳴|响起|響起)警(?:员|員)?(?:编号|編號|号码|號碼|号|號)`
const RECORD_LABELS = `${PERSONAL_RECORD_LABELS}|${OFFICIAL_LABELS}`
/** What makes one or two digits after an account or a card no group of its: a count's word, a class's or a floor's (3
 *  班), after spaces or not; a time's or a date's colon or slash right after them (10:30, 12/28: recheck-rules 6). */
const TAIL_COUNT = String.raw`[ \t\u3000]*(?:${COUNT_WORD}|[班级級号號期届屆楼樓层層室])`
/** A count's or an amount's word right after a number (12 张, 12 元, 3 个月, 3 班), or a time's or a date's colon or
 *  slash (10:30, 12/28): after one or two digits, they are no group of an account or a card (RECORD_VALUE, acceptCard). */
const COUNT_OR_TIME_NEXT = String.raw`(?:${TAIL_COUNT}|[:：/／])`
/** Letters, digits and - _ . /, or digits in groups (6222 0212 3456 7890 127, whole), three characters at least. An
 *  account's last group of one or two digits after twelve digits, whole or in groups of four, is its own too (账号：9558
 *  8012 3456 7890 12, 账号：9558801234567890 12: contracts QA, 12 left readable), not a count after it (… 12 张). */
const RECORD_VALUE = String.raw`(?=[A-Za-z0-9_\-./]{3})[A-Za-z0-9](?:[A-Za-z0-9_\-./]*[A-Za-z0-9])?(?: \d{3,})*` +
  String.raw`(?:(?<=(?:\d{12}|\d{4} \d{4} \d{4})(?: \d{3,})*) \d{1,2}(?![\dA-Za-z.．]|${COUNT_OR_TIME_NEXT}))?`
/** Not a count, a price or a date after the label (shapes met in raw news: 清理账号364万余个, 停用账号92.8万个, 挂门诊号42元,
 *  某机构账号8日表示). */
const RECORD_END = String.raw`(?![A-Za-z0-9.．${COUNT_CHARS}])`
const RECORD_AFTER_LABEL = new RegExp(String.raw`(?:${PERSONAL_RECORD_LABELS})${LABEL_GAP}(?<v>${RECORD_VALUE})${RECORD_END}`, 'g')
/** A certificate number after an official's label: the label's gap may hold a bracket (出示执法证（44030012345）), a dash
 *  (警号——107245) or 分别为/依次是 with a colon or not (执法证号分别为：11010023456、11010023789: recheck); the number may open with
 *  a province's character (执法证号：京110101001, hidden with it); not a count or a range's end (警号100000以上为辅警, 风球警號
 *  1001 次), nor a siren's loudness or reach (汽笛和警号 300 米外, 警号 120 分贝, 警号 15 秒一次: recheck). Each further
 *  number of a list after one label (、 , ; 和 及 与) is one too: CERTIFICATE_NEXT. */
const CERTIFICATE_GAP = String.raw`[ \t\u00a0\u3000]*(?:[:：(（]|[—–-]{1,2})?[ \t\u00a0\u3000]*(?:(?:分别|分別|依次)(?:为|為|是)|为|為|是)?[ \t\u00a0\u3000]*[:：]?[ \t\u00a0\u3000]*`
const NOT_A_CERTIFICATE = String.raw`(?![ \t]*(?:次|以上|以下|至|到|个|個|余|餘|多|米|公里|千米|分贝|分貝|秒|分钟|分鐘|声|聲|下(?![车車班来來达達令])))`
const CERTIFICATE_AFTER_LABEL = new RegExp(
  String.raw`(?:${OFFICIAL_LABELS})${CERTIFICATE_GAP}(?<v>(?:[京津沪滬渝冀豫云雲辽遼黑湘皖鲁魯新苏蘇浙赣贛鄂桂甘晋晉蒙陕陝吉闽閩贵貴粤粵青藏川宁寧琼瓊](?=[A-Za-z0-9]))?${RECORD_VALUE})${RECORD_END}${NOT_A_CERTIFICATE}`,
  'g',
)
/** 证号 alone (执法人员分别为王建国、李娜，证号分别为11010023456、11010023789: recheck), after a comma, a bracket or a colon, is
 *  an official's only where the sentence before it names officials (OFFICIAL_CONTEXT); elsewhere it may be a licence's
 *  (营业执照，证号…), so that is not read as 检查 alone. */
const CERTIFICATE_SHORT_LABEL = new RegExp(
  String.raw`(?<=^|[,，;；:：、(（\s])(?:证|證)件?(?:号码|號碼|号|號|编号|編號)${CERTIFICATE_GAP}(?<v>${RECORD_VALUE})${RECORD_END}${NOT_A_CERTIFICATE}`,
  'g',
)
const OFFICIAL_CONTEXT = /执法|執法|民警|警官|检查人员|檢查人員|检查员|檢查員/u
/** A further number of a list: a bracket (its holder's name: 11010023456（王建国）、11010023789（李娜）) may come between. */
const CERTIFICATE_NEXT = new RegExp(String.raw`(?:[ \t\u3000]*[(（][^()（）\n]{1,12}[)）])?[ \t\u3000]*(?:[、,，;；和及与與])[ \t\u3000]*(?<v>${RECORD_VALUE})${RECORD_END}${NOT_A_CERTIFICATE}`, 'y')
/** A list's further item that is a date or a year, not a number like the first (执法证号11010023456、2026.03.05检查,
 *  执法证号11010023456，2026: recheck hid both); a range of years (项目（2020-2023）). A real date only: a year, then a month
 *  (and a day) that can be one, 2026-04-20, 2026.3.5, or eight digits run together, 20231231 (该基金（20231231）到期 was taken
 *  for a grant's number); not a number that merely opens with four digits and a hyphen (课题（编号：2019-12345）, a grant's,
 *  was taken for a date: re-check of b109efa). */
const DATE_SHAPE = /^(?:19|20)\d{2}(?:[-~](?:19|20)\d{2}|(?<sep>[-./])(?<month>0?[1-9]|1[0-2])(?:\k<sep>(?<day>0?[1-9]|[12]\d|3[01]))?|(?<compact>(?<cmonth>0[1-9]|1[0-2])(?<cday>0[1-9]|[12]\d|3[01])))?$/u
/** The most days a month has: February 29 (a leap year's; a date mistyped is still written as one), April, June,
 *  September and November 30. */
const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
/** Whether a value is a date or a year (DATE_SHAPE) whose day its month has: 20240230 and 2024-02-30 are not dates (re-check
 *  54d found 确认号：20240230 left readable as one). `compact` false: eight digits run together are no date, as after a
 *  booking's label, where 20260420 is a hotel's confirmation number (酒店确认号：20260420, masked before b109efa's re-check,
 *  was left readable by it) and only a date written as one (2026-04-20) is a date; in a grant's bracket 该基金（20231231）到期
 *  stays a date. */
function isDateLike(value: string, compact = true): boolean {
  const g = DATE_SHAPE.exec(value)?.groups
  if (g === undefined) return false
  if (g.compact !== undefined && !compact) return false
  const month = g.month ?? g.cmonth
  const day = g.day ?? g.cday
  return month === undefined || day === undefined || Number(day) <= MONTH_DAYS[Number(month) - 1]!
}
/** The labels of an order's, a parcel's or a refund's number (订单号, 运单号, 快递单号, 取件单号, 物流单号, 退款单号 …). A number right
 *  after one is an identifier that picks out a customer as an account's does (chat QA: 订单号：2026030112345678 and 快递单号：
 *  SF1234567890123 were left readable in redacted customer-service logs); the same number with no label stays (it may be a
 *  count or an amount, and is no phone: NOT_A_PHONE_BEFORE). */
const ORDER_LABELS = String.raw`(?:订单|訂單|运单|運單|快递单|快遞單|取件单|取件單|物流单|物流單|退款单|退款單)(?:编号|編號|号码|號碼|号|號)|(?:订单|訂單)(?:编号|編號)`
/** Digits (six or more), a carrier's letters before them or not (SF, YT, JD, JT and 10 to 15 digits), after such a label. */
const ORDER_NUMBER = new RegExp(String.raw`(?:${ORDER_LABELS})${LABEL_GAP}(?<v>[A-Za-z]{0,4}\d{6,32})(?![A-Za-z0-9])`, 'g')
/** A parcel's number with no label, told by its carrier's letters and length alone: 顺丰 SF, 京东 JD (JDV, JDX …), 圆通 YT, 极兔
 *  JT and 德邦 DPK before 10 to 15 digits (e-commerce QA: 您的快递SF1234567890125, 顺丰单号SF…, 单号：SF… kept all their
 *  digits, the model taking SF alone for an organisation, so that the copy read [机构3]1234567890125). Upper-case letters only:
 *  sf123… in running text is rarer than a product's code. */
const CARRIER_NUMBER = /(?<![A-Za-z0-9])(?:SF|JD[A-Z]{0,2}|YT|JT|DPK)[ -]?\d{10,15}(?![A-Za-z0-9])/g
/** A parcel's number of digits alone (中通, 申通, 韵达 and the post's are) right after its carrier's name, a word of a parcel
 *  or of a number between or not: 中通快递 78912345678901, 韵达单号 4312345678901, 邮政包裹：9812345678901 (re-check QA: all left
 *  readable with the rules on). Ten to fifteen digits: a phone after 顺丰 is replaced either way. */
const CARRIER_NAMES = String.raw`(?:顺丰|順豐|中通|圆通|圓通|申通|韵达|韻達|极兔|極兔|京东|京東|德邦|邮政|郵政|百世|天天|EMS)`
const CARRIER_WORDS = String.raw`(?:快递|快遞|速运|速運|速递|速遞|物流|包裹|小包)?(?:单号|單號|运单号?|運單號?|号码|號碼|号|號)?`
const NUMBER_AFTER_CARRIER = new RegExp(String.raw`${CARRIER_NAMES}${CARRIER_WORDS}${LABEL_GAP}(?<v>\d{10,15})(?![\dA-Za-z])`, 'g')
/** A postal item's number in the Universal Postal Union's S10 form, as EMS and the international posts print it: two
 *  letters, eight digits and a check digit, the country's two letters (EA123456789CN). Only with a right check digit. */
const POSTAL_ITEM_NUMBER = /(?<![A-Za-z0-9])[A-Z]{2}\d{9}[A-Z]{2}(?![A-Za-z0-9])/g
const S10_WEIGHTS = [8, 6, 4, 2, 3, 5, 9, 7]
export function isPostalItemNumber(code: string): boolean {
  const digits = code.slice(2, 11)
  const sum = S10_WEIGHTS.reduce((total, weight, i) => total + weight * Number(digits[i]), 0)
  const check = 11 - (sum % 11)
  return (check === 10 ? 0 : check === 11 ? 5 : check) === Number(digits[8])
}
/** The last digits of a phone, a card or an ID after 尾号, 后四位, 末四位 (手机尾号0421, 银行卡尾号6789, 身份证后四位152X): what a
 *  service chat confirms a customer by (chat QA: all left readable). Three to six digits, an ID's X last or not. */
const TAIL_LABELS = String.raw`(?:尾号|尾號|尾数|尾數|(?:后|後|末)(?:[三四五六3-6])位(?:数字|數字|号码|號碼)?)`
const TAIL_DIGITS = new RegExp(String.raw`${TAIL_LABELS}${LABEL_GAP}(?<v>\d{3,6}[Xx]?)(?![A-Za-z0-9])`, 'g')
/** A mobile with its middle four digits masked, as apps and chats show it: 138****5678, 186-****-2233, ＊ (folded) or x. The
 *  first three and last four digits left are the part a redaction must still hide (chat QA). Not **** alone. */
const MASKED_MOBILE = new RegExp(String.raw`${NUMBER_START}(?<![*])1[3-9]\d[ -]?(?:\*{4}|[xX]{4})[ -]?\d{4}${NUMBER_END}`, 'g')
/** A bed after 床号: 23, 23床, 12病区 23床. */
// (not a count of beds: 床位1.3万多张, 床位200张)
const BED = new RegExp(String.raw`(?:床号|床號|床位号?|床位號?)${LABEL_GAP}(?<v>(?:\d+[A-Za-z]?(?:病区|病區|区|區)[ \t\u3000]*)?\d+[A-Za-z]?床?)(?![\dA-Za-z.．,，万萬千张張个個多余餘])`, 'g')
/** Characters of a verb or a count between a ward and a number: 病区编制45床, 病区扩建为60床, 病区每年收治300床次 are
 *  counts, not a patient's bed (recheck 49b). After 病区 the bed follows at most six other characters (病区 12床). */
const WARD_COUNT_WORDS = '编編制为為共有设設扩擴建增减減收治达達至到约約计計总總每年月数數核定容纳納配备備拥擁开開放新余餘张張个個'
/** A bed further on in the line of 床号 or a ward (病区): 床号：心内科二病区 12床, 床号：+3床 (an extra bed), 十二病区19床
 *  in running text (medical QA). Not a count of beds: 病区共有30床, 设40床. */
const BED_AFTER_WARD = new RegExp(
  String.raw`(?<=(?:床号|床號)[^\n。；;！!？?]{0,16}|(?:病区|病區)[^\n。；;！!？?${WARD_COUNT_WORDS}]{0,6})(?<![\d共有设設计計约約近余餘达達开開放至到])[+加]?\d{1,3}[A-Za-z]?床(?![位费費号號次日天])`,
  'g',
)
/** QQ numbers (5 to 11 digits: QQ numbers are digits only) and WeChat IDs (6 to 20 letters, digits, _ and -, a letter
 *  first, as WeChat allows them; or an old account's QQ number) after their labels. A word after QQ is no QQ number
 *  (recheck 50: QQ⏎Address, an empty cell's next heading, was taken). */
const QQ_LABELS = String.raw`(?<![A-Za-z])(?:QQ|qq)(?:号码|號碼|号|號)?`
const WECHAT_LABELS = String.raw`(?:微信(?:号|號|ID|id)?|WeChat|wechat)`
const CHAT_LABELS = String.raw`(?:${QQ_LABELS}|${WECHAT_LABELS})`
const CHAT_ID = new RegExp(
  String.raw`(?:${QQ_LABELS}${LABEL_GAP}(?<qq>[1-9]\d{4,10})|${WECHAT_LABELS}${LABEL_GAP}(?<v>[1-9]\d{4,10}|[A-Za-z][A-Za-z0-9_-]{5,19}))(?![A-Za-z0-9_-])`,
  'g',
)
/** A word of English in either case, as itineraries print their labels in capitals too (BOOKING REFERENCE, CONFIRMATION
 *  NO.: re-check of b109efa): each letter as a class of both. */
const anyCase = (word: string): string => word.replace(/[a-z]/g, (c) => `[${c.toUpperCase()}${c}]`)
/** A passport number after 护照 or 证件号码: E12345678, G1234567, EA1234567; PASSPORT NO. in capitals too. */
const PASSPORT_LABELS = String.raw`(?:护照|護照|${anyCase('passport')}|证件|證件)(?:号码|號碼|号|號| ?${anyCase('no')}\.?| ?${anyCase('number')})?`
const PASSPORT = new RegExp(String.raw`${PASSPORT_LABELS}${LABEL_GAP}(?<v>[A-Z]{1,2}\d{7,8})${NUMBER_END}`, 'g')
/** A Chinese passport's number with no label, by its shape alone: E and eight digits, G and eight digits (the old
 *  ordinary passports), E, a letter (not I or O) and seven digits (travel QA: a pasted passenger list, 张三 E12345678,
 *  kept every number readable). Not inside a longer code (SKU-E12345678, E123456789, a Taiwan ID's ten characters), nor
 *  a train's G1234 or a flight's CA1234, which have four digits and name no one. */
/** The edges of a code taken by its shape alone: not inside a longer code (SKU-E12345678, E123456789, a path or a
 *  version: x/E12345678, E12345678.1), for BARE_PASSPORT and BARE_VIN alike. */
const BARE_CODE_START = String.raw`(?<![A-Za-z0-9_\-./#])`
const BARE_CODE_END = String.raw`(?![A-Za-z0-9_-]|[./]\d)`
const BARE_PASSPORT = new RegExp(String.raw`${BARE_CODE_START}(?:[EG]\d{8}|E[A-HJ-NP-Z]\d{7})${BARE_CODE_END}`, 'g')
/** A product's or a part's label right before the shape (型号E12345678的滤芯, 产品编码：E12345678, 零件清单：E12345678, SKU
 *  E12345678), a list's or a number's word between or not (not 产品经理 E12345678, a passenger's job), or a patent's word
 *  earlier on the line before EP and seven digits (欧洲专利EP1234567, European patent EP1234567): a part's or a patent's
 *  number, not a passport (re-check of b109efa). Nowhere else: a passport's number left readable is worse than a part's
 *  masked, so a bare EP1234567 with no patent's word is still taken (EP is a letter the e-passports' series may reach). */
const PRODUCT_BEFORE = /(?:型号|型號|货号|貨號|料号|料號|品号|品號|(?:产品|產品|商品|物料|零件|配件|部件|备件|備件)(?:编码|編碼|编号|編號|代码|代碼|号|號)?|专利号|專利號|(?<![A-Za-z])(?:SKU|sku|P\/N|[Pp]art [Nn]o\.?|PART NO\.?|[Mm]odel|MODEL)(?![A-Za-z]))(?:清单|清單|明细|明細|列表|编码|編碼|编号|編號|代码|代碼|号|號)?[ \t\u00a0\u3000:#]*$/u
const PATENT_BEFORE = /(?:专利|專利|[Pp]atent|PATENT)[^\n]{0,40}$/u
const barePassport: Accept = (m) => {
  const before = m.input!.slice(Math.max(0, m.index! - 48), m.index)
  return PRODUCT_BEFORE.test(before) || (m[0].startsWith('EP') && PATENT_BEFORE.test(before)) ? undefined : m[0]
}
/** A trip's and a traveller's numbers after their labels (travel QA: all left readable with the rules on): a booking's
 *  record (PNR, 订座记录, 订座记录编码, 预订号, Booking ref.), a hotel's or an airline's confirmation (确认号, 酒店确认号), a
 *  visa's, a ticket's collection code (取票号), a ticket's number (客票号), and the travel permits' (港澳通行证, 台胞证, 回乡证)
 *  and a tour guide's licence (导游证号), 号 after them or not. The English ones in any case. */
const TRAVEL_LABELS = String.raw`(?<![A-Za-z])PNR(?:号码|號碼|号|號|编码|編碼|码|碼| ?${anyCase('code')})?|[订訂]座(?:记录|記錄)(?:编码|編碼|代码|代碼)?|[订訂]座(?:编码|編碼|代码|代碼)|` +
  String.raw`预[订定](?:编号|单号|号码|号)|預[訂定](?:編號|單號|號碼|號)|确认(?:编号|号码|号)|確認(?:編號|號碼|號)|` +
  String.raw`(?<![A-Za-z])(?:${anyCase('booking')} (?:${anyCase('ref')}(?:${anyCase('erence')})?\.?|${anyCase('code')}|${anyCase('no')}\.?|${anyCase('number')})|` +
  String.raw`${anyCase('confirmation')} (?:${anyCase('no')}\.?|${anyCase('number')}|${anyCase('code')})|${anyCase('record locator')})|` +
  String.raw`(?:签证|簽證|客票|取票)(?:号码|號碼|编号|編號|号|號|码|碼)|(?:通行证|通行證|台胞证|台胞證|回乡证|回鄉證|导游证|導遊證)(?:号码|號碼|编号|編號|号|號)?`
/** A research grant's number after its label (批准号, 项目编号, 基金编号, 课题编号, Grant No.): it picks out the grant's holder
 *  (paper QA: acknowledgements kept them readable). */
const GRANT_LABELS = String.raw`(?:项目|項目|基金|课题|課題|资助|資助)?(?:批准号|批准號)|(?:项目|項目|基金|课题|課題|资助|資助)(?:编号|編號|号|號)|(?<![A-Za-z])${anyCase('grant')} (?:${anyCase('no')}\.?|${anyCase('number')})`
/** A postcode after its label (邮编：100084, 邮政编码 200433, Singapore's 邮区 310012): six digits, which with a city narrow
 *  an address to a campus or a few streets; or after Singapore's name, as its addresses end (Singapore 310012, 新加坡
 *  310012, Singapore (310012): regional QA). A bare six-digit number is not one (an amount, a code), nor a count after the
 *  country's name (新加坡100000人). After the name it ends its line or its clause, or an address comes before the name on
 *  its line: no trade or tourism figure (新加坡 320000 吨货物, Singapore 300000 tourists: recheck-rules 5). */
const POSTCODE = new RegExp(
  String.raw`(?:(?:邮编|郵編|邮政编码|郵政編碼|邮区|郵區)${LABEL_GAP}|(?<![A-Za-z])(?:Singapore|SINGAPORE|新加坡)[ \t\u00a0]*\(?)(?<v>\d{6})${NUMBER_END}(?![ \t]*(?:[人名个個元万萬千百年月日家户戶次]|美元|新元))`,
  'g',
)
/** A phone's, a fax's or an e-mail's cue after a Singapore postcode, as a letterhead's or a footer's line goes on
 *  (Singapore 238877 Tel 6123 4567, 新加坡 238877 电话 …: recheck2-rules 5): the address ends there as at a comma. */
const CONTACT_CUE_NEXT = /^\)?[ \t\u00a0]+(?:(?:Tel|TEL|Phone|PHONE|Fax|FAX|Mobile|MOBILE|Email|EMAIL|E-mail|E-Mail|Hp|HP|[TFE])(?![A-Za-z])|电话|電話|传真|傳真|手机|手機|邮箱|郵箱|电邮|電郵)/
const postcode: Accept = (m) => {
  const v = m.groups!.v!
  if (!/^(?:Singapore|SINGAPORE|新加坡)/.test(m[0])) return v
  const after = m.input!.slice(m.index! + m[0].length, m.index! + m[0].length + 12)
  return /^\)?[ \t\u00a0]*(?:$|[\r\n,，.。;；、:：!！?？)）])/.test(after) || CONTACT_CUE_NEXT.test(after) || SINGAPORE_ADDRESS_BEFORE.test(lineBefore(m)) ? v : undefined
}
/** An insurance claim's own numbers after their labels (insurance QA: all left readable in a redacted survey report and
 *  claim file): a policy's (保单号), a report's (报案号), a claim's (理赔编号, 赔案号), a vehicle's frame number or VIN (车架号,
 *  车架号（VIN）, VIN码, 车辆识别代号), an engine's (发动机号) and an invoice's number and code (发票号码, 发票代码), each of
 *  which leads to the insured as an account's number does. */
const INSURANCE_LABELS = String.raw`(?:保单|保單|保险单|保險單)(?:号码|號碼|编号|編號|号|號)|(?:报案|報案)(?:编号|編號|号码|號碼|号|號)|` +
  String.raw`(?:理赔|理賠)(?:编号|編號|案号|案號|号码|號碼|号|號)|(?:赔案|賠案)(?:编号|編號|号|號)|` +
  String.raw`(?:(?:车架|車架)(?:号码|號碼|号|號)|(?:车辆|車輛)识别(?:代号|代码|号码|号)|(?:車輛)識別(?:代號|代碼|號碼|號))(?:[ \t]*\((?:VIN|vin)(?:码|碼)?\))?|` +
  String.raw`(?<![A-Za-z])(?:VIN|vin)(?![A-Za-z])(?:码|碼|号|號| ?${anyCase('code')}| ?${anyCase('no')}\.?)?|` +
  String.raw`(?:发动机|發動機)(?:号码|號碼|编号|編號|号|號)|(?:发票|發票)(?:号码|號碼|代码|代碼|号|號)`
/** A contract's or a tender's own numbers after their labels (招标编号, 采购编号, 标段编号, 合同编号, 合同号, 协议编号 …), as a
 *  project's after 项目编号 (GRANT_LABELS) are: contracts QA found ZFCG-2026-0088 replaced after 项目编号 and
 *  ZB-2026-HZ-0417 after 招标编号 readable in the same notice. Such a number is searchable and leads to the parties. */
const CONTRACT_NUMBER_LABELS = String.raw`(?:招标|招標|采购|採購|标段|標段|标包|標包|合同|协议|協議|投标|投標|中标|中標)(?:编号|編號|号码|號碼|号|號)`
const CODE_AFTER_LABEL = new RegExp(String.raw`(?:(?<travel>${TRAVEL_LABELS})|${GRANT_LABELS}|${CONTRACT_NUMBER_LABELS}|${INSURANCE_LABELS})${LABEL_GAP}(?<v>${RECORD_VALUE})${RECORD_END}`, 'g')
/** A travel or grant label's value holds a digit (a year or a count after the label has its unit, RECORD_END), or is a
 *  booking's five to eight capitals (PNR：KXPTMA): not a word (PNR code, 确认号码是否正确). A phone or a hotline is left to
 *  the phone rule (PHONE_OR_HOTLINE). Not a date, but after a travel label eight digits run together are a code, not a date
 *  (isDateLike's compact, re-check 54d). After a permit's name with no 号 (港澳通行证C12345678) the value holds five digits at
 *  least, as a permit's number does: 战斗通行证S12赛季 is a game's season pass (re-check of b109efa). */
const labelledCode: Accept = (m) => {
  const v = m.groups!.v!
  if (!(/\d/.test(v) || /^[A-Z]{5,8}$/.test(v)) || isDateLike(v, m.groups!.travel === undefined) || PHONE_OR_HOTLINE.test(v)) return undefined
  const label = m[0].slice(0, m[0].length - v.length)
  return /(?:证|證)[ \t\u00a0\u3000:：]*$/.test(label) && (v.match(/\d/g)?.length ?? 0) < 5 ? undefined : v
}
/** A vehicle identification number with no label (ISO 3779, GB 16735): 17 characters of digits and capitals but I, O and
 *  Q, a letter and a digit among them, not inside a longer code. Only where its check character (the ninth) holds: a
 *  plain 17-character code is taken by its label alone (车架号, VIN, see INSURANCE_LABELS). */
const BARE_VIN = new RegExp(String.raw`${BARE_CODE_START}(?=[A-HJ-NPR-Z0-9]{0,16}[A-HJ-NPR-Z])(?=[A-HJ-NPR-Z0-9]{0,16}\d)[A-HJ-NPR-Z0-9]{17}${BARE_CODE_END}`, 'g')
const VIN_LETTERS = 'ABCDEFGHJKLMNPRSTUVWXYZ'
const VIN_LETTER_VALUES = [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]
const VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
/** The check character of a VIN: each character's value (a digit its own, a letter by the standard's table: A 1 … H 8, J 1
 *  … R 9, S 2 … Z 9) times its position's weight, the sum's remainder by 11 the ninth character (X for 10). */
export function isVin(vin: string): boolean {
  if (!/^[A-HJ-NPR-Z0-9]{17}$/.test(vin)) return false
  let total = 0
  for (let i = 0; i < 17; i++) {
    const c = vin[i]!
    total += (/\d/.test(c) ? Number(c) : VIN_LETTER_VALUES[VIN_LETTERS.indexOf(c)]!) * VIN_WEIGHTS[i]!
  }
  const check = total % 11
  return vin[8] === (check === 10 ? 'X' : String(check))
}
/** A bank card's or account's labels (卡号, 银行卡号, 信用卡号, 银行卡：, 银行账户, 收款账户, 账号, 开户行及账号): after one, any
 *  number of 12 digits or more, whole or in groups, is the account's whatever its Luhn sum (a digit mistyped, as 账号's are
 *  taken: insurance QA found 卡号 6222 0212 3456 7890 123 readable where 银行账号：6222 0212 3456 7890 123 was replaced), a
 *  company's account of 20 digits or more too (re-check 54e: 账户：4405 0158 0000 0000 0000 readable where 账号 took it),
 *  and a bank's name may stand between label and number (收款账户：中国工商银行 6222 …, 开户行及账号：招商银行深圳分行
 *  755912345610801), which stays. Not an amount (账户：1000 0000 0000 元). One that passes Luhn is the card rule's; a bare
 *  number still needs Luhn. */
const CARD_LABELS = String.raw`(?:卡|咭)(?:号码|號碼|号|號)|(?:银行卡|銀行卡)(?=[ \t\u00a0\u3000]*:)|(?:账户|帳戶|賬戶|账戶)(?:号码|號碼|号|號)?|(?:帐|账|帳|賬)(?:号码|號碼|号|號)`
const BANK_NAME = String.raw`(?:[\u3400-\u9fff]{0,12}?(?:银行|銀行|信用社|信用合作社)(?:[\u3400-\u9fff]{1,12}?(?:分行|支行|营业部|營業部|分理处|分理處))?[ \t\u00a0\u3000,，:：]*)?`
const CARD_AFTER_LABEL = new RegExp(String.raw`(?:${CARD_LABELS})${LABEL_GAP}${BANK_NAME}(?<v>\d+(?:[ -]\d+)*)${RECORD_END}(?![ -]\d|[ \t\u00a0\u3000]*(?:元|万|萬|亿|億|块|塊))`, 'g')
const cardAfterLabel: Accept = (m) => {
  const v = m.groups!.v!
  const digits = v.replace(/\D/g, '').length
  return digits >= 12 && digits <= 30 && !isDateLike(v) ? v : undefined
}
/** ORCID iDs: four groups of four digits, the last character an ISO 7064 mod 11-2 check (X for 10), the first group 000x
 *  as issued (0000-0002-1825-0097), bare or in its https://orcid.org/ address (the address stays, the iD goes). Before the
 *  card's rule, whose groups of four it has. */
const ORCID = new RegExp(`${NUMBER_START}000\\d-\\d{4}-\\d{4}-\\d{3}[\\dX]${NUMBER_END}`, 'g')
export function isOrcid(id: string): boolean {
  const digits = id.replace(/-/g, '')
  let total = 0
  for (const c of digits.slice(0, 15)) total = (total + Number(c)) * 2
  const check = (12 - (total % 11)) % 11
  return digits[15] === (check === 10 ? 'X' : String(check))
}
/** A funder's or a programme's name before a bracket of grant numbers: …基金, …计划, …项目, …课题, …专项, …资助, or Foundation,
 *  Fund, Program, Project (of China): 国家自然科学基金（61976123，62076045）, 国家重点研发计划（2020YFB1406703）. */
const GRANT_BRACKET = /\((?<=(?:基金|计划|計劃|项目|項目|课题|課題|专项|專項|资助|資助|(?<![A-Za-z])(?:Foundation|Fund|Program|Programme|Project)(?: of China)?)[ \t]*\()(?<body>[^()\n]{5,160})\)/g
/** One number of such a bracket, its No. or label before it or not: letters, digits and & - / _ (20&ZD123, 2021JJ30001). */
const GRANT_ITEM = /^[ \t]*(?:(?:(?:[Gg]rant|[Pp]roject)[ \t]*)?[Nn]os?\.?[ \t]*|(?:批准号|批准號|编号|編號|项目编号|項目編號)[ \t]*:?[ \t]*)?(?<v>[A-Za-z0-9](?:[A-Za-z0-9&\-/_]*[A-Za-z0-9])?)[ \t]*$/
/** The grant numbers in brackets after a funder's name: each item of the bracket (split at 、 , ; and 和 及 and) that is a
 *  number of five digits or more, not a year, a range of years or a date (项目（2020-2023）, 基金（2020）) and not a fund's
 *  six-digit code after …基金 (易方达蓝筹精选混合基金（005827）, a mutual fund's, which names no one); a phone there is left to
 *  the phone rule (项目（13800138000）, 该项目（010-62785001）) and a hotline readable (PHONE_OR_HOTLINE). */
function grantNumbers(folded: string, text: string): PatternEntity[] {
  const found: PatternEntity[] = []
  for (const m of folded.matchAll(GRANT_BRACKET)) {
    const body = m.groups!.body!
    const bodyStart = m.index + 1
    const fund = /基金[ \t]*$/.test(folded.slice(Math.max(0, m.index - 4), m.index))
    let at = 0
    for (const piece of body.split(/([、,;]|和|及|与|與|\band\b)/)) {
      const item = GRANT_ITEM.exec(piece)
      const v = item?.groups!.v
      if (v !== undefined && (v.match(/\d/g)?.length ?? 0) >= 5 && !isDateLike(v) && !(fund && /^\d{6}$/.test(v)) && !PHONE_OR_HOTLINE.test(v)) {
        const start = bodyStart + at + piece.lastIndexOf(v)
        found.push({ start, end: start + v.length, type: 'RECORD_NUMBER', text: text.slice(start, start + v.length), score: 1, fromPattern: true })
      }
      at += piece.length
    }
  }
  return found
}
/** Court case numbers, （2024）沪0104民初12345号, and police ones after a word in 字: 受案字〔2024〕第08876号 (with a police
 *  force's prefix, 沪公（浦）受案字〔2024〕第08876号, POLICE_CASE_NUMBER takes it whole, 第 or not). Not a
 *  government document's, 国发〔2024〕5号, which names no one. */
const CASE_NUMBER = new RegExp(
  String.raw`[（(〔\[]\d{4}[)）〕\]][\u4e00-\u9fff]{1,3}\d{2,4}[\u4e00-\u9fff]{1,6}\d{1,6}[号號]|(?<=字[ \t]*)[〔\[（(]\d{4}[〕\]）)][ \t]*第[ \t]*\d{1,6}[ \t]*[号號]`,
  'g',
)
/** A government document's number (发文字号), 国发〔2024〕5号, 京朝市监罚〔2026〕120号, 沪市监浦处（2026）3101号: an agency's
 *  abbreviation, the year in brackets (〔〕, [], （）; full-width ones folded) and a number, then 号. It names no one, so it
 *  stays readable whole (gov QA: the models read 京朝市 of 京朝市监罚〔2026〕120号 as a place, 沪市监浦处 as an
 *  organisation, or the whole number as a place, and Redact gave [地名]监罚〔2026〕120号). Its year and number, after a Han
 *  character (the prefix's last), are what this finds; documentNumbers finds where its prefix starts. Not a court's
 *  case number, whose year comes first and a court's code after it, nor a police one's, 受案字〔2024〕第08876号. */
const DOCUMENT_NUMBER = /(?:〔(?<=[\u3400-\u9fff]〔)\d{4}〕|\[(?<=[\u3400-\u9fff]\[)\d{4}\]|\((?<=[\u3400-\u9fff]\()\d{4}\))[ \t]?\d{1,6}[ \t]?[号號]/g
/** The longest prefix a document number's agency abbreviation has (国办发, 京朝市监罚, 银保监办发 …), in Han characters. */
const DOCUMENT_PREFIX_MAX = 12
/** Words before a document number that are no part of its prefix: 收到京朝市监罚〔2026〕120号, 根据国发〔2024〕5号. */
const DOCUMENT_LEAD = /(?:收到|收悉|根据|根據|依据|依據|依照|按照|参照|參照|关于|關於|印发|印發|转发|轉發|下发|下發|作出|做出|送达|送達|签发|簽發|发布|發布|执行|執行|出具|下达|下達|撤销|撤銷|废止|廢止|的|了|是|在|与|與|及|对|對|将|將|向|由)/gu
/** The end of an agency's full name (…管理局, …人民政府, …委员会, …办公室, …法院), where its document number's prefix may
 *  follow with nothing between (北京市市场监督管理局京市监发〔2026〕45号, which both models read as one organisation). */
const AGENCY_END = /(?:[局厅廳委会會院部署所站队隊处處庭室心司行]|政府|集团|集團|大学|大學)$/u
/** Ministries' short names that open their document numbers' prefixes (工信部联科〔2026〕12号, 人社部发, 退役军人部发): they end
 *  in 部 but are the prefix's, not a full name's end (recheck: 工业和信息化部工信部联科… kept 工业和信息化部工信部 an
 *  organisation, 工信部联科… alone kept 工信部). 府 ends a full name only as 政府 (重庆市人民政府办公厅渝府办发: 渝府 is the
 *  prefix's). */
const AGENCY_SHORT = /(?:工信部|人社部|退役军人部|退役軍人部)$/u
/** The one-character names of provinces, and 国, that open most prefixes (京朝市监罚, 沪府规, 国办发). */
const PREFIX_OPENERS = '京津沪滬渝冀豫云雲辽遼黑湘皖鲁魯新苏蘇浙赣贛鄂桂甘晋晉蒙陕陝吉闽閩贵貴粤粵青藏川宁寧琼瓊国國'
/** A place the model found that is a whole administrative area's name (朝阳区, 海淀区, 顺义县, 北京市): never part of a
 *  prefix, so a document number starts after it. Not 京朝市 of 京朝市监罚, an abbreviation (a province's character
 *  opening it), nor a two-character 沪市. */
const WHOLE_PLACE = new RegExp(String.raw`^(?:[\u3400-\u9fff]{2,}(?:省|自治区|自治區|区|區|县|縣|州|镇|鎮|乡|鄉|村|旗|盟)|[^${PREFIX_OPENERS}][\u3400-\u9fff]+市)$`, 'u')

/** The words in 字 of a police case's documents (police QA): 立 (立案决定书), 不立, 受案 (受案登记表), 撤案, 刑, 行, 拘, 刑拘,
 *  捕, 提捕, 传 (传唤证), 搜, 扣, 取保, 监居, 认 (a traffic accident's 认定书), 鉴, 侦, 诉, and an administrative penalty's 罚,
 *  罚决, 行罚决. Not 发, 通, 法, 办 …, a police force's own notices and rules (公通字〔2014〕16号, 京公发〔2026〕5号), which name no
 *  one. */
const POLICE_CASE_WORDS = '(?:不予立案|不立|立案|立|受案|受|撤案|刑拘|刑|行罚决|行罰決|行罚|行罰|行|拘|提捕|捕|传|傳|搜|扣|取保|监居|監居|监|監|认|認|罚决|罰決|罚|罰|决|決|鉴|鑑|侦|偵|起诉|起訴|诉|訴)'
/** The words of a procuratorate's case papers (京朝检公诉刑诉〔2026〕12号, 京朝检公诉字〔2026〕12号): a prosecution's, a
 *  decision not to prosecute, an arrest's approval. */
const PROCURATORATE_WORDS = '公诉|公訴|刑诉|刑訴|不诉|不訴|起诉|起訴|批捕|不捕|诉|訴|捕'
/** A police case's number, its prefix included: a place's character and 公 (a place's before them too: 京朝公), a unit in
 *  brackets or not, a case word in 字, the year, 第 or not, the number and 号 (京公（朝）立字〔2026〕12345号, 京公朝立字〔2026〕
 *  12345号, 京公（朝）受案字〔2026〕08876号, 海公（交）认字〔2026〕第00321号, 京公朝行罚决字〔2026〕001234号). It identifies a
 *  case, so a person: masked whole, its prefix too, so that no mark of the model's is left on it (police QA: 京 of 京公（朝）
 *  立字〔2026〕12345号 was a place, 京公朝行 of 京公朝行罚决字… an organisation, and the rest readable, [地名5]公（朝）立字…).
 *  A penalty decision's of the police too: it is one person's (a fine, a detention), published only where it has a
 *  public bearing (行政处罚法 art. 48), unlike a market regulator's to a business (京朝市监罚〔2026〕120号 stays readable:
 *  DOCUMENT_NUMBER). The ministry's own (公安部（刑）立字〔2026〕1号) and a procuratorate's (京朝检公诉字〔2026〕12号) too, and
 *  the year unbracketed before 第 (立字2026第12345号) or no 号 after the number (立字〔2026〕12345): re-check 55a. Not 公
 *  of a word (华为公司立字…, 人民公社立字…: 为公司立字… masked, 华 left). Matched in the folded text (（） as ()). */
const POLICE_CASE_NUMBER = new RegExp(
  String.raw`(?:(?:(?:[${PREFIX_OPENERS}](?=[\u3400-\u9fff]公))?(?![办辦])[\u3400-\u9fff]公(?![司社园園寓共开開众眾布告示室务務文章])|公安部)(?:[\u3400-\u9fff]{0,2}?\([\u3400-\u9fff]{1,4}\))?[\u3400-\u9fff]{0,3}?${POLICE_CASE_WORDS}字` +
    String.raw`|[${PREFIX_OPENERS}][\u3400-\u9fff]{0,2}?(?:检|檢)(?:\([\u3400-\u9fff]{1,4}\))?[\u3400-\u9fff]{0,4}?(?:${PROCURATORATE_WORDS})字?)` +
    String.raw`[ \t]*(?:(?:〔\d{4}〕|\[\d{4}\]|\(\d{4}\))[ \t]*(?:第[ \t]*)?\d{1,8}(?:[ \t]*[号號]|(?![\d\u3400-\u9fff]))|\d{4}[ \t]*第[ \t]*\d{1,8}[ \t]*[号號])`,
  'gu',
)
/** An accident's or another determination's own number (认定书: 道路交通事故认定书, 工伤认定书) after its title, on its line or
 *  up to three lines under it (a form's heading, 道路交通事故认定书（简易程序）⏎⏎第110105120260000321号), or after 认定书编号: 第,
 *  six digits or more and 号, or the digits alone after the label (police QA: left readable). The case's, so a person's. */
const DETERMINATION_NUMBER = new RegExp(
  String.raw`(?<=(?:认定书|認定書)(?:\([^()\n]{1,12}\))?(?:编号|編號|号码|號碼|号|號)?[ \t\u3000]*:?[ \t\u3000]*(?:\r?\n[ \t\u3000]*){0,3})` +
    String.raw`(?:第[ \t]*\d{6,20}[ \t]*[号號]|\d{6,20}(?![\dA-Za-z]|[ \t]*(?:[年月日元万萬份件起张張次本个個余餘多]|以上|以下)))` +
    // After its label (认定书号：, 认定书编号：) a shorter one too, or an agency's (京人社工伤认〔2026〕123号): re-check 55a.
    String.raw`|(?<=(?:认定书|認定書)(?:编号|編號|号码|號碼|号|號)[ \t\u3000]*:?[ \t\u3000]*)(?:第[ \t]*\d{3,5}[ \t]*[号號]|[\u3400-\u9fff]{1,10}(?:〔\d{4}〕|\[\d{4}\]|\(\d{4}\))[ \t]*(?:第[ \t]*)?\d{1,8}[ \t]*[号號])`,
  'gu',
)
/** The police case numbers of `folded` text, as spans. */
function policeCaseNumbers(folded: string): Span[] {
  // Most texts hold none: no scan then.
  if (!/[字检檢]/u.test(folded)) return []
  return [...folded.matchAll(POLICE_CASE_NUMBER)].map((m) => ({ start: m.index, end: m.index + m[0].length }))
}
/** The police case numbers and the determinations' numbers of an agency's shape after their labels (认定书编号：京人社工伤认
 *  〔2026〕123号, a person's case, not a government's document: DETERMINATION_NUMBER) of `folded` text, as spans in order. */
function caseNumbers(folded: string): Span[] {
  const police = policeCaseNumbers(folded)
  if (!/认定书|認定書/u.test(folded)) return police
  const determinations = [...folded.matchAll(DETERMINATION_NUMBER)]
    .filter((m) => /[〔[(]\d{4}/u.test(m[0]))
    .map((m) => ({ start: m.index, end: m.index + m[0].length }))
  return [...police, ...determinations.filter((d) => !overlapsAny(police, d))].sort((a, b) => a.start - b.start)
}

/** Licence plates: a province's one character, a letter, and five characters (six on new-energy cars), or four and
 *  挂/学/警…; a dot or a space after the letter or not. At least three digits, as issued plates have. */
const PLATE_PROVINCES = '京津沪滬渝冀豫云雲辽遼黑湘皖鲁魯新苏蘇浙赣贛鄂桂甘晋晉蒙陕陝吉闽閩贵貴粤粵青藏川宁寧琼瓊'
const PLATE = /(?<![A-Za-z0-9])[京津沪滬渝冀豫云雲辽遼黑湘皖鲁魯新苏蘇浙赣贛鄂桂甘晋晉蒙陕陝吉闽閩贵貴粤粵青藏川宁寧琼瓊][A-HJ-NP-Z][·•・ ]?(?:[A-HJ-NP-Z0-9]{5,6}|[A-HJ-NP-Z0-9]{4}[挂學学警港澳领領])(?![A-Za-z0-9])/g
const acceptPlate: Accept = (m) => ((m[0].slice(2).match(/\d/g)?.length ?? 0) >= 3 ? m[0] : undefined)
/** Plates of no province's letter (police QA: all three left readable). An embassy's: 使, its country's three digits and
 *  three more (使224-009; four too, as the QA wrote 使114-0065), with a dash, a dot or a space between and no count or
 *  unit after (not 使100-200人, 使 100-120 mmHg; nor 使120-150亩, 使200-300户, 使150-200公斤, 促使200-300: re-check
 *  55a), or none between and no word but 号 after (使224009号, not 使120000元;
 *  使用, 使馆区 hold no digits). The armed police's: WJ, a province's character or a dot, and five characters, the last
 *  a letter or not (2012's: WJ京01234, WJ琼12345, WJ·1234J); or WJ, two digits and five (2007's: WJ01-12345), or four
 *  after a service's character (WJ31-消0010). */
const SPECIAL_PLATE = new RegExp(
  String.raw`(?<![A-Za-z0-9])(?:(?<![促致迫驱驅即假纵縱])使[ \t]?\d{3}(?:[-·•・ ]\d{3,4}(?![\d.．]|[ \t]*(?:[人名个個元万萬亿億千百年月日天次件份台辆輛吨噸米岁歲%％A-Za-z户戶家亩畝斤克升度倍秒项項所座栋棟套间間场場条條头頭块塊只株棵批期届屆级級类類种種公]|美元|港元|欧元|歐元))|\d{3}(?![\d.．]|(?![号號])[\u3400-\u9fff]|[ \t]*[A-Za-z%％]))|` +
    String.raw`WJ[ \t]?(?:[${PLATE_PROVINCES}][·•・ ]?|[·•・])\d{4}[\dA-Z]|WJ[ \t·•・]?\d{2}[-·•・ ]?(?:[消边邊通森金警电電][-·•・ ]?\d{4}|\d{5}))(?![A-Za-z0-9])`,
  'gu',
)
/** Unified social credit codes (GB 32100): 18 characters of 0-9 and capitals but I, O, S, V, Z, the last a check. */
const CREDIT_CODE = /(?<![\dA-Za-z])[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}(?![\dA-Za-z])/g
/** After its label a code is one whatever its check character (a typo, or a sample's made-up code); after 税号 or 纳税人识别号
 *  too, a company's tax number being its credit code (chat QA: an invoice's 抬头：…，税号91440300MA5F8XYZ1K, its Z no
 *  character of GB 32100's, was left readable). */
const CREDIT_CODE_AFTER_LABEL = new RegExp(String.raw`(?:统一社会信用代码|統一社會信用代碼|信用代码|信用代碼|税号|稅號|纳税人识别号|納稅人識別號|纳税识别号|納稅識別號)${LABEL_GAP}(?<v>(?=[A-Za-z]{0,17}\d)[0-9A-Za-z]{18})(?![\dA-Za-z])`, 'g')
/** A company's older numbers after their labels (contracts QA: older contracts and bids still carry them, left readable):
 *  the organisation code of eight characters and a check (组织机构代码：MA01ABCD-2), and the business licence's registration
 *  number of 13 or 15 digits (营业执照注册号：110108012345678), or the credit code that replaced both, after either label;
 *  in any case (91110108ma01abcd2x). A digit among them. */
const ORGANISATION_CODE_AFTER_LABEL = new RegExp(
  String.raw`(?:组织机构代码|組織機構代碼|机构代码|機構代碼)(?:证|證)?(?:号码|號碼|号|號)?${LABEL_GAP}(?<v>(?=[A-Za-z]{0,8}\d)(?:[0-9A-Za-z]{8}[-－]?[0-9A-Za-z]|[0-9A-Za-z]{18}))(?![\dA-Za-z]|[-－][\dA-Za-z])`,
  'g',
)
const REGISTRATION_NUMBER_AFTER_LABEL = new RegExp(
  String.raw`(?:(?:营业执照|營業執照|工商)?(?:注册号|註冊號)(?:码|碼)?|(?:营业执照|營業執照)(?:号码|號碼|编号|編號|号|號))${LABEL_GAP}(?<v>\d{13}|\d{15}|(?=[A-Za-z]{0,17}\d)[0-9A-Za-z]{18})(?![\dA-Za-z])`,
  'g',
)
/** A person's certificate number after 证书编号 (a registered constructor's, a qualification's: 注册证书编号, 资格证书编号;
 *  contracts QA: 证书编号：浙133121845678 readable after the project manager's name was replaced, its 浙 read by the model as a
 *  place), the province's character before it with it. A digit in it, not a date (labelledCode). */
const CERTIFICATE_NUMBER_LABELS = String.raw`(?:证书|證書)(?:编号|編號|号码|號碼|号|號)`
const CERTIFICATE_NUMBER_AFTER_LABEL = new RegExp(
  String.raw`(?:${CERTIFICATE_NUMBER_LABELS})${LABEL_GAP}(?<v>(?:[${PLATE_PROVINCES}](?=[A-Za-z0-9]))?${RECORD_VALUE})${RECORD_END}${NOT_A_CERTIFICATE}`,
  'g',
)
/** A listed company's securities code with its exchange: 600519.SH, 000001.SZ, 830799.BJ (Shanghai's also .SS, as
 *  Yahoo writes it), 00700.HK, 0700.HK or 700.HK, in capitals or not (full-width ones folded); or the exchange first, as
 *  Chinese quote sites write it: SH600519, sz000001. A bare six-digit number is not one: a postcode, an amount. */
const STOCK_CODE = /(?<![\dA-Za-z.])(?:\d{6}\.(?:SH|SZ|BJ|SS)|\d{3,5}\.HK|(?:SH|SZ|BJ)\d{6}(?![-－]))(?![\dA-Za-z])/gi
/** An order's, a batch's, a parcel's or any number's label earlier in the field (its line up to a sentence's end): an
 *  exchange's letters and six digits there are a number's start, not a code (订单编号：SZ000001, 快递单号：SF1234567890，SZ123456:
 *  recheck 50b). With the exchange after the digits (600519.SH) the shape is a code's only. */
const NUMBER_LABEL_IN_FIELD = /(?:订单|訂單|单号|單號|运单|運單|快递|快遞|批号|批號|批次|编号|編號|流水|序列|货号|貨號|型号|型號|款号|款號|(?<![A-Za-z])No\.?)[^\n。；;！!？?]{0,30}$/u
const stockCode: Accept = (m) => (/^[A-Za-z]/.test(m[0]) && NUMBER_LABEL_IN_FIELD.test(m.input!.slice(Math.max(0, m.index! - 40), m.index)) ? undefined : m[0])
/** The labels of a securities code: 证券代码, 股票代码, 基金代码, A股代码 …, Taiwan's and Hong Kong's 股票代號, 股份代號. Not
 *  代码 alone: an API's or a program's codes (代码：100001 含义：参数错误, 代码 200 表示成功: recheck 50) are six digits too. */
const STOCK_CODE_LABELS = String.raw`(?:(?:证券|證券|股票|股份|基金|债券|債券|公司|[ABH]股|港股)(?:代码|代碼|代号|代號))`
/** Not a date's digits after such a label (股票代码：2023年 …, an empty field before the next: recheck 50). */
const STOCK_CODE_END = String.raw`${NUMBER_END}(?![ \t]*[年月日号號])`
/** Six digits after such a label, and each of a list of them (证券代码：600054、900942, an A and a B share). */
const STOCK_CODE_AFTER_LABEL = new RegExp(
  String.raw`(?<=${STOCK_CODE_LABELS}${LABEL_GAP}(?:\d{6}[ \t\u3000]*[、,/;][ \t\u3000]*)*)\d{6}${STOCK_CODE_END}`,
  'g',
)
/** Three to five digits after a share's label: Hong Kong's (股份代號：0700, 00700, 700, H股代码：2318) and Taiwan's
 *  (股票代號：2330). */
const SHORT_STOCK_CODE_AFTER_LABEL = new RegExp(String.raw`(?<=(?:证券|證券|股票|股份|H股|港股)(?:代码|代碼|代号|代號)${LABEL_GAP})\d{3,5}${STOCK_CODE_END}`, 'g')
const CREDIT_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY'
const CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

/** GB 32100's check: the first 17 characters' values weighted, the check character makes the sum a multiple of 31. */
export function isCreditCode(code: string): boolean {
  if (!/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(code)) return false
  const sum = CREDIT_WEIGHTS.reduce((acc, w, i) => acc + w * CREDIT_CHARS.indexOf(code[i]!), 0)
  return CREDIT_CHARS[(31 - (sum % 31)) % 31] === code[17]
}

/** Rooms of a public building, named right before or after a room's number (会议室1802室, 多功能厅302室, B座1703会议室,
 *  1802室、1803室会议室): a meeting room, a lecture hall, a classroom or a lab names no household, so its number stays
 *  readable (estate QA: 会议室1802室 was masked as a household's room). Not a ward (病房1802室: a patient's, as a bed
 *  is), and not 办公室: an office names the few people who work in it (王主任办公室1802室), and an office tower's rooms
 *  are masked after its name already (中信广场4501, HR QA), so 办公室1802室 stays masked. Only right beside the number
 *  or its list: a room after an address (阳光花园小区3栋1802室) stays masked though a meeting room is named on the line. */
const PUBLIC_ROOM = '(?:会议室|會議室|会议厅|會議廳|报告厅|報告廳|多功能厅|多功能廳|演播厅|演播廳|宴会厅|宴會廳|展厅|展廳|礼堂|禮堂|' +
  '讲堂|講堂|教室|实验室|實驗室|机房|機房|培训室|培訓室|活动室|活動室|阅览室|閱覽室|会客室|會客室|接待室|洽谈室|洽談室|研讨室|研討室|自习室|自習室)'
/** The separator between the rooms of a list or a range: 1703、1704, 501,502, 1702室和1703室, 1703至1705, 501—503. */
const ROOM_LIST_SEP = String.raw`[ \t]*(?:[、,，/／]|和|及|与|與|[-－~～—–]|至|到)[ \t]*`
/** One room of such a list: B座1703, 1704, 1702室. */
const LISTED_ROOM = String.raw`(?:[A-Z](?:座|栋|棟|幢))?\d{3,4}(?:室|房|号|號)?`
const PUBLIC_BEFORE = new RegExp(String.raw`${PUBLIC_ROOM}[ \t]*(?:${LISTED_ROOM}${ROOM_LIST_SEP})*$`)
const PUBLIC_AFTER = new RegExp(String.raw`^(?:${ROOM_LIST_SEP}${LISTED_ROOM})*[ \t]*${PUBLIC_ROOM}`)
/** Whether the room at `start`..`end` of `folded` is a public building's (PUBLIC_ROOM beside it or its list). */
const publicRoom = (folded: string, start: number, end: number) =>
  PUBLIC_BEFORE.test(folded.slice(Math.max(0, start - 60), start)) || PUBLIC_AFTER.test(folded.slice(end, end + 60))
/** A house, building, unit or room number: 700弄, 15号, 3号楼, 2幢, 1单元, 402室, 8层. Not 3号线, 1号文件, 5号令. Taiwan's
 *  and Hong Kong's lanes, a road's section and floors too (4段216巷27弄5號3樓, 5號之1, 3樓之2, Macau's 12樓B: regional QA
 *  left 216巷 and 3樓 readable), a floor's flat letter after it; not 楼盘, 楼市, 楼梯 …. */
const ADDRESS_UNIT = String.raw`\d+[A-Za-z]?(?:弄|巷|段|号院|號院|号楼|號樓|栋|棟|幢|座|单元|單元|室|房|层|層|[楼樓](?![盘盤市宇层層梯道顶頂])(?:[A-Z]室?(?![A-Za-z\d]))?|[号號](?![线線文令字机機台位码碼种種选選]))(?:之\d{1,2})?`
/** A road's section or an estate's phase in Chinese numerals before a number (忠孝東路四段216巷, 旺角中心一期15樓). */
const SECTION_OR_PHASE = String.raw`(?:(?<![一二三四五六七八九十])[一二三四五六七八九十]{1,3}[段期])`
/** A Singapore unit, its floor and its number: #08-345, #B1-12, #12-34A. */
const SINGAPORE_UNIT = String.raw`#(?:B\d|\d{2})-\d{2,5}[A-Z]?(?![\dA-Za-z-])`
/** Such a unit in an address (淀山一道12号#08-345 left it readable: regional QA): SINGAPORE_ADDRESS_BEFORE on its line
 *  before it, or Singapore's name after it. Not a screw's thread, an issue's or a line's number (#10-32螺丝, issue
 *  #12-345, 第#10-20行: recheck-rules 4). */
const SINGAPORE_UNIT_ALONE = new RegExp(String.raw`(?<![\w#&])${SINGAPORE_UNIT}`, 'g')
/** What says an address on a line before a Singapore unit or postcode: an address's label, a block (Blk 123), the
 *  country's name, a road's word, a verb of living there in the same clause (住在 #08-345: recheck2-rules 5; not 他住在酒店，
 *  请使用#10-32螺丝), or an address's number right before it (12号#08-345, Ave 3 #08-345). */
const SINGAPORE_ADDRESS_BEFORE = new RegExp(
  String.raw`(?:地址|住址|(?<![A-Za-z])(?:[Aa]ddress|ADDRESS|[Bb]lk|BLK|[Bb]lock|BLOCK|Singapore|SINGAPORE|Road|ROAD|Rd|Street|STREET|St|Avenue|AVENUE|Ave|AVE|Drive|DRIVE|Dr|Lane|LANE|Crescent|Cres|Jalan|Lorong|Boulevard|Blvd|Way|Walk|Link|Place|Central)\.?(?![A-Za-z])|新加坡)` +
    String.raw`|(?:住在|住於|住于|家住|居住)[^,，。.;；!！?？]{0,30}$|(?:^|[^\dA-Za-z])\d{1,5}[A-Za-z]?(?:[号號])?[ \t,，]*$`,
)
const SINGAPORE_AFTER = /^[^\r\n]{0,60}?(?:新加坡|(?<![A-Za-z])(?:Singapore|SINGAPORE)(?![A-Za-z]))/
/** The text of `m`'s line before it (80 characters at most). */
const lineBefore = (m: RegExpMatchArray) => {
  const before = m.input!.slice(Math.max(0, m.index! - 80), m.index!)
  return before.slice(before.search(/[^\r\n]*$/))
}
const singaporeUnit: Accept = (m) =>
  SINGAPORE_ADDRESS_BEFORE.test(lineBefore(m)) || SINGAPORE_AFTER.test(m.input!.slice(m.index! + m[0].length, m.index! + m[0].length + 80)) ? m[0] : undefined
/** The words that follow a household's room and no count (1703的业主, 1802门口, 903住户): after them bare digits are a
 *  room's though a Han character follows (estate QA: 阳光花园小区B座1703的业主 left 1703 readable). */
const ROOM_NEXT = String.raw`(?:的(?:业主|業主|住户|住戶|租户|租戶|房东|房東|门口|門口|户主|戶主)|业主|業主|住户|住戶|租户|租戶|户主|戶主|房东|房東|门口|門口|门前|門前)`
/** What makes digits a count, not a room: 1200户, 3000平方米, 2026年, 500个车位; a class's year, a ship's tonnage, seats,
 *  weights, an area (A座2024届毕业生, B座3000吨级, A座600座位, C座1500公斤, D栋2000亩: re-check 54e). 方 not before a
 *  surname's form of address (1703方先生). */
const COUNT_NEXT = String.raw`(?:[年月日时時分秒人户戶个個元万萬千百米平㎡套间間辆輛台层層位名家多余餘届屆吨噸座亩畝克级級张張]|公斤|公里|公顷|公頃|方(?![先女小老某]))`
/** Units in a row (700弄15号402室), a room's bare number after a building's (7栋502, 1单元1702, 3栋1703的业主)
 *  included. Not a day of the month (3月5号, 本月10号), nor a count after a measure word (21座4000米以上的山). */
const ADDRESS_NUMBER = new RegExp(
  String.raw`(?<![\dA-Za-z第月])${SECTION_OR_PHASE}?${ADDRESS_UNIT}(?:[-－]?${ADDRESS_UNIT})*(?:[-－]?\d{3,4}(?![\d%％.．]|(?!${ROOM_NEXT})[\u3400-\u9fff]))?(?:[ \t]?${SINGAPORE_UNIT})?`,
  'g',
)
/** A block's letter and a room in it: B座1703, B栋1703室, A幢2单元602 (estate QA: a household's, readable before, as
 *  ADDRESS_UNIT's units start with a digit). Anywhere, for a letter block with a room's three or four digits names one
 *  household; not a count after it (B座1200平方米, A栋300户). */
const LETTER_BLOCK_ROOM = new RegExp(
  String.raw`(?<![\dA-Za-z])[A-Z](?:座|栋|棟|幢)[ \t]?(?:\d{1,2}(?:单元|單元)[-－]?)?[-－]?\d{3,4}(?:室|房|号|號)?(?![\d%％.．]|${COUNT_NEXT})`,
  'g',
)
/** Building, unit and room in figures, 12-1-1802 (楼栋-单元-房号), the room's floor and number last: the estates'
 *  commonest style. Only in an address's context (acceptRoomTriple): by itself the shape is a date's, a score's or a
 *  range's too. Not a version (1.2.3), a phone's pieces or one of a longer run (1-2-3-4). */
const ROOM_TRIPLE = /(?<![\dA-Za-z\-－./:：])[1-9]\d{0,2}[-－][1-9]\d?[-－][1-9]\d{2,3}(?:室|号|號)?(?![\dA-Za-z\-－/%％]|[.．]\d)/g
/** Labels of a room or an address, on the line before the value (房号：12-1-1802, 住址：阳光花园12-1-903, 业主住在12-1-1802). */
const ROOM_LABEL = /(?:房号|房號|室号|室號|门牌号?|門牌號?|房间号|房間號|住址|地址|住所|家住|住在|现住|現住|居住于|居住在|户籍|戶籍)[^。；;!！?？\n]{0,30}$/
/** A column of a pasted table headed with a room's or an address's label (房号⇥业主姓名⇥…, then 12-1-1802⇥陈志明⇥…). */
const ROOM_HEADING = /^[ \t\u3000]*(?:房号|房號|室号|室號|门牌号?|門牌號?|房间号|房間號|房屋|住址|地址|户号|戶號)[ \t\u3000]*$/

/** Whether the cell holding `index` (a tab-separated line's) lies under a room's heading in a line above. */
function underRoomHeading(folded: string, index: number): boolean {
  const lineStart = folded.lastIndexOf('\n', index - 1) + 1
  const column = folded.slice(lineStart, index).split('\t').length - 1
  let end = lineStart - 1
  for (let lines = 0; end > 0 && lines < 500; lines++) {
    const start = folded.lastIndexOf('\n', end - 1) + 1
    const cells = folded.slice(start, end).replace(/\r$/, '').split('\t')
    if (cells.length > 1 && cells.length > column && ROOM_HEADING.test(cells[column]!)) return true
    if (cells.length > 1 && cells.some((c) => ROOM_HEADING.test(c))) return false // a room's heading, another column
    end = start - 1
  }
  return false
}

/** ROOM_TRIPLE where a floor and a room make sense of its last group (1802, 903: the room's two digits 01 to 39) and
 *  an address's context holds: a room's or an address's label earlier on the line, an estate's or a building's name
 *  right before it (found by the model, or ending 小区, 花园 …), a household's word after it (12-1-1802门口), a chat's
 *  nickname and its bracket (蓝天白云（3-2-401）：), or a table's column headed 房号. Not 2026-12-07, 3-2-1, 1-2-3, 第3-5页. */
function acceptRoomTriple(folded: string, placeEnds: ReadonlySet<number>, buildingEnds: ReadonlySet<number>): Accept {
  return (m) => {
    const room = Number(m[0].match(/(\d+)\D*$/)![1]) % 100
    if (room < 1 || room > 39) return undefined
    const start = m.index!
    const before = folded.slice(Math.max(0, start - 40), start)
    const after = folded.slice(start + m[0].length, start + m[0].length + 4)
    if (ROOM_LABEL.test(before) || placeEnds.has(start) || buildingEnds.has(start) || STREET_END.test(before)) return m[0]
    if (new RegExp(`^${ROOM_NEXT}`).test(after) || /^[室户戶]/.test(after)) return m[0]
    if (/(?:^|\n)[^\n（(：:\t]{1,24}[（(]$/.test(before) && /^[）)][ \t]*[:：]/.test(after)) return m[0]
    return underRoomHeading(folded, start) ? m[0] : undefined
  }
}
/** A room's value after its label: 房号：12-1-1802, 房号：B-1802, 室号：3栋2单元501室 (a digit in it). Not a count, a year or
 *  a date (房号：2026年12月缴费; roomAfterLabel). */
const ROOM_AFTER_LABEL = new RegExp(
  String.raw`(?<=(?:房号|房號|室号|室號|门牌号|門牌號|房间号|房間號)${LABEL_GAP})(?:[A-Za-z\d]|栋|棟|幢|座|单元|單元|号楼|號樓|[号號室房层層弄#\-－])+(?![A-Za-z\d\-－./]|${COUNT_NEXT})`,
  'g',
)
/** A room label's value holds a digit and is no date (房号：2026-12-07) nor a year (门牌号：1998), unless three or four
 *  digits of a room's shape, a floor and a room 01 to 39 (房号：2026 is floor 20's room 26, 房号：1802). Re-check 54e. */
const roomAfterLabel: Accept = (m) => {
  const v = m[0]
  if (!/\d/.test(v)) return undefined
  const room = Number(v.slice(-2))
  return isDateLike(v) && !(/^\d{3,4}$/.test(v) && room >= 1 && room <= 39) ? undefined : v
}
/** A parking space, a household's as surely as its room: 地下车库B2-056, 车位B2-056, 车位号：B2-056, 车位号：056. Not a
 *  count (车位500个, 车库2层). */
const PARKING_SPACE = new RegExp(
  String.raw`(?<=(?:车位|車位|车库|車庫|停车场|停車場|泊位)${LABEL_GAP})[A-Z]{1,2}\d{0,2}[-－]\d{2,4}(?![\dA-Za-z%％.．-])|(?<=(?:车位|車位|泊位)(?:号|號|编号|編號)${LABEL_GAP})[A-Z]{0,2}\d{1,2}[-－]?\d{1,4}(?![\dA-Za-z%％.．-]|${COUNT_NEXT})`,
  'g',
)
/** The end of a street's name, or an address's label before it on the line: one unit is then an address's too. */
const STREET_END = /(?:路|街|巷|大道|段|村|小区|小區|大厦|大廈|花园|花園|公寓|新村|里弄)$/
const ADDRESS_LABEL = /(?:住址|地址|住所|家住|户籍|戶籍|现住|現住|居住于|居住在)[^。；;!！?？\n]{0,30}$/
/** A building's or a unit's number alone (3栋, 3号楼2单元, 5座): a block of flats names no household, and a notice names
 *  them by the dozen (阳光花园小区3栋、5栋、12栋停水; 3栋2单元东侧电梯), so they stay readable, after an estate or an address
 *  label too (estate QA: the first of a list was masked, the rest not). A room, a house number (15号, 3号院), a lane or a
 *  floor is still taken. */
const BUILDING_ONLY = /^(?:[一二三四五六七八九十]{1,3}期)?(?:[-－]?\d+[A-Za-z]?(?:号楼|號樓|栋|棟|幢|座|单元|單元))+$/
/** Two numbers or more, not all of them 号 (a list of numbers, 39号41号, or days, 16号-19号, is no address by
 *  itself) nor all counts of buildings and floors (8栋6层住宅, 10栋32层). */
const isChain = (s: string) => (s.match(/\d+/g)?.length ?? 0) >= 2 &&
  !/^(?:[-－]?\d+[A-Za-z]?[号號])+$/.test(s) && !/^(?:[-－]?\d+(?:栋|棟|幢|座|层|層|楼|樓))+$/.test(s)
/** 栋, 座, 层 are measure words too: one of them after a street's or village's name is an address's only where no
 *  noun follows it (新村168栋老房, 西段93座桥 count; 3栋， does not). */
const MEASURE_UNIT = /(?:栋|棟|幢|座|层|層|楼|樓)$/
/** 号 is a day of the month too: 李家村2号晚上, 15号上午, 10号起 (shapes met in raw news), not a house's number. */
const TIME_AFTER_DAY = /^[ \t]*(?:上午|下午|晚上|晚间|晚間|晚|早上|早晨|凌晨|中午|傍晚|夜里|夜間|夜间|当天|當天|起|至|到|前后|前後|以前|以后|以後|之前|之后|之後)/

function acceptAddress(folded: string, placeEnds: ReadonlySet<number>): Accept {
  return (m) => {
    if (BUILDING_ONLY.test(m[0]) || publicRoom(folded, m.index!, m.index! + m[0].length)) return undefined
    // A room's three or four digits before 室 name a household anywhere (业主住在1802室), not 2室1厅's.
    if (isChain(m[0]) || /^\d{3,4}室$/.test(m[0])) return m[0]
    let start = m.index!
    while (start > 0 && /[ \t\u3000]/.test(folded[start - 1]!)) start--
    const before = folded.slice(Math.max(0, start - 40), start)
    if (ADDRESS_LABEL.test(before)) return m[0]
    const after = folded.slice(m.index! + m[0].length, m.index! + m[0].length + 4)
    const counted = MEASURE_UNIT.test(m[0]) && /^[\u3400-\u9fff]/.test(after)
    const day = /[号號]$/.test(m[0]) && TIME_AFTER_DAY.test(after)
    if (counted || day) return undefined
    if (STREET_END.test(before)) return m[0]
    // After a place alone, a day of the month reads the same: 北京15号将迎来降雨, 深圳湾1号项目 (final QA).
    const dayAfterPlace = /^\d{1,2}[号號]$/.test(m[0]) && Number(m[0].match(/\d+/)![0]) <= 31 && /^[\u3400-\u9fff]/.test(after)
    return placeEnds.has(start) && !dayAfterPlace ? m[0] : undefined
  }
}

/** A place or an organisation the model found that names a building: 中信广场, 美丽华大厦, 富力中心, 英蓝国际B座 (a block's
 *  letter or number kept inside it or not). */
const BUILDING_END = /(?:广场|廣場|大厦|大廈|中心|大楼|大樓|国际|國際|花园|花園|公寓|小区|小區)(?:[A-Za-z\d]{1,2}(?:座|栋|棟|幢|单元|單元))?$/
/** A room's or a floor's number written right after such a building's name, a block before it or not: 中信广场4501,
 *  创业广场B座1602, 美丽华大厦8楼, 富力中心2301室 (HR QA: the digits stayed readable after [地名]). Bare digits only where
 *  nothing of a word, a year's or a range's follows (中心2026年, 中心2026-2030 are no rooms). */
const ROOM_AFTER_BUILDING = new RegExp(
  String.raw`(?:[A-Za-z\d]{1,2}(?:座|栋|棟|幢|单元|單元)\d{3,5}(?![\dA-Za-z%％.．\-－~～/]|${COUNT_NEXT})|(?:[A-Za-z\d]{1,2}(?:座|栋|棟|幢|单元|單元))?(?:\d{1,3}(?:楼|樓|层|層|F(?![A-Za-z]))(?:\d{3,5}(?:室|房)?)?|\d{3,5}(?:室|房)|\d{3,5}(?![\dA-Za-z%％.．\-－~～/\u3400-\u9fff])|\d{3,5}(?=${ROOM_NEXT})))`,
  'y',
)

/** The numbers of ROOM_AFTER_BUILDING right at `buildingEnds`, in order. */
function roomsAfterBuildings(folded: string, text: string, buildingEnds: ReadonlySet<number>): PatternEntity[] {
  const found: PatternEntity[] = []
  for (const start of [...buildingEnds].sort((a, b) => a - b)) {
    ROOM_AFTER_BUILDING.lastIndex = start
    const m = ROOM_AFTER_BUILDING.exec(folded)
    if (m === null || (found.length > 0 && found[found.length - 1]!.end > start)) continue
    const end = start + m[0].length
    if (publicRoom(folded, start, end)) continue
    found.push({ start, end, type: 'ADDRESS_NUMBER', text: text.slice(start, end), score: 1, fromPattern: true })
  }
  return found
}

/** The next room of a list after a room taken (B座1703、1704、1705的业主, 3单元501、502住户, 房号：1702,1703), or a range's
 *  last (B座1703至1705, 3单元501—503, 1703-1705): as many digits as the room before it, its 室 or not (号房 too: 1704号房),
 *  after a list's separator or a range's (re-check 55a: 和, 及, 与 and / went on to a room refused, B座1703、1704和1705的
 *  业主 masked 1703 alone, and ranges only their first). Only after a room the rules took: bare digits in a list are
 *  amounts, years or counts (1703、1704年, 共1703、1704元 stay readable). */
const NEXT_LISTED_ROOM = new RegExp(
  String.raw`[ \t]*(?:(?<list>[、,，/／]|和|及|与|與)|[-－~～—–]|至|到)[ \t]*(?<v>\d{3,4}(?:号房|號房|室|房|号|號)?)(?!\d)`,
  'y',
)
/** What may follow the last room of a list or a range: nothing of a word (unless a household's: 1705的业主), a count or
 *  a longer number. A room followed by a list's or a range's separator and another room is one where that room is. */
const LISTED_ROOM_END = new RegExp(String.raw`(?![\dA-Za-z%％.．\-－~～/:：]|${COUNT_NEXT}|(?!${ROOM_NEXT})[\u3400-\u9fff])`, 'y')
/** The rooms of NEXT_LISTED_ROOM after each room in `kept` (ADDRESS_NUMBER ending in a room's three or four digits),
 *  one after another: the same number of digits (not 1703，120救护车) and a room's 01 to 39 on its floor (not 1200); a
 *  range's last on the same floor and above its first (1703至1705, not 2024-2025). The rooms up to the last whose end
 *  LISTED_ROOM_END takes: 1704 of B座1703、1704和2026年 stays readable with 2026. */
function listedRooms(folded: string, text: string, kept: readonly (PatternEntity | Span)[]): PatternEntity[] {
  const found: PatternEntity[] = []
  for (const span of kept) {
    if (!('fromPattern' in span) || span.type !== 'ADDRESS_NUMBER') continue
    const digits = /(?<!\d)(\d{3,4})(?:室|房|号|號)?$/.exec(span.text)?.[1]
    if (digits === undefined) continue
    const chain: PatternEntity[] = []
    let taken = 0
    let [end, previous] = [span.end, Number(digits)]
    for (;;) {
      NEXT_LISTED_ROOM.lastIndex = end
      const m = NEXT_LISTED_ROOM.exec(folded)
      if (m === null) break
      const room = m.groups!.v!
      const number = Number(room.match(/^\d+/)![0])
      const start = NEXT_LISTED_ROOM.lastIndex - room.length
      if (room.match(/^\d+/)![0].length !== digits.length || number % 100 < 1 || number % 100 > 39) break
      if (m.groups!.list === undefined && (Math.floor(number / 100) !== Math.floor(previous / 100) || number <= previous)) break
      if (overlapsAny(kept, { start, end: start + room.length })) {
        // A room taken already ends the list: the rooms before it are a list's (B座1703、1704和1705室, 1705室 taken).
        if (kept.some((k) => k.start === start && 'fromPattern' in k && k.type === 'ADDRESS_NUMBER')) taken = chain.length
        break
      }
      end = start + room.length
      previous = number
      chain.push({ start, end, type: 'ADDRESS_NUMBER', text: text.slice(start, end), score: 1, fromPattern: true })
      LISTED_ROOM_END.lastIndex = end
      if (LISTED_ROOM_END.test(folded)) taken = chain.length
    }
    found.push(...chain.slice(0, taken))
  }
  return found
}

/** A match without its separators (an ID's check character X kept). */
const digitsOf = (match: string) => match.replace(/[^\dXx]/g, '')

/** Card numbers start with 3 to 6 (UnionPay 62, Visa 4, Mastercard 5, Amex and JCB 3) and pass Luhn. Where a
 *  separate last group fails the sum but the 16 digits before it pass, the group is the number's own (汇款至 6228 4803
 *  1234 5678 910: contracts QA left 910 readable), the whole taken, unless a count follows it (4111 1111 1111 1111 12 张:
 *  a card, and twelve of something). */
const bareSingaporeId: Accept = (m) =>
  isSingaporeId(m[0]) && !PART_NUMBER_BEFORE.test(m.input!.slice(Math.max(0, m.index! - 16), m.index!)) ? m[0] : undefined
const isCardNumber = (s: string) => /^[3-6]/.test(s) && passesLuhn(digitsOf(s))
const acceptCard: Accept = (m) => {
  if (isCardNumber(m[0])) return m[0]
  // Only a group set apart: 16 digits at the start of an unbroken run of 18 are no card (an ID with a wrong birth
  // date, 陈思远（310101199002304527）, was a card of 16 with 27 left readable).
  if (!(m.groups?.tail && m[1])) return undefined
  const card = m[0].slice(0, -m.groups.tail.length)
  if (!isCardNumber(card)) return undefined
  return COUNT_AFTER.test(m.input!.slice(m.index! + m[0].length, m.index! + m[0].length + 8)) ? card : m[0]
}
const COUNT_AFTER = new RegExp(`^${COUNT_OR_TIME_NEXT}`, 'u')

function matches(folded: string, text: string, pattern: RegExp, type: PatternType | 'PER' | 'ORG' | 'LOC', accept: Accept = (m) => m.groups?.v ?? m[0]): PatternEntity[] {
  const found: PatternEntity[] = []
  for (const m of folded.matchAll(pattern)) {
    const kept = accept(m)
    if (kept === undefined) continue
    // A label matched before the value (group v) is no part of it: cheaper than a lookbehind tried at every position.
    const value = m.groups?.v ?? m.groups?.qq
    const start = m.index + (value === undefined ? 0 : m[0].length - value.length)
    const end = start + kept.length
    found.push({ start, end, type, text: text.slice(start, end), score: 1, fromPattern: true })
  }
  return found
}

/** A labelled value that is a mobile number is left to the phone rule (微信：13912345678 is a phone). */
const notMobile: Accept = (m) => (/^1[3-9]\d{9}$/.test(m.groups!.v!) ? undefined : m.groups!.v)
/** After a bare 微信 or QQ (no 号, ID or colon) a word of letters is the app's, not an account's: 微信Windows版,
 *  微信 Android 客户端, QQ Music (final QA); an ID there holds a digit or an underscore (wxid_abc, feifei1987). */
const chatId: Accept = (m) => {
  const qq = m.groups!.qq
  if (qq !== undefined) return /^1[3-9]\d{9}$/.test(qq) ? undefined : qq
  const v = m.groups!.v!
  // A CV's heading or field label in English after an empty WeChat cell (微信：Email：…, 微信：Education) is no ID: letters
  // alone make a WeChat ID, but not these words (recheck 50).
  if (ENGLISH_HEADING.test(v)) return undefined
  const label = m[0].slice(0, m[0].length - v.length)
  return /(?:号|號|ID|id|[:：])/.test(label) || /[\d_]/.test(v) ? notMobile(m) : undefined
}
/** A CV's English headings and field labels, which follow an empty 微信 cell as its next line or field. */
const ENGLISH_HEADING = /^(?:e-?mail|mobile|phone|telephone|tel|address|wechat|weixin|linkedin|github|gitlab|profile|education|skills?|experiences?|projects?|summary|objective|awards?|honou?rs|languages?|hobbies|interests|contacts?|website|homepage|blog|references?|certificates?|certifications?|personal|information|name|gender|birthday|nationality|internships?|employment|publications?|activities)$/i

const when = (check: (match: string) => boolean): Accept => (m) => (check(m[0]) ? m[0] : undefined)

interface Span {
  start: number
  end: number
}

/** Officials' certificate numbers after their labels (CERTIFICATE_AFTER_LABEL, or 证号 alone among officials:
 *  CERTIFICATE_SHORT_LABEL), and each further one of a list after the same label (执法证号：11010023456、11010023789: recheck
 *  found the second readable) that looks like the first: its length within three of it, not a date or a year (isDateLike). A
 *  mobile number is left to the phone rule. */
function certificateNumbers(folded: string, text: string): PatternEntity[] {
  const found: PatternEntity[] = []
  const add = (start: number, value: string) => {
    if (/^1[3-9]\d{9}$/.test(value)) return
    found.push({ start, end: start + value.length, type: 'RECORD_NUMBER', text: text.slice(start, start + value.length), score: 1, fromPattern: true })
  }
  const list = (m: RegExpExecArray) => {
    const value = m.groups!.v!
    add(m.index + m[0].length - value.length, value)
    CERTIFICATE_NEXT.lastIndex = m.index + m[0].length
    for (let next = CERTIFICATE_NEXT.exec(folded); next !== null; next = CERTIFICATE_NEXT.exec(folded)) {
      const item = next.groups!.v!
      if (Math.abs(item.length - value.length) > 3 || isDateLike(item)) break
      add(CERTIFICATE_NEXT.lastIndex - item.length, item)
    }
  }
  for (const m of folded.matchAll(CERTIFICATE_AFTER_LABEL)) list(m)
  for (const m of folded.matchAll(CERTIFICATE_SHORT_LABEL)) {
    const sentence = folded.slice(0, m.index).split(/[。！？!?\n]/u).pop()!
    // Not again after 执法证，证号 (the official label's own).
    if (OFFICIAL_CONTEXT.test(sentence) && !found.some((e) => e.end === m.index + m[0].length)) list(m)
  }
  return found
}

/** Whether `span` overlaps one of `spans` (apart from each other and in text order, so their ends are in order too). */
function overlapsAny(spans: readonly Span[], span: Span): boolean {
  const low = firstEndingAfter(spans, span.start)
  return low < spans.length && spans[low]!.start < span.end
}


function mergeByStart<T extends Span>(a: readonly T[], b: readonly T[]): T[] {
  const merged: T[] = []
  let i = 0
  let j = 0
  while (i < a.length || j < b.length) merged.push(j >= b.length || (i < a.length && a[i]!.start < b[j]!.start) ? a[i++]! : b[j++]!)
  return merged
}

/** Every match in `text`, by start; where two overlap, the one found by the stricter rule first is kept.
 *  `placeEnds`: where the model's places end in `text`, after which one house number is an address's;
 *  `buildingEnds`: where those that name a building end (…广场, …大厦, …中心), after which a room's or a floor's number
 *  is. A label alone on its line and its value alone on the next (a Word table's cells copied out) count as one
 *  field (onLabelLines). */
export function findPatterns(text: string, placeEnds: ReadonlySet<number> = new Set(), buildingEnds: ReadonlySet<number> = new Set()): PatternEntity[] {
  const kept = byRules(text, placeEnds, buildingEnds)
  const split = onLabelLines(text, (joined) => byRules(joined, new Set(), new Set(), true))
  const lines = split.length === 0 ? kept : mergeByStart(kept, split.filter((span) => !overlapsAny(kept, span)))
  // A pasted table's column headed with a label (学号, 出生日期, 家庭住址): its cells are that label's values (tableColumns.ts),
  // and its headings hold none (学号 Student ID: no record number Student).
  const table = underLabelHeadings(text, LABEL_HEADING, lines, (copy, all) => byRules(copy, new Set(), new Set(), !all))
  const own = table.headings.length === 0 ? lines : lines.filter((span) => !overlapsAny(table.headings, span))
  return table.values.length === 0 ? own : mergeByStart(own, table.values.filter((span) => !overlapsAny(own, span)))
}

/** The rules' matches. `labelledOnly`: only the rules whose labels LINE_LABELS holds, for the text with its label lines
 *  joined (onLabelLines): what the others find there they find in the text as it is, and a value overlapping that is
 *  dropped anyway; the shapes' rules and the slow lookbehinds of a ward's beds need not run twice over the text. */
function byRules(text: string, placeEnds: ReadonlySet<number>, buildingEnds: ReadonlySet<number>, labelledOnly = false): PatternEntity[] {
  const folded = foldFullWidth(text)
  // Groups of a card-shaped number that fails the sum are still parts of one number (an account, an order), so
  // the rules after the card's take none of them: 6222 0212 3456 7890 127 holds no phone 0212 3456 7890.
  const notCards = (): Span[] => [...folded.matchAll(CARD)]
    .filter((m) => acceptCard(m) === undefined)
    .map((m) => ({ start: m.index, end: m.index + m[0].length }))
  // Stricter rules first; each rule's own matches lie apart and in order, so each is checked against what the
  // rules before it kept by binary search (a long document has tens of thousands). `true`: a labelled value's rule.
  const byRule: readonly (readonly [boolean, () => readonly (PatternEntity | Span)[]])[] = [
    // A government document's year and number (京建发〔2026〕12号) are no one's: no rule takes them, a house number's after
    // 地址： included; they are spans, not entities.
    // A police case's number first, its prefix and all (POLICE_CASE_NUMBER): its year and number are no document's.
    [false, () => caseNumbers(folded).map((span) => ({ ...span, type: 'RECORD_NUMBER', text: text.slice(span.start, span.end), score: 1, fromPattern: true as const }))],
    [false, () => [...folded.matchAll(DOCUMENT_NUMBER)].map((m) => ({ start: m.index, end: m.index + m[0].length }))],
    [false, () => matches(folded, text, EMAIL, 'EMAIL')],
    [false, () => matches(folded, text, RESIDENT_ID, 'ID_NUMBER', when((m) => isResidentId(digitsOf(m))))],
    [false, () => matches(folded, text, EMBEDDED_ID, 'ID_NUMBER', embeddedId)],
    // A label says what the number is, so it goes before the card's rule (a mistyped ID may pass Luhn).
    [true, () => matches(folded, text, ID_AFTER_CUE, 'ID_NUMBER')],
    [true, () => matches(folded, text, FOREIGN_ID_AFTER_CUE, 'ID_NUMBER')],
    // An order's or a parcel's number after its label, before the card's rule and notCards (a 16-digit order number may
    // pass Luhn or fail it) and the phones' (订单号：13800138000 is the order's number, not a phone).
    [true, () => matches(folded, text, ORDER_NUMBER, 'RECORD_NUMBER')],
    [true, () => matches(folded, text, TAIL_DIGITS, 'RECORD_NUMBER')],
    [false, () => matches(folded, text, CARRIER_NUMBER, 'RECORD_NUMBER')],
    [false, () => matches(folded, text, NUMBER_AFTER_CARRIER, 'RECORD_NUMBER')],
    [false, () => matches(folded, text, POSTAL_ITEM_NUMBER, 'RECORD_NUMBER', when(isPostalItemNumber))],
    [false, () => matches(folded, text, MASKED_MOBILE, 'PHONE')],
    [false, () => matches(folded, text, TAIWAN_ID, 'ID_NUMBER', when(isTaiwanId))],
    [false, () => matches(folded, text, HONG_KONG_ID, 'ID_NUMBER', when(isHongKongId))],
    [false, () => matches(folded, text, SINGAPORE_ID, 'ID_NUMBER', bareSingaporeId)],
    // An ORCID iD has a card's groups of four: before the card's rule and notCards.
    [false, () => matches(folded, text, ORCID, 'RECORD_NUMBER', when(isOrcid))],
    [false, () => matches(folded, text, CARD, 'BANK_CARD', acceptCard)],
    // An ID whose check digit fails, after the card's rule, so an 18-digit card that passes Luhn stays a card,
    // and before notCards, which would otherwise hold its digits as an account's or an order's.
    [false, () => matches(folded, text, RESIDENT_ID, 'ID_NUMBER', when((m) => isResidentIdShape(digitsOf(m))))],
    [false, () => matches(folded, text, ID_RUN, 'ID_NUMBER', when(isLooseResidentIdShape))],
    // Before notCards: an account number after 账号 is one whatever its Luhn sum. A mobile number after a label
    // (微信：13912345678) is left to the phone rule.
    [true, () => certificateNumbers(folded, text)],
    [true, () => matches(folded, text, RECORD_AFTER_LABEL, 'RECORD_NUMBER', notMobile)],
    // Before notCards too: an accident's 18 digits are a card's shape (第110105120260000321号).
    [false, () => (/认定书|認定書/u.test(folded) ? matches(folded, text, DETERMINATION_NUMBER, 'RECORD_NUMBER') : [])],
    [true, () => matches(folded, text, CARD_AFTER_LABEL, 'RECORD_NUMBER', cardAfterLabel)],
    [true, () => matches(folded, text, CHAT_ID, 'RECORD_NUMBER', chatId)],
    [true, () => matches(folded, text, PASSPORT, 'RECORD_NUMBER')],
    [true, () => matches(folded, text, CODE_AFTER_LABEL, 'RECORD_NUMBER', labelledCode)],
    [true, () => matches(folded, text, CERTIFICATE_NUMBER_AFTER_LABEL, 'RECORD_NUMBER', labelledCode)],
    [false, () => matches(folded, text, ORGANISATION_CODE_AFTER_LABEL, 'RECORD_NUMBER')],
    [false, () => matches(folded, text, REGISTRATION_NUMBER_AFTER_LABEL, 'RECORD_NUMBER')],
    [true, () => matches(folded, text, POSTCODE, 'RECORD_NUMBER', postcode)],
    [false, () => grantNumbers(folded, text)],
    [false, () => matches(folded, text, BARE_PASSPORT, 'RECORD_NUMBER', barePassport)],
    [false, () => matches(folded, text, BARE_VIN, 'RECORD_NUMBER', when(isVin))],
    [true, () => matches(folded, text, BED, 'RECORD_NUMBER')],
    [false, () => matches(folded, text, BED_AFTER_WARD, 'RECORD_NUMBER')],
    [false, notCards],
    [false, () => matches(folded, text, OLD_RESIDENT_ID, 'ID_NUMBER', when(isOldResidentId))],
    [false, () => phones(folded, text)],
    [true, () => matches(folded, text, PHONE_AFTER_CUE, 'PHONE')],
    [false, () => matches(folded, text, CREDIT_CODE, 'RECORD_NUMBER', when(isCreditCode))],
    [false, () => matches(folded, text, STOCK_CODE, 'STOCK_CODE', stockCode)],
    [true, () => matches(folded, text, STOCK_CODE_AFTER_LABEL, 'STOCK_CODE')],
    [true, () => matches(folded, text, SHORT_STOCK_CODE_AFTER_LABEL, 'STOCK_CODE')],
    [false, () => matches(folded, text, CREDIT_CODE_AFTER_LABEL, 'RECORD_NUMBER')],
    [false, () => matches(folded, text, CASE_NUMBER, 'RECORD_NUMBER')],
    [false, () => matches(folded, text, PLATE, 'PLATE', acceptPlate)],
    [false, () => matches(folded, text, SPECIAL_PLATE, 'PLATE')],
    [true, () => matches(folded, text, BIRTH_DATE, 'BIRTH_DATE')],
    [true, () => matches(folded, text, BIRTH_YEAR_AFTER_LABEL, 'BIRTH_DATE')],
    [false, () => matches(folded, text, DATE_OF_BIRTH, 'BIRTH_DATE')],
    [true, () => matches(folded, text, LABELLED_DATE, 'DATE')],
    [false, () => matches(folded, text, SIGNED_DATE, 'DATE', signedDate)],
    [true, () => matches(folded, text, AGE, 'AGE', personalAge)],
    [false, () => matches(folded, text, AGE_AFTER_SEX, 'AGE', personalAge)],
    [false, () => matches(folded, text, ROOM_AFTER_LABEL, 'ADDRESS_NUMBER', roomAfterLabel)],
    [false, () => matches(folded, text, PARKING_SPACE, 'ADDRESS_NUMBER')],
    // Not where the model's building holds the block (英蓝国际B座): its room after it is ROOM_AFTER_BUILDING's.
    [false, () => matches(folded, text, LETTER_BLOCK_ROOM, 'ADDRESS_NUMBER', (m) =>
      (buildingEnds.has(m.index! + 2) || publicRoom(folded, m.index!, m.index! + m[0].length) ? undefined : m[0]))],
    [false, () => matches(folded, text, ROOM_TRIPLE, 'ADDRESS_NUMBER', acceptRoomTriple(folded, placeEnds, buildingEnds))],
    [false, () => matches(folded, text, ADDRESS_NUMBER, 'ADDRESS_NUMBER', acceptAddress(folded, placeEnds))],
    [false, () => matches(folded, text, SINGAPORE_UNIT_ALONE, 'ADDRESS_NUMBER', singaporeUnit)],
    [false, () => roomsAfterBuildings(folded, text, buildingEnds)],
  ]
  let kept: (PatternEntity | Span)[] = []
  for (const [labelled, find] of byRule) {
    if (labelledOnly && !labelled) continue
    kept = mergeByStart(kept, find().filter((span) => !overlapsAny(kept, span)))
  }
  if (!labelledOnly) kept = mergeByStart(kept, listedRooms(folded, text, kept))
  return kept.filter((span): span is PatternEntity => 'fromPattern' in span)
}

/** The labels a signature's name follows: 主治医师, 审核者, 护士签名, 审判长 … (the longer ones end in these). */
const SIGNATURE_LABELS = String.raw`(?:医师|醫師|医生|醫生|签名|簽名|签字|簽字|审核者|審核者|稽核者|审核人|審核人|稽核人|记录者|記錄者|记录人|記錄人|检验者|檢驗者|报告者|報告者|审判长|審判長|审判员|審判員|陪审员|陪審員|书记员|書記員|法官助理)`
/** A contract's or a tender's parties, before the label of one of their people (乙方项目负责人：, 招标人联系人：). */
const CONTRACT_PARTIES = String.raw`[甲乙丙丁]方|招标人|招標人|投标人|投標人|中标人|中標人|采购人|採購人|供应商|供應商|出租[方人]|承租[方人]|委托方|委託方|受托方|受託方|发包[方人]|發包[方人]|承包[方人]|[买買卖賣]方|招标代理机构|招標代理機構|代理机构|代理機構`
/** Where a signature's or a family's label may start: a line's start, a whitespace, or a field's separator (a bar, a
 *  comma, a semicolon …), and the words of a role before it (主治 of 主治医师, 护士长 of 护士长签名, 人民 of 人民陪审员, 紧急
 *  of 紧急联系人). Not after other Han characters (社区医生：我年轻 让我来, a headline; 那位年轻的医生 说) nor after a
 *  sentence's end (患者：头疼。医生：多久了？, dialogue: recheck 49b). */
const LABEL_LEAD = String.raw`(?<=^|[\s|｜/,，;；、)）\]】])(?:(?:主治|主任|副主任|住院|主管|经治|經治|值班|接诊|接診|会诊|會診|门诊|門診|急诊|急診|手术|手術|主刀|麻醉|上级|上級|管床|责任|責任|实习|實習|进修|進修|规培|規培|执业|執業|审核|審核|检验|檢驗|报告|報告|复核|複核|送检|送檢|申请|申請|操作|记录|記錄|检查|檢查|影像|超声|超聲|放射|病理|药师|藥師|技师|技師|护士长|護士長|护士|護士|医生|醫生|医师|醫師|家属|家屬|患者|患儿|患兒|病人|本人|代理|人民|助理|紧急|緊急|法定|签收|簽收|${CONTRACT_PARTIES}){0,2})`
/** The labels of a contract's or a tender's people (contracts QA: the news model found no name after any of them in a
 *  party block, 法定代表人：东方明远, 委托代理人：第五清, 项目负责人：闻人浩 all left readable): a colon after them, as a family's
 *  labels. */
const CONTRACT_ROLE_LABELS = String.raw`法定代表人|法人代表|委托代理人|委託代理人|授权代表|授權代表|授权代理人|授權代理人|项目负责人|項目負責人|技术负责人|技術負責人|负责人|負責人|经办人|經辦人|评标专家|評標專家|项目经理|項目經理|项目总监|項目總監`
/** Such a label, two joined by 或 (法定代表人或其授权代表), a signing note in brackets after it (法定代表人（签字）：, 授权代表
 *  （签章）：: recheck-rules 3; matched in the folded text, （） as ()). */
const CONTRACT_ROLE = String.raw`(?:${CONTRACT_ROLE_LABELS})(?:或其?(?:${CONTRACT_ROLE_LABELS}))?(?:姓名)?(?:[ \t\u3000]*\((?:签字|簽字|签章|簽章|签名|簽名|盖章|蓋章|签字或盖章|簽字或蓋章|签字盖章|簽字蓋章|签字并盖章|簽字並蓋章)\))?`
/** The labels of a patient's family and contacts (家属：欧阳丽娟（之女）, 联系人：李建军（丈夫）, 监护人：吕国华（父）: medical
 *  QA, names the model can miss as it misses a signature's), 姓名 after them or not. A colon always: 配偶 and 联系人 are
 *  words of running text too. */
const FAMILY_LABELS = String.raw`(?:(?:家属|家屬|亲属|親屬|联系人|聯繫人|聯絡人|监护人|監護人|配偶|委托人|委託人)(?:姓名)?|${CONTRACT_ROLE})`
/** A name: two to four Han characters, and a transliterated one's parts after a middle dot (配偶：艾力·吐尔逊). */
const LABELLED_NAME = String.raw`[\u3400-\u9fff]{2,4}(?:[·•・][\u3400-\u9fff]{1,6}){0,2}`
/** A profession before a name after a contract's or a family's label (委托代理人：律师张伟: recheck2-rules 3), the name's
 *  surname then required (律师事务所 is none); or after it, past a comma (委托代理人：张伟，律师). */
const PROFESSION = String.raw`(?<prof>律师|律師|会计师|會計師)`
const PROFESSION_AFTER = /^,[ \t\u3000]*(?:律师|律師|会计师|會計師)(?=[\s\p{P}\p{S}]|$)/u
/** Two to four Han characters after a signature's label and a colon or spaces (after a family's label and a colon),
 *  the label at a line's or a field's start, and nothing Han after them (signatureNames then takes only those that
 *  end their field). */
const SIGNATURE_NAME = new RegExp(
  String.raw`${LABEL_LEAD}(?:${SIGNATURE_LABELS}(?<gap>[ \t\u3000]*:[ \t\u3000]*|[ \t\u3000]+)|${FAMILY_LABELS}[ \t\u3000]*(?<colon>:)[ \t\u3000]*(?:${PROFESSION}(?=[\u3400-\u9fff]{2}))?)(?<v>${LABELLED_NAME})(?=[\s\p{P}\p{S}\d]|$)`,
  'gmu',
)
/** What follows such a label that is no name: a verb of the ward round, a note that it is signed or not, and a
 *  relation (家属：患者之女, 监护人：父母, 联系人：其子): as the whole of the Han run or its start. */
const NOT_A_SIGNATURE = new RegExp(
  // (and a speaker's first word where 家属： opens a line of dialogue: 家属：一直烧，…, in raw news). Not 于 alone, a
  // surname (医师：于洋), only 于 of a time (医师：于今日，).
  '^(?:[已未无無见見请請为為是由在及和与與并並的不一我你他她这這那就都也还還没沒很太真要会會能说說]|[于於][是今昨次当當本]|' +
  '查房|会诊|會診|签字|簽字|签名|簽名|盖章|蓋章|意见|意見|建议|建議|同意|确认|確認|审核|審核|本人|家属|家屬|患者|病人|患儿|患兒|' +
  '电子|電子|手写|手寫|空白|指示|认为|認為|考虑|考慮|日期|时间|時間|' +
  '之[女子父母妻夫兄弟姐妹孙孫]|其[女子父母妻夫兄弟姐妹孙孫]|配偶|父亲|父親|母亲|母親|父母|儿子|兒子|女儿|女兒|子女|儿女|兒女|丈夫|妻子|爱人|愛人|老伴|' +
  '儿媳|兒媳|女婿|孙子|孫子|孙女|孫女|外孙|外孫|哥哥|姐姐|弟弟|妹妹|兄弟|姐妹|兄妹|姐弟|亲属|親屬|亲友|親友|亲戚|親戚|朋友|同事|邻居|鄰居|' +
  '爷爷|爺爺|奶奶|外公|外婆|祖父|祖母|叔叔|阿姨|舅舅|姑姑|伯父|伯母|侄子|侄女|岳父|岳母|公公|婆婆|[长長次][子女]|[养養继繼][父母子女]|' +
  '监护人|監護人|联系人|聯繫人|委托人|委託人|陪护|陪護|陪同|护工|護工|单位|單位|社区|社區|民政|暂无|暫無|拒绝|拒絕|拒签|拒簽|离异|離異|丧偶|喪偶)',
)
/** A date, and a time after it, right after a signature's name (主治医师：刘晓东 2024年3月25日, 记录者：韩冬梅 2024-10-04
 *  07:30), or alone on the line under it (医师签名：诸葛明远⏎2024-05-07): the day the record was signed, a visit's or a
 *  note's, which picks out a patient as its labelled dates do (medical QA: 3 of the 19 dates left). A date after a
 *  family's name is not taken (家属：某某 2024-06-12 may be anything of theirs). */
const SIGNED_DATE = new RegExp(
  String.raw`${LABEL_LEAD}${SIGNATURE_LABELS}(?:[ \t\u3000]*:[ \t\u3000]*|[ \t\u3000]+)(?<name>${LABELLED_NAME})(?<sep>[ \t\u3000]*(?:\r?\n[ \t\u3000]*)?)(?<v>(?:${DATE}|\d{1,2}[ \t]*月[ \t]*\d{1,2}[ \t]*[日号])${TIME_OF_DAY}?)(?![\d:])`,
  'gu',
)
const signedDate: Accept = (m) => {
  if (NOT_A_SIGNATURE.test(m.groups!.name!)) return undefined
  // On the next line, the date alone there: not the start of a line of the record's body (2024-05-08 复诊 …).
  const rest = m.input!.slice(m.index! + m[0].length)
  return !m.groups!.sep!.includes('\n') || /^[ \t\u3000]*(?:\r?\n|$)/.test(rest) ? m.groups!.v : undefined
}
/** What may follow a name after a signature's label and spaces alone: the line's end, a date, the next signature. */
const AFTER_SPACED_NAME = new RegExp(String.raw`^[ \t\u3000]*(?:\r?\n|$|\d|${LABEL_LEAD}${SIGNATURE_LABELS}[ \t\u3000]+[\u3400-\u9fff])`, 'u')
/** Names after a signature's or a family's label, as PER found by rule, in a signature's shape: the label at a
 *  line's or a field's start (LABEL_LEAD), the name ending the field. Spaces alone (主治医师 刘晓东) make a
 *  signature's label only where the name ends its line or a date or the next signature follows (主任医师 查房，…,
 *  审判员 宣读 判决书 are no signatures). */
function signatureNames(text: string): PatternEntity[] {
  const folded = foldFullWidth(text)
  const single = matches(folded, text, SIGNATURE_NAME, 'PER', (m) => {
    const name = m.groups!.v!
    if (NOT_A_SIGNATURE.test(name) || PLACEHOLDER.test(name)) return undefined
    if (m.groups!.prof !== undefined && !hasSurname(name)) return undefined
    if (NOT_A_ROLE_HOLDER.test(name) && CONTRACT_ROLE_END.test(m[0].slice(0, m[0].length - name.length))) return undefined
    const rest = m.input!.slice(m.index! + m[0].length)
    // A blank signature line's next field (医生签名：      日期：) is no name.
    if (/^[ \t\u3000]*:/.test(rest)) return undefined
    if (m.groups!.colon === undefined && !m.groups!.gap!.includes(':')) {
      // Spaces alone: the name ends its line, or a date or the next signature follows it (审判长 慕容文博 书记员 端木晓燕),
      // not a word (审判员 宣读 判决书, 医师 资格 考试).
      return AFTER_SPACED_NAME.test(rest) ? name : undefined
    }
    // A colon: the name ends at a whitespace, a digit, a bracket (令狐雨晴（内分泌科）) or the line's end, or a comma and the
    // next field's label (…，电话：); after a family's label a mark closing the line too (委托人：东方明，). Not a sentence
    // going on (医生：你好，请问…, 审判长：被告人，…, 医生：好的。: dialogue and transcripts, recheck 49b).
    if (/^(?:\s|\d|[([（【]|$)/u.test(rest)) return name
    if (/^[,;、][ \t\u3000]*[\u3400-\u9fff]{1,8}[ \t\u3000]*:/u.test(rest)) return name
    if (m.groups!.colon !== undefined && PROFESSION_AFTER.test(rest)) return name
    return m.groups!.colon !== undefined && /^[,;、][ \t\u3000]*(?:\r?\n|$)/u.test(rest) ? name : undefined
  })
  // A list's first name with its bracket (欧阳立诚（组长）、…) the single name's rule takes too.
  const lists = nameLists(folded, text).filter((span) => !overlapsAny(single, span))
  return lists.length === 0 ? single : mergeByStart(single, lists)
}
/** A contract's role label before its value (法定代表人：, 项目负责人：), told from a family's by the words. */
const CONTRACT_ROLE_END = new RegExp(String.raw`${CONTRACT_ROLE}[ \t\u3000]*:[ \t\u3000]*$`, 'u')
/** What fills a contract's role field without being a person: a department or a body (财务部, 项目部, 办公室, 采购中心), a
 *  role (项目经理, 总经理), a party (甲方, 乙方). A name with a title (王经理) is a person's and stays one. */
const NOT_A_ROLE_HOLDER = new RegExp(
  String.raw`(?:部|处|處|办|辦|局|厅|廳|室|中心|公司|单位|單位|小组|小組|团队|團隊|委员会|委員會)$|` +
    String.raw`^(?:项目|項目|技术|技術|财务|財務|行政|工程|总|總|副总|副總)?(?:经理|經理|主任|总监|總監|主管|负责人|負責人|工程师|工程師|代表)$|` +
    String.raw`^(?:[甲乙丙丁双雙]方|另行|另定|指定|法人)|` +
    // A template's blank, a seal, a duty or a profession (负责人：尚未确定 / 空缺 / 某某, 授权代表：签章, 项目经理：持证上岗,
    // 项目负责人：具体负责 / 负责组织、协调, 委托代理人：律师, 评标专家：技术类、经济类 / 技术专家3名: recheck-rules 2).
    // 尚未 / 尚无 only as such a note (尚未确定, 尚无), not a given name's start (尚未来, 尚无忌: recheck2-rules 3).
    String.raw`^(?:尚未|尚无|尚無)(?:确定|確定|定|指定|明确|明確|落实|落實|选定|選定|任命|委派|安排|填写|填寫|提供|人选|人選)?$|` +
    String.raw`^(?:未定|空缺|某某|签章|簽章|签署|簽署|持证|持證|律师|律師|会计师|會計師|顾问|顧問)|负责|負責|(?:类|類|专家|專家)$`,
  'u',
)
/** A list of names after a family's or a contract's label and a colon (评标专家：欧阳立诚、蒋慧、詹国栋; 联系人：张三、李四), each
 *  name perhaps with its part in brackets (欧阳立诚（组长）), the list ending its line or its sentence (SIGNATURE_NAME takes a
 *  name alone, and no list's first name, which a 、 follows). */
const NAME_LIST = new RegExp(
  String.raw`${LABEL_LEAD}${FAMILY_LABELS}[ \t\u3000]*:[ \t\u3000]*(?<v>${LABELLED_NAME}(?:\([^()\n]{1,8}\))?(?:[ \t\u3000]*[、,][ \t\u3000]*${LABELLED_NAME}(?:\([^()\n]{1,8}\))?)+)(?=[ \t\u3000]*(?:[。;.]|\r?\n|$))`,
  'gmu',
)
const LIST_ITEM = new RegExp(String.raw`${LABELLED_NAME}`, 'gu')
function nameLists(folded: string, text: string): PatternEntity[] {
  const found: PatternEntity[] = []
  for (const m of folded.matchAll(NAME_LIST)) {
    const list = m.groups!.v!
    const at = m.index + m[0].length - list.length
    // Not a list's bracket's words (组长 of 欧阳立诚（组长）): the names only.
    const names = [...list.replace(/\([^()\n]*\)/gu, (b) => ' '.repeat(b.length)).matchAll(LIST_ITEM)]
    // A filler item (外聘专家, 财务类, 签章) is dropped alone, the others kept where they start with a surname (评标专家：张伟、
    // 李强、外聘专家: recheck2-rules 3); with no surname they are a duty's words too (负责组织、协调、监督).
    const filler = (n: RegExpMatchArray) => NOT_A_SIGNATURE.test(n[0]) || PLACEHOLDER.test(n[0]) || NOT_A_ROLE_HOLDER.test(n[0])
    const kept = names.some(filler) ? names.filter((n) => !filler(n) && hasSurname(n[0])) : names
    for (const n of kept) {
      const start = at + n.index
      found.push({ start, end: start + n[0].length, type: 'PER', text: text.slice(start, start + n[0].length), score: 1, fromPattern: true })
    }
  }
  return found
}

/** The labels of another name a person goes by: a nickname (外号, 绰号, 诨号, 诨名, 花名, 小名, 乳名), an online one (网名,
 *  昵称), a name given to hide theirs or their former one (化名, 别名, 曾用名). Not 笔名 or 艺名, a public persona's. */
const NICKNAME_LABELS = String.raw`(?:外号|外號|绰号|綽號|诨号|諢號|诨名|諢名|花名|小名|乳名|网名|網名|昵称|昵稱|暱稱|化名|别名|別名|曾用名)`
/** Such a name in quotes after its label (外号"刀疤", 绰号“疤哥”, 网名「夜行者」, 化名为“小林”, 外号叫“阿杰”), or after a colon
 *  two to four Han characters or a handle of letters and digits ending the field (化名：小林，, 网名：night_walker), or a
 *  nickname's two or three Han characters ending the sentence (外号叫老虎。, 小名是狗蛋，: re-check 55a). Not the label
 *  alone (吴女士（化名）), nor inside another word (分别名为, 告别名为, 简化名为, 特别名, 这种花名叫: re-check 55a). */
const NICKNAME = new RegExp(
  String.raw`(?<![分告简簡特花变變改更种種朵株棵束盆号號])(?<label>${NICKNAME_LABELS})(?:叫做?|为|為|是)?[ \t\u3000]*:?[ \t\u3000]*(?:["“「『'‘](?<v>[^"“”「」『』'‘’\n]{1,12})["”」』'’]|` +
    String.raw`(?<=:[ \t\u3000]*)(?<w>[\u3400-\u9fff]{2,4}|[A-Za-z][A-Za-z0-9_.\-]{2,19})(?=[\s\p{P}\p{S}]|$)|` +
    String.raw`(?<=(?:外号|外號|绰号|綽號|诨号|諢號|诨名|諢名|小名|乳名)(?:叫做?|是)?)(?<u>[\u3400-\u9fff]{2,3})(?=[。，,.!！?？;；、\s]|$))`,
  'gu',
)
/** A further name in quotes after one (外号“刀疤”“疤哥”, 外号“刀疤”或“疤哥”, 外号“刀疤”，又叫“疤哥”: re-check 55a, the second
 *  left readable). Not one a number follows (化名“炎黄”“潜伏”27年, a headline's). */
const MORE_NICKNAME = new RegExp(
  String.raw`[ \t\u3000]*(?:(?:[、/]|或者?|和|及|与|與)|[,;][ \t\u3000]*(?:又|也|还|還|人)?(?:叫做?|称|稱|名|被称为|被稱為))?[ \t\u3000]*["“「『'‘](?<v>[^"“”「」『』'‘’\n]{1,12})["”」』'’](?![\dA-Za-z])`,
  'uy',
)
/** The labels that name a thing's other name as often as a person's (土豆，别名“马铃薯”, 北京别名“北平”, 泰山绰号“五岳之首”):
 *  a person's only right after one (PERSON_BEFORE, or the model's name) or as a record's field (别名：). */
const THING_LABEL = /^(?:别名|別名|绰号|綽號)$/u
/** What ends a mention of a person right before such a label: 嫌疑人, 该男子, 王某, 他, 她, 其, 犯罪嫌疑人张某某, 现年62岁、,
 *  一位, 一名; a comma, a bracket or 的 between or not. */
const PERSON_BEFORE = /(?:[人者男女子他她其某犯员員哥姐弟妹叔姨爷爺婆兄娃孩老岁歲位名]|先生|小姐|女士|学生|學生|同学|同學|本人)[ \t\u3000]*(?:[,，、(（][ \t\u3000]*)?(?:的|又|也|亦)?$/u
/** A field's start: the line's, or after a separator (别名：, 曾用名：). */
const FIELD_START = /(?:^|[\n\t|;；,，、(（ \u3000])$/u
/** Not a nickname but an app's default or a role (昵称：管理员, 昵称：微信用户, 网名：匿名用户: re-check 55a). */
const DEFAULT_NICKNAME = /^(?:超级管理员|超級管理員|管理员|管理員|微信用户|微信用戶|匿名用户|匿名用戶|新用户|新用戶|用户|用戶|游客|遊客|访客|訪客|默认|默認|客服|系统|系統|群主)$/u
/** Words that open no nickname in running text (外号很响亮, 绰号是什么, 报上小名来啊). */
const NOT_A_NICKNAME = /^(?:什么|什麼|怎么|怎麼|多少|哪个|哪個|很|太|不|没|沒|都|也|还|還|就|才|又|已|被|由|从|從|挺|真|最|更|叫|是|的|了)|[的了吗嗎呢啊呀吧哦嘛来來去]/u
/** Nicknames, online names and aliases after their labels (NICKNAME), as PER found by rule (police QA: 外号"刀疤", 绰号"疤哥",
 *  网名"夜行者" left readable): such a name picks out its bearer as their name does, and stands for them wherever the
 *  text says it again (redaction spreads it as a given name alone: where it is no common word and stands as a name,
 *  re-check 55a: 外号"老虎" then 打老虎, 网名“小明” then 小明天去学校). [人名], as the model's own 化名：小林 and 曾用名：陈小军
 *  are: no type of the rules' says a name, and a label's word stays readable before it. Not a blank (化名：不详, 昵称：无).
 *  `people`: the model's persons, after whom 别名 and 绰号 are a person's. */
function nicknames(text: string, people: readonly Entity[] = []): PatternEntity[] {
  const folded = foldFullWidth(text)
  const found: PatternEntity[] = []
  const add = (name: string, start: number) => {
    // (an app's unset field too: 昵称：未设置, 网名：暂无)
    if (name === '' || PLACEHOLDER.test(name) || NOT_A_PERSON_NAME.test(name) || DEFAULT_NICKNAME.test(name) || /^(?:未|暂|暫|没有|沒有)/u.test(name)) return
    found.push({ start, end: start + name.length, type: 'PER', text: text.slice(start, start + name.length), score: 1, fromPattern: true, nickname: true })
  }
  for (const m of folded.matchAll(NICKNAME)) {
    const groups = m.groups!
    if (THING_LABEL.test(groups.label!)) {
      const before = folded.slice(Math.max(0, m.index - 12), m.index)
      const field = groups.w !== undefined && FIELD_START.test(before)
      const afterName = people.some((e) => e.end <= m.index && /^[ \t\u3000]*(?:[,，、(（][ \t\u3000]*)?(?:的|又|也|亦)?$/u.test(folded.slice(e.end, m.index)))
      // (绰号“矮子”的古兹曼: the person after it, a thing's 别名 seldom so)
      const personAfter = /^(?:绰号|綽號)$/u.test(groups.label!) && folded.startsWith('的', m.index + m[0].length)
      if (!field && !afterName && !personAfter && !PERSON_BEFORE.test(before)) continue
    }
    if (groups.u !== undefined && NOT_A_NICKNAME.test(groups.u)) continue
    const name = (groups.v ?? groups.w ?? groups.u!).trim()
    add(name, m.index + m[0].lastIndexOf(name))
    if (groups.v === undefined) continue
    for (let end = m.index + m[0].length; ;) {
      MORE_NICKNAME.lastIndex = end
      const more = MORE_NICKNAME.exec(folded)
      if (more === null) break
      end = MORE_NICKNAME.lastIndex
      const next = more.groups!.v!.trim()
      add(next, end - 1 - more.groups!.v!.length + more.groups!.v!.indexOf(next))
    }
  }
  return found
}

/** How many places the nicknames the rules find (小名“豆豆”) stand that none of `names` (what a copy replaces without the
 *  rules) covers: counted in the Redact and Batch tabs' red lines while the rules are off (casework QA 2: a child's 小名 stayed readable, the
 *  line counting numbers alone). `elsewhere`: those found in other texts (a batch's other files), counted where they
 *  stand here too. */
export function nicknamesLeft(text: string, names: readonly Entity[], elsewhere: Iterable<string> = []): number {
  const found = nicknames(text, names.filter((e) => e.type === 'PER'))
  // Every place each stands, as the copy keeps them all (re-check F4: 乳名叫豆豆，平时大家都喊他豆豆 counted once); one of
  // a single character only after its label (外号“虎”, not 老虎). A place two of them hold counts once.
  const places: { start: number; end: number }[] = [...found]
  for (const word of new Set([...found.map((p) => p.text), ...elsewhere].filter((word) => word.length > 1))) {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) places.push({ start: at, end: at + word.length })
  }
  places.sort((a, b) => a.start - b.start || b.end - a.end)
  let left = 0
  let reach = 0
  for (const p of places) {
    if (p.start < reach) continue
    reach = p.end
    if (!names.some((e) => e.start < p.end && p.start < e.end)) left++
  }
  return left
}

/** The nicknames the rules find in `text` (nicknamesLeft's `elsewhere` for the other files of a batch). */
export function nicknameWords(text: string, people: readonly Entity[] = []): string[] {
  return nicknames(text, people.filter((e) => e.type === 'PER')).map((p) => p.text)
}

/** The labels of a listed company's, a fund's or a bond's short name (证券简称, 股票简称, 公司简称, A股简称 …) and of a
 *  company's full name (公司名称, 公司全称, 企业名称). */
const SHORT_NAME_LABELS = String.raw`(?:证券|證券|股票|公司|基金|债券|債券|[ABH]股)(?:简称|簡稱)`
const FULL_NAME_LABELS = String.raw`(?:公司|企业|企業)(?:名称|名稱|全称|全稱)`
/** A colon or spaces after the label (not 证券简称由…变更为…, running text), and a quote mark or not. */
const NAME_GAP = String.raw`(?:[ \t\u3000]*:[ \t\u3000]*|[ \t\u3000]+)[“"「『]?`
/** Where such a name ends: a whitespace (a header's fields are set apart by runs of full-width spaces), a mark, the
 *  line's end, or the next field's label written right after it (证券简称：五粮液公告编号：…). */
const NAME_END = String.raw`(?=[\s\p{P}\p{S}]|$|(?:公告|证券|證券|股票)?(?:编号|編號|代码|代碼))`
/** A short name: two to eight Han characters, letters or digits, an *ST or ST before them or not (*ST华微, TCL科技,
 *  万科A, 21万科01). */
const SHORT_NAME_VALUE = String.raw`(?:S?\*?ST ?)?[\u3400-\u9fffA-Za-z0-9]{2,8}?`
const SHORT_NAME = new RegExp(String.raw`${SHORT_NAME_LABELS}${NAME_GAP}(?<v>${SHORT_NAME_VALUE})${NAME_END}`, 'gu')
/** Each later one of a list of them (证券简称：黄山旅游、黄山B股, an A and a B share's). */
const MORE_SHORT_NAMES = new RegExp(
  String.raw`(?<=${SHORT_NAME_LABELS}${NAME_GAP}(?:${SHORT_NAME_VALUE}[、/;][ \t\u3000]*)+)${SHORT_NAME_VALUE}${NAME_END}`,
  'gu',
)
/** A full name: up to forty, and a bracketed part (安永华明会计师事务所（特殊普通合伙）). */
const FULL_NAME = new RegExp(
  String.raw`${FULL_NAME_LABELS}${NAME_GAP}(?<v>[\u3400-\u9fffA-Za-z0-9&·]{2,40}?(?:[（(][\u3400-\u9fffA-Za-z ]{2,40}[)）][\u3400-\u9fff]{0,10})?)${NAME_END}`,
  'gu',
)
/** What follows such a label that is no name: a change told in running text (证券简称 变更为…), a blank (暂无, 同上),
 *  digits alone. */
const NOT_A_COMPANY = /^(?:变更|變更|更名|由|为|為|是|将|將|暂无|暫無|不详|不詳|待定|未定|详见|詳見|如下|同上|\d+$)/u
/** The short name after 证券简称： and the like in an announcement's header (证券代码：000858, 证券简称：五粮液), and a
 *  company's name after 公司名称：, as ORG found by rule: the model misses a short name there, which names the
 *  company as its code does (compliance QA: 五粮液, 美的集团, 中芯国际 left readable). */
function companyNames(text: string): PatternEntity[] {
  const folded = foldFullWidth(text)
  const byName = (pattern: RegExp) => matches(folded, text, pattern, 'ORG', (m) => {
    const name = m.groups?.v ?? m[0]
    return NOT_A_COMPANY.test(name) || PLACEHOLDER.test(name) ? undefined : name
  })
  return [...byName(SHORT_NAME), ...byName(MORE_SHORT_NAMES), ...byName(FULL_NAME)].sort((a, b) => a.start - b.start)
}

/** The labels of a person's own name in a CV, a form or a roster: 姓名 (姓  名, spaced as Word spaces it to a table
 *  cell's width), 名字, 中文名, 真实姓名, and 候选人姓名, 申请人姓名 … (联系人姓名 is a family's label, above). */
const PERSON_NAME_LABELS = String.raw`(?:姓[ \t\u3000]{0,4}名|名字|中文名(?:字)?|中文姓名|真实姓名|真實姓名)`
const PERSON_NAME_ROLES = String.raw`(?:候选人|候選人|应聘人|應聘人|应聘者|應聘者|应聘|應聘|申请人|申請人|员工|員工|学生|學生|考生)?`
/** The fields of a form that may follow a name with no mark between (姓名：张三性别：男), or spaces only (姓 名：张 伟  性 别：
 *  男), each character spaced or not. */
const FORM_FIELDS = `(?:${['性别', '性別', '民族', '年龄', '年齡', '籍贯', '籍貫', '出生', '电话', '電話', '手机', '手機', '学历', '學歷', '邮箱', '郵箱',
  '政治', '婚姻', '身高', '住址', '地址', '照片', '职位', '職位', '英文', '工作', '毕业', '畢業', '专业', '專業', '身份', '证件', '證件']
  .map((w) => Array.from(w).join('[ \\u3000]*')).join('|')})`
/** What ends such a name: a whitespace, a mark, a digit, the line's end; a contiguous one also the next field. */
const PERSON_NAME_END = String.raw`(?=[\s\p{P}\p{S}\d]|$)`
/** Two to four Han characters (a transliterated name's parts after a middle dot) after such a label and a colon or
 *  spaces, or two to four single ones spaced out (上官婉清 spaced with U+3000, 张 伟), the spaces kept inside the name. */
const PERSON_NAME = new RegExp(
  String.raw`${LABEL_LEAD}${PERSON_NAME_ROLES}${PERSON_NAME_LABELS}(?<gap>[ \t\u3000]*:[ \t\u3000]*|[ \t\u3000]+)(?<v>(?!${FORM_FIELDS})(?:` +
    String.raw`[\u3400-\u9fff]{2,4}?(?:[·•・][\u3400-\u9fff]{1,6}){0,2}(?:${PERSON_NAME_END}|(?=${FORM_FIELDS}))|` +
    String.raw`[\u3400-\u9fff](?:[ \u3000]{1,2}(?!${FORM_FIELDS})[\u3400-\u9fff]){1,3}${PERSON_NAME_END}))`,
  'gmu',
)
/** What follows 姓名 that is no name: a blank (不详, 保密, 匿名, 待定), a signature's non-names (NOT_A_SIGNATURE). */
const NOT_A_PERSON_NAME = /^(?:保密|匿名|待定|不详|不詳|未知|略|空|某某|见|見)/u
/** The Traditional forms of the common and compound surnames (真實姓名：陳大文, 歐陽靜怡), which the engine lists simplified. */
const TRADITIONAL_SURNAMES = '張劉陳楊黃趙吳孫馬羅鄭謝許韓馮鄧蕭於蔣葉蘇呂盧鍾鐘譚陸賈韋鄒龍賀顧龔萬錢嚴湯溫齊喬龐顏莊聶魯歐關蘭寧紀畢單駱藍鮑華饒陽時農繆簡車項連蘆麥婁竇黨宮費衛應閔鄔邊師欒榮叢鞏遲鄺賴閻樂貝計談鈕荊儲藺晉蓋壽鳳聞'
const TRADITIONAL_COMPOUND_SURNAMES = '歐陽 司馬 諸葛 東方 公孫 尉遲 長孫 獨孤 南宮 西門 軒轅 萬俟 聞人 單于 澹臺 鍾離 濮陽 赫連 鮮于'
const SINGLE_SURNAMES: ReadonlySet<string> = new Set([...COMMON_SURNAMES, ...TRADITIONAL_SURNAMES])
const DOUBLE_SURNAMES: ReadonlySet<string> = new Set([...COMPOUND_SURNAMES.split(' '), ...TRADITIONAL_COMPOUND_SURNAMES.split(' ')])
/** Whether what follows 姓名 starts as a Chinese person's name: a common or a compound surname first, Traditional forms
 *  too; a transliterated name (艾力·吐尔逊) has no surname to check: its middle dot is the sign. Such a name seeds its
 *  given name alone (labelledName). */
function hasSurname(name: string): boolean {
  const han = name.replace(/[ \t\u3000]/gu, '')
  if (/[·•・]/u.test(han)) return true
  return (han.length >= 3 && DOUBLE_SURNAMES.has(han.slice(0, 2))) || SINGLE_SURNAMES.has(han[0]!)
}
/** Words that fill a name's field without being a name, besides the table's headings and the blanks (TABLE_HEADINGS,
 *  PLACEHOLDER), for a value without a known surname: a form's sample or test values and forms of address (recheck 50:
 *  测试 -> [PER1]报告), and the headings a table may have after 姓名 (职业, 科室, 总分, 班主任 …), as the whole value or its
 *  last or first word (所在部门, 指导老师, 家庭住址). */
const NOT_A_NAME_WORDS = ('测试 測試 示例 范例 範例 样例 樣例 例子 举例 舉例 本人 用户 用戶 客户 客戶 某人 无名 無名 男性 女性 先生 女士 小姐 同学 同學 ' +
  '老师 老師 学生 學生 家长 家長 孩子 儿童 兒童 如下 以下 见下 見下 同上 同左 空白 姓名 名字 全名 签名 簽名 签字 簽字 填写 填寫 必填 选填 選填 ' +
  '中文 英文 英语 英語 拼音 汉字 漢字 汉族 漢族 本科 硕士 碩士 博士 大专 大專 中国 中國 那些 那个 那個 那里 那裡 那边 那邊 ' +
  '职业 職業 科室 部门 部門 所属 所屬 所在 班主任 辅导员 輔導員 导师 導師 负责人 負責人 角色 分工 任务 任務 职责 職責 工种 工種 考号 考號 ' +
  '总分 總分 得分 名次 排名 签到 簽到 等级 等級 评价 評價 评语 評語 意见 意見 结果 結果 状态 狀態 原因 事由 去向 天数 天數 出勤 考勤 请假 請假 ' +
  '工资 工資 薪资 薪資 月薪 年薪 待遇 技能 特长 特長 爱好 愛好 兴趣 興趣 经历 經歷 奖惩 獎懲 获奖 獲獎 荣誉 榮譽 户籍 戶籍 户口 戶口 体重 體重 ' +
  '健康状况 視力 视力 婚否 家庭 成员 成員 地区 地區 省份 城市 区域 區域 组别 組別 小组 小組 团队 團隊 组长 組長 队长 隊長 单价 單價 小计 小計 合计 合計 ' +
  '总计 總計 合同 证书 證書 证号 證號 资格 資格 卡号 卡號 账号 賬號 户名 戶名 开户行 開戶行 学科 學科 科目 课程 課程 语文 語文 数学 數學 物理 化学 化學 ' +
  '内容 內容 标题 標題 题目 題目 主题 主題 地点 地點 联系 聯繫 电邮 電郵 状况 狀況 情况 情況 信息 资料 資料 其他 其它 附件 操作')
  .split(' ')
const NOT_A_NAME_WORD = new RegExp(
  `^(?:${NOT_A_NAME_WORDS.join('|')})|(?:${NOT_A_NAME_WORDS.join('|')})$|` +
    // An organisation's name, by its last word (名字：中国银行, 中文名：北京大学: recheck 50).
    '(?:银行|銀行|大学|大學|学院|學院|学校|學校|中学|中學|小学|小學|医院|醫院|公司|集团|集團|企业|企業|协会|協會|学会|學會|政府|法院|中心|研究所|事务所|事務所|' +
    '委员会|委員會|股份|科技|有限)$|^[\u3400-\u9fff]{2,}[局厅廳署处處部院所厂廠店社馆館站]$',
  'u',
)
/** What may follow a name without a known surname (逄军, 芈月, 阿依古丽) for it to fill its cell: the line's end, a tab,
 *  two spaces, a mark, or the next field's label. */
const FILLS_THE_CELL = new RegExp(String.raw`^(?:[ \u3000]*(?:\r?\n|$)|\t|[ \u3000]{2}|[ \u3000]?[\p{P}\p{S}]|[ \u3000]?(?:${FORM_FIELDS}|[\u3400-\u9fff]{1,6}[ \u3000]*:|[男女](?![\u3400-\u9fff])))`, 'u')
/** Whether what follows 姓名 may be a person's name. Recheck 50 found a table's next heading (姓名    职务    电话, 部门, 学号,
 *  备注 …), a blank's word (如下, 同上, 待填写, 示例) and a word of the form's own (测试, 学生, 家长, 先生) taken for a name and
 *  replaced wherever the text said it again (他担任[PER1]多年, [PER1]报告): none is. A name with a surname is; one without
 *  (a rare surname the list lacks, 芈月, 逄军, 那英, or none, 阿依古丽, 扎西顿珠: recheck 50b found all 30 rare-surname
 *  names left readable where the surname was required) only where it fills its cell and is no word of NOT_A_NAME_WORD. */
function looksLikePersonalName(name: string, after: string): boolean {
  const han = name.replace(/[ \t\u3000]/gu, '')
  if (PLACEHOLDER.test(han) || FIELD_LABEL.test(han)) return false
  return hasSurname(name) || (!NOT_A_NAME_WORD.test(han) && FILLS_THE_CELL.test(after))
}
const acceptPersonName: Accept = (m) => {
  const name = m.groups!.v!
  const after = m.input!.slice(m.index! + m[0].length, m.index! + m[0].length + 12)
  // 那 and 和 open a sentence going on after a signature's label (NOT_A_SIGNATURE), but a name filling its cell here (那英).
  const surnameWord = /^[那和][\u3400-\u9fff]{1,2}$/u.test(name) && FILLS_THE_CELL.test(after) && !NOT_A_NAME_WORD.test(name)
  if ((NOT_A_SIGNATURE.test(name) && !surnameWord) || NOT_A_PERSON_NAME.test(name) || !looksLikePersonalName(name, after)) return undefined
  // Spaces alone after the label (姓名  张三): a table's row, so the label opens its line or a cell (a tab, a bar).
  if (!m.groups!.gap!.includes(':') && !/(?:^|[\n\t|｜])[ \u3000]*$/u.test(m.input!.slice(Math.max(0, m.index! - 8), m.index))) return undefined
  return name
}
/** Names after 姓名：, 姓  名：, 名字：, 中文名： … as PER found by rule (HR QA: compound surnames the model missed whole,
 *  上官婉清, 东方雨桐, 令狐晓峰, or cut, 长[人名]晴, 呼[地名], stayed readable in blind-hiring CVs), on one line or a
 *  table's two (姓名⏎上官婉清). */
function personNames(text: string): PatternEntity[] {
  // A name without a known surname is hidden in its field, and spread whole, but seeds no given name alone: a word
  // taken for a name costs least so.
  const byLabel = (t: string) => matches(foldFullWidth(t), t, PERSON_NAME, 'PER', acceptPersonName).map((e): PatternEntity => (hasSurname(e.text) ? { ...e, labelledName: true } : e))
  const found = byLabel(text)
  const split = onLabelLines(text, byLabel)
  return split.length === 0 ? found : mergeByStart(found, split.filter((span) => !overlapsAny(found, span)))
}

/** A form's blanks: what a field holds where it holds no value (见附件, 请填写, 待填写, 暂无, 同上, 不详, 略 …), and 个体工商户, a
 *  company field's kind of business, not its name. No labelled name (a person's, a company's) is one: recheck 50 found
 *  公司简称：见附件, 公司全称：请填写, 企业名称：个体工商户 taken for companies. */
const PLACEHOLDER = /^(?:见|見|详见|詳見|参见|參見|请|請|待|(?:无|無|暂无|暫無|同上|同前|不详|不詳|略|空|空白|未知|未填|未填写|未填寫|保密|不适用|不適用|如下|以下|见下|見下|个体工商户|個體工商戶|个体户|個體戶)$)/u

/** The labels that may stand alone on a line with their value alone on the next, as a Word table's two cells copied
 *  out read (微信⏎hmm_nj0615, 出生年月⏎1994.06, 姓名⏎上官婉清, 股票代码⏎600519): those of the rules' own labelled values. */
const LINE_LABELS = String.raw`(?:${CHAT_LABELS}|${BIRTH_LABELS}|${AGE_LABELS}|${RECORD_LABELS}|${ID_CUES}|${PASSPORT_LABELS}|${TRAVEL_LABELS}|${GRANT_LABELS}|${CONTRACT_NUMBER_LABELS}|${CERTIFICATE_NUMBER_LABELS}|${INSURANCE_LABELS}|${CARD_LABELS}|邮编|郵編|邮政编码|郵政編碼|邮区|郵區|${PHONE_CUES}|${DATE_LABELS}|${PERSON_NAME_ROLES}${PERSON_NAME_LABELS}|${STOCK_CODE_LABELS}|${ORDER_LABELS}|${TAIL_LABELS}|床号|床號|床位号?|床位號?)`
/** A pasted table's heading that is one of those labels or an address's (group address: its values are read by all
 *  the rules, a house number's are no labelled value's; group name: a name's, which the rules of numbers do not read),
 *  a word before it or not (学号, 家长电话, 家庭住址). */
const LABEL_HEADING = new RegExp(String.raw`^[\u3400-\u9fff]{0,4}?(?:(?<name>${PERSON_NAME_ROLES}${PERSON_NAME_LABELS})|${LINE_LABELS}|(?<address>住址|地址|住所|户籍|戶籍|房号|房號|门牌号|門牌號))[ \t\u3000]*[:：]?$`)
/** The label the whole of its line (a colon after it or not), the value the whole of the next, forty characters at
 *  most. A WeChat label is told apart (group wechat): see labelLines. */
const LABEL_LINE_PAIR = new RegExp(
  String.raw`^[ \t\u3000]*(?:(?<wechat>${WECHAT_LABELS})|${LINE_LABELS})[ \t\u3000]*(?<colon>:)?[ \t\u3000]*(?<gap>\r?\n)[ \t\u3000]*(?<v>\S(?:[^\r\n]{0,38}\S)?)(?=[ \t\u3000]*\r?$)`,
  'gm',
)

interface LabelLines {
  /** `text` with each label's line break read as its colon (a colon, or a space after one), the length kept. */
  joined: string
  /** Where each value starts in `text`, and where it ends. */
  values: Map<number, number>
}
/** The label-and-value line pairs of `text` as one copy of it, or undefined where there is none. A WeChat ID on the
 *  line under 微信 holds a digit, _ or -: a word there is an empty cell's next heading (微信⏎Python⏎技能：…, 微信⏎Education:
 *  recheck 50 found it taken as the ID and replaced everywhere), while one-line IDs of letters alone still count. */
function labelLines(text: string): LabelLines | undefined {
  // findPatterns and personNames both ask for the same text's, one after the other.
  if (lastLabelLines?.text === text) return lastLabelLines.lines
  const lines = findLabelLines(text)
  lastLabelLines = { text, lines }
  return lines
}
let lastLabelLines: { text: string; lines: LabelLines | undefined } | undefined
function findLabelLines(text: string): LabelLines | undefined {
  const values = new Map<number, number>()
  const pieces: string[] = []
  let at = 0
  for (const m of foldFullWidth(text).matchAll(LABEL_LINE_PAIR)) {
    const { colon, gap, v, wechat } = m.groups as { colon?: string; gap: string; v: string; wechat?: string }
    if (wechat !== undefined && !/[\d_-]/.test(v)) continue
    const end = m.index + m[0].length
    const gapAt = m.index + m[0].indexOf(gap)
    pieces.push(text.slice(at, gapAt), colon === undefined ? ':' : ' ', ' '.repeat(gap.length - 1))
    at = gapAt + gap.length
    values.set(end - v.length, end)
  }
  if (values.size === 0) return undefined
  pieces.push(text.slice(at))
  return { joined: pieces.join(''), values }
}

/** A table's headings that may follow 姓名 in its header row (姓名    职务    电话) or an empty cell, besides the rules' own
 *  labels: those starting with a character that is a surname too (成绩, 金额, 时间, 单位, 项目, 简历 …) and those recheck 50
 *  met (职务, 部门, 职称, 学号, 备注, 年级, 工号). */
const TABLE_HEADINGS = '职务 職務 职称 職稱 部门 部門 单位 單位 备注 備註 备考 年级 年級 班级 班級 成绩 成績 分数 分數 金额 金額 时间 時間 日期 岗位 崗位 ' +
  '级别 級別 学院 學院 学校 學校 院系 国籍 國籍 宗教 血型 关系 關係 项目 項目 简历 簡歷 简介 簡介 序号 序號 编号 編號 说明 說明 类别 類別 ' +
  '名称 名稱 全称 全稱 简称 簡稱 签字 簽字 签名 簽名 文化程度 常住 应聘 應聘 车辆 車輛 房产 房產 计算机 計算機 明细 明細 ' +
  '学生 學生 家长 家長 先生 女士 小姐 示例 测试 測試 用户 用戶 经理 經理 主管 职工 職工 老师 老師 同学 同學'
/** A field's label at the start of what follows 姓名 (spaces left out): the form's fields, the rules' own labels, a
 *  table's headings. */
const FIELD_LABEL = new RegExp(
  `^(?:${FORM_FIELDS}|${LINE_LABELS}|${SIGNATURE_LABELS}|${FAMILY_LABELS}|${SHORT_NAME_LABELS}|${FULL_NAME_LABELS}|${TABLE_HEADINGS.split(' ').join('|')})`,
)

/** What `find` finds in the text with each label's and value's two lines read as one field (labelLines) that is the
 *  whole of such a value: nothing of the next line is taken by a label that is not the whole of its own. One pass of
 *  `find` over one copy of the text, not one per pair (recheck 50: a pass per pair made short-line text 10 to 50
 *  times slower to read). */
function onLabelLines(text: string, find: (joined: string) => readonly PatternEntity[]): PatternEntity[] {
  const lines = labelLines(text)
  if (lines === undefined) return []
  return find(lines.joined)
    .filter((e) => lines.values.get(e.start) === e.end)
    .map((e) => ({ ...e, text: text.slice(e.start, e.end) }))
}

/** Words ending in 道 that are no road's name (知道, 报道, 渠道 …). */
const NOT_A_ROAD = /(?:知道|报道|報道|渠道|频道|頻道|轨道|軌道|赛道|賽道|跑道|味道|通道|隧道|管道|航道|赤道|难道|難道|说道|說道|问道|問道|笑道|写道|寫道|地道|霸道|人道|王道|正道|公道|街道|一道|两道|兩道|几道|幾道)$/
/** 道 before a house number (高新南七道18号; not 3号线 …). */
const ROAD_BEFORE_NUMBER = /道(?=[ \t]*\d+[A-Za-z]?[号號](?![线線文令字机機台位码碼种種选選]))/g
/** Where a road's name may start: after a district's, a city's or a town's last character. */
const DISTRICT_END = /[省市区區县縣镇鎮乡鄉旗]/
/** Roads named …道 (高新南七道, 深南大道) that the model missed (HR QA: 深圳市南山区高新南七道18号 kept the road), as LOC found by
 *  rule: 道 is too common a character to end a name alone, so only where a house number follows it and a place the
 *  model found or a district's name (…区, …市) ends right before it, two to ten Han characters and no entity between. */
function roadNames(text: string, entities: readonly Entity[], placeEnds: ReadonlySet<number>): PatternEntity[] {
  const folded = foldFullWidth(text)
  const ends = new Set(entities.map((e) => e.end))
  const found: PatternEntity[] = []
  for (const m of folded.matchAll(ROAD_BEFORE_NUMBER)) {
    const end = m.index + 1
    let start = m.index
    while (start > 0 && end - start < 11 && /[\u3400-\u9fff]/u.test(folded[start - 1]!) && !ends.has(start) && !DISTRICT_END.test(folded[start - 1]!)) start--
    if (end - start < 3 || !(placeEnds.has(start) || (start > 0 && DISTRICT_END.test(folded[start - 1]!)))) continue
    if (NOT_A_ROAD.test(folded.slice(start, end)) || entities.some((e) => e.start < end && start < e.end)) continue
    found.push({ start, end, type: 'LOC', text: text.slice(start, end), score: 1, fromPattern: true })
  }
  return found
}

/** A document number (DOCUMENT_NUMBER) with its prefix: `start` where the prefix starts, `run` where the Han characters
 *  before the year (twelve at most) start, `year` where the year's bracket is. */
interface DocumentNumber extends Span {
  run: number
  year: number
}
/** The document numbers of `text`, each prefix the Han characters right before its year, twelve at most, but none before
 *  a word that leads to it (收到, 根据 …), a person's name the model found, or the end of an agency's full name inside a
 *  name the model found (北京市市场监督管理局 of 北京市市场监督管理局京市监发), as long as two characters are left. Not where a
 *  place ends without such an end: 京朝市 of 京朝市监罚 is the prefix's. */
function documentNumbers(text: string, entities: readonly Entity[], police: readonly Span[] = []): DocumentNumber[] {
  const folded = foldFullWidth(text)
  const found: DocumentNumber[] = []
  for (const m of folded.matchAll(DOCUMENT_NUMBER)) {
    const year = m.index
    if (overlapsAny(police, { start: year, end: year + m[0].length })) continue
    // Not into the number before (国发〔2024〕5号京政发〔2026〕1号: 号 is a Han character too).
    const after = found.length === 0 ? 0 : found[found.length - 1]!.end
    let run = year
    while (run > after && year - run < DOCUMENT_PREFIX_MAX && /[\u3400-\u9fff]/u.test(folded[run - 1]!)) run--
    let start = run
    for (const lead of folded.slice(run, year - 2).matchAll(DOCUMENT_LEAD)) start = Math.max(start, run + lead.index + lead[0].length)
    found.push({ run, start, year, end: year + m[0].length })
  }
  // The model's names over a prefix's run: the regions [run, year) lie apart and in order, so each name finds its own by
  // binary search, not a scan per number (a compilation of regulations cites hundreds).
  for (const e of entities) {
    let low = 0
    let high = found.length
    while (low < high) {
      const middle = (low + high) >>> 1
      if (found[middle]!.year <= e.start) low = middle + 1
      else high = middle
    }
    for (let i = low; i < found.length && found[i]!.run < e.end; i++) {
      const d = found[i]!
      // A person's name is never dropped for a number (recheck: 致王建国函〔2026〕3号, 请联系刘洋〔2026〕5号文件 and 收件人李娜
      // （2026）12号 left the name readable): the prefix starts after it, however little of it that leaves, none included
      // (then there is no document number). Only a name longer than a name is (four characters, five with a compound
      // surname) run on into a prefix that a province's character opens is cut there: 李强京市监 of 局长李强京市监发.
      if (e.type === 'PER' && !prefixAsPerson(text, e, d.year)) {
        d.start = Math.max(d.start, Math.min(personEnd(text, e, d.year), d.year))
        continue
      }
      // So is a whole place's name (朝阳区 of 朝阳区住户王芳〔2026〕3号), not an abbreviation's place (京朝市).
      if (PLACE_TYPES.has(e.type) && e.end <= d.year && WHOLE_PLACE.test(e.text)) {
        d.start = Math.max(d.start, e.end)
        continue
      }
      // The cuts of other names leave the prefix two characters at least, and end where an agency's full name ends.
      const latest = d.year - 2
      for (let cut = Math.min(e.end, latest); cut > Math.max(e.start, d.run, d.start); cut--) {
        const name = text.slice(e.start, cut)
        if (AGENCY_END.test(name) && !AGENCY_SHORT.test(name)) {
          d.start = cut
          break
        }
      }
    }
  }
  // A prefix of no character is none: the bracket is not a document number's (请联系刘洋〔2026〕5号文件).
  return found.filter((d) => d.start < d.year)
}

/** The characters of a prefix's kind of document (政 of 鄂政发, 府 of 琼府, 发, 函, 办, 规), which names seldom hold. */
const PREFIX_KIND = /[政府发發函办辦规規]/u
/** Places' one-character names that open prefixes: the provinces' (PREFIX_OPENERS) and big cities' (郑政文, 榕政综, 穗府,
 *  杭政办, 甬政发, 厦府 …). Many are surnames too (苏 鲁 郑 晋 吉 宁 云 甘 桂). */
const PLACE_ONE_CHARACTER = `${PREFIX_OPENERS}郑鄭榕穗深杭甬厦廈蓉邕昆筑哈济濟汉漢沈连連锡錫温溫泉珠莞佛汕`
/** A whole prefix of a place's government or its general office: the place's character, 政/府/办, and the kind's characters
 *  (郑政文, 苏政发, 京政办发, 川府规, 鲁政字). A name has no 政/府/办 right after a surname that is also a place's character and
 *  nothing but such characters after it up to the year; a name and a letter to them (张伟函, 致王建国函) have not this shape. */
const PLACE_PREFIX = new RegExp(String.raw`^[${PLACE_ONE_CHARACTER}][政府办辦][政府发發函办辦规規字文综綜秘电電令]{0,2}$`, 'u')
/** Whether a person's name the model found over a prefix is the prefix. Either it holds a kind's character and a surname does
 *  not open it or an agency's full name comes right before it (the news model read 鄂政发, 琼府, 郑政 of 湖北省人民政府鄂政发
 *  〔2026〕2号 …, 海南省人民政府琼府, 郑州市人民政府郑政 as names); or it ends at the year or one character before, and it and
 *  that character are a place's prefix (PLACE_PREFIX), whatever its surname: both models read 郑政文 of 联系人郑政，郑政文〔2026〕
 *  12号 as a name, the fine-grained one 苏政 of 苏政发〔2026〕3号 (recheck). 张伟函 (张伟函〔2026〕1号) and 王政 stay names. */
function prefixAsPerson(text: string, e: Entity, year: number): boolean {
  if (e.end >= year - 1 && e.end <= year && PLACE_PREFIX.test(text.slice(e.start, year))) return true
  return PREFIX_KIND.test(e.text) && (!hasSurname(e.text) || AGENCY_END.test(text.slice(Math.max(0, e.start - 2), e.start)))
}

/** A prefix that a province's character opens, with a kind's character: the rest of 王芳京政发 once 王芳 is cut off. Not
 *  国, that ends many given names (王建国 of 致王建国函〔2026〕3号). */
const OPENED_PREFIX = new RegExp(String.raw`^[${PREFIX_OPENERS.replace(/[国國]/gu, '')}][\u3400-\u9fff]{0,4}$`, 'u')
const PREFIX_KIND_OR_WORD = /[政府发發函办辦规規字]/u

/** Where a person's name the model found ends for a document number whose year is at `year`: its end, or where a province's
 *  character opens the prefix inside it. A name longer than a name (李强京市监 of 李强京市监发〔2026〕45号) is cut at the
 *  first such character after two characters of its own (three with a compound surname); a name one character longer than
 *  that (王芳京 of 王芳京政发〔2026〕8号, 刘洋川 of 刘洋川府发, 司马南沪 of 司马南沪府规: both models, recheck) only where that
 *  character and the rest up to the year are a prefix's shape, a kind's character among them: a three-character name right
 *  before a number (王芳京〔2026〕3号) keeps its three. */
function personEnd(text: string, e: Entity, year: number): number {
  const own = DOUBLE_SURNAMES.has(text.slice(e.start, e.start + 2)) ? 3 : 2
  if (e.end - e.start === own + 1) {
    const rest = text.slice(e.start + own, year)
    return OPENED_PREFIX.test(rest) && PREFIX_KIND_OR_WORD.test(rest.slice(1)) ? e.start + own : e.end
  }
  if (e.end - e.start <= own) return e.end
  for (let at = e.start + own; at < Math.min(e.end, year); at++) if (PREFIX_OPENERS.includes(text[at]!)) return at
  return e.end
}

/** `entities` without what overlaps a document number (the number stays readable): a name the model read as running on into
 *  one keeps its part before it (北京市市场监督管理局 of 北京市市场监督管理局京市监发〔2026〕45号), any other goes (京朝市 of
 *  京朝市监罚〔2026〕120号). A name before it that ends where its prefix starts is not touched (当事人张伟收到京朝市监罚…). */
function outsideDocumentNumbers(text: string, entities: readonly Entity[]): readonly Entity[] {
  // Most texts hold none: no scan of the entities then.
  // Full-width digits too (国办发〔２０２６〕１２号: recheck found the model's 国办 kept there).
  if (!/[〔[［(（][0-9０-９]{4}[〕\]］)）]/u.test(text)) return entities
  // A police case's number is masked whole (POLICE_CASE_NUMBER), its prefix too: a name the model read over it is cut
  // the same way, and its year is no document number's.
  const police = caseNumbers(foldFullWidth(text))
  const outside = police.length === 0 ? entities : cutBefore(text, entities, police)
  const documents = documentNumbers(text, outside, police)
  return documents.length === 0 ? outside : cutBefore(text, outside, documents)
}

/** `entities` without what overlaps `spans` (apart and in order): a name that starts before one keeps its part before it,
 *  any other goes. */
function cutBefore(text: string, entities: readonly Entity[], spans: readonly Span[]): readonly Entity[] {
  return entities.flatMap((e): Entity[] => {
    // The first it overlaps, if any (spans lie apart and in order): a name cut before it lies before any other.
    const over = spans[firstEndingAfter(spans, e.start)]
    if (over === undefined || over.start >= e.end) return [e]
    // A one-character piece of anything but a name is no name (局 of 局长 run on into 局长京市监发…).
    return over.start - e.start > 1 || (e.type === 'PER' && e.start < over.start) ? [{ ...e, end: over.start, text: text.slice(e.start, over.start) }] : []
  })
}

/** The model's types that name an organisation (the fine-grained model's companies and government bodies). */
const ORG_TYPES: ReadonlySet<string> = new Set(['ORG', 'COMPANY', 'GOV'])
/** The model's types that name a place (the fine-grained model's addresses are LOC). */
const PLACE_TYPES: ReadonlySet<string> = new Set(['LOC', 'GPE', 'ADDRESS'])

/** `given` (the model's entities) with the pattern matches of `text` laid over them, and none of them over a government
 *  document's number (outsideDocumentNumbers): a match replaces what it overlaps, except that a
 *  house number only cuts itself out of a place it overlaps: 漕溪北路398号3号楼1205室, found as the place 漕溪北路398号,
 *  keeps 漕溪北路 a place, and a whole address the model scored under the threshold (PII QA: 控江路１０２８弄２２号６０１室)
 *  still loses its numbers. */
export function withPatterns(text: string, given: readonly Entity[]): readonly Entity[] {
  // A document number names no one: nothing the model read over one is kept there (DOCUMENT_NUMBER).
  const entities = outsideDocumentNumbers(text, given)
  const modelPlaceEnds = new Set(entities.filter((e) => PLACE_TYPES.has(e.type)).map((e) => e.end))
  // A road found by rule is a place a house number follows (高新南七道18号).
  const roads = roadNames(text, entities, modelPlaceEnds)
  const placeEnds = roads.length === 0 ? modelPlaceEnds : new Set([...modelPlaceEnds, ...roads.map((r) => r.end)])
  const buildingEnds = new Set(entities.filter((e) => (PLACE_TYPES.has(e.type) || e.type === 'ORG' || e.type === 'FAC') && BUILDING_END.test(e.text)).map((e) => e.end))
  const numbers = findPatterns(text, placeEnds, buildingEnds)
  // A signature's name only where no name (the model's or the dictionary's) overlaps it but one wholly inside it
  // (孙雨晴 of 审核医师：长孙雨晴, a compound surname cut), nor a number: the model's span is kept where it read one
  // as long or longer. Not in findPatterns, whose count is of what the rules alone replace (numbers left readable
  // with the rules off): a name the model found there is not left readable.
  const people = entities.filter((e) => e.type === 'PER')
  const keptBeside = (own: readonly Entity[]) => (p: PatternEntity) =>
    !own.some((e) => e.start < p.end && p.start < e.end && (e.start < p.start || e.end > p.end || e.end - e.start === p.end - p.start)) &&
    !overlapsAny(numbers, p) // numbers lie apart and in order: a search, not a scan per name
  // A name after 姓名： likewise (长孙晴 of 姓名：长孙晴, where the model found 孙 alone, or 延庆 of 呼延庆 as a place).
  // Nor over the model's organisation (名字：中国银行, 中文名：北京大学 stay the model's: recheck 50).
  const firms = entities.filter((e) => ORG_TYPES.has(e.type))
  const labelled = personNames(text).filter((p) => !firms.some((e) => e.start < p.end && p.start < e.end))
  const signed = mergeByStart(mergeByStart(signatureNames(text), labelled), nicknames(text, people)).filter(keptBeside(people))
  // A company's name after 证券简称： likewise, beside any of the model's names (its 公司 or 机构 for 五粮液 kept; a
  // place inside it, 宁德 of 宁德时代, replaced by it).
  const companies = companyNames(text).filter(keptBeside(entities))
  const named = [...signed, ...companies, ...roads.filter((r) => !overlapsAny(numbers, r))]
  const found = named.length === 0 ? numbers : [...numbers, ...named].sort((a, b) => a.start - b.start)
  if (found.length === 0) return entities
  const rest = entities.flatMap((e): Entity[] => {
    const over = found.filter((p) => e.start < p.end && p.start < e.end)
    if (over.length === 0) return [e]
    if (over.some((p) => p.type !== 'ADDRESS_NUMBER')) return []
    const pieces: Entity[] = []
    let start = e.start
    for (const p of over) {
      if (p.start > start) pieces.push({ ...e, start, end: p.start, text: text.slice(start, p.start) })
      start = Math.max(start, p.end)
    }
    if (start < e.end) pieces.push({ ...e, start, end: e.end, text: text.slice(start, e.end) })
    return pieces
  })
  return [...rest, ...found].sort((a, b) => a.start - b.start)
}
