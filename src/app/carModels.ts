// Car makes and models the models read as names (police QA, accident reports): both models took a car for a person, a
// place or a company, and left pieces of its name readable: 大众帕萨特 -> [机构1][人名2] (帕萨特 a person at 0.64),
// 特斯拉Model 3 -> [机构4] 3, 奔驰E300 -> [机构5]E300; the fine-grained model read 特斯拉Model Y as a person and
// 特斯拉Model 3 as a place. A car is a product, no one's name: this is laid over the model's entities of every text,
// whatever the other settings, before the user's dictionary (which can still mark one).
//
// A make with its model (大众帕萨特, 比亚迪汉EV, 特斯拉Model 3, 宝马X5) is one unit and nothing the model found inside it
// is kept: the make is a company, but here it only says what vehicle it was. Masking it hid the facts of an accident
// (which car hit which) and protected no one: a make is shared by millions of cars, and what identifies this one, its
// plate, is the rules' (PLATE). Keeping the make alone as an organisation would have numbered it among the parties
// ([机构1] for 大众 beside the owner's company) and left the model readable beside it, a half that gives the make away
// anyway. A make alone (特斯拉公司, 比亚迪股份有限公司, 大众汽车集团) is a company and is left as the model found it.
import type { Entity } from '../engine'
import { foldFullWidth } from './mentions'
import { memoizedOverlay, type Overlay } from './overlays'

/** Makes sold in China, with the joint ventures' names that precede a model as often (一汽大众迈腾, 东风日产轩逸). Several
 *  are words too (大众, 现代, 理想, 长安, 红旗): they count only right before a model's name. */
const MAKES = [
  '一汽-大众', '一汽大众', '上汽大众', '大众', '比亚迪', '特斯拉', '梅赛德斯-奔驰', '北京奔驰', '奔驰', '华晨宝马', '宝马', '一汽奥迪',
  '奥迪', '广汽丰田', '一汽丰田', '丰田', '广汽本田', '东风本田', '本田', '东风日产', '日产', '上汽通用别克', '别克', '雪佛兰', '长安福特',
  '福特', '北京现代', '现代', '起亚', '马自达', '斯柯达', '东风标致', '标致', '雪铁龙', '吉利', '长安', '哈弗', '奇瑞', '五菱', '宝骏',
  '荣威', '名爵', '广汽传祺', '传祺', '红旗', '蔚来', '理想', '小鹏', '问界', '极氪', '领克', '沃尔沃', '凯迪拉克', '雷克萨斯', '英菲尼迪',
  '保时捷', '路虎', '捷豹', '三菱', '斯巴鲁', '铃木', '林肯', '小米', '零跑', '埃安', '岚图', '深蓝',
]

/** Models sold in China, named in Chinese, that no one bears as a name nor a place: coined words and transliterations. */
const MODELS = [
  '帕萨特', '迈腾', '速腾', '朗逸', '宝来', '途观', '途昂', '探岳', '探歌', '凌渡', '捷达', '凯美瑞', '汉兰达', '雷凌', '普拉多',
  '亚洲龙', '威兰达', '锋兰达', '雅阁', '思域', '飞度', '缤智', '冠道', '凌派', '思铂睿', '轩逸', '奇骏', '逍客', '骐达', '楼兰',
  '君威', '君越', '英朗', '昂科威', '昂科拉', '威朗', '科鲁兹', '迈锐宝', '科沃兹', '蒙迪欧', '翼虎', '锐界', '索纳塔', '伊兰特',
  '途胜', '名图', '朗动', '悦动', '索兰托', '智跑', '帝豪', '博越', '星越', '星瑞', '缤越', '逸动', '宏光', '昂克赛拉', '阿特兹',
  '明锐', '柯迪亚克', '卡宴', '帕拉梅拉', '揽胜', '普锐斯',
]
/** Models whose names are also words or foreign people's names (卡罗拉 Carola, 桑塔纳 Santana, 福克斯 Fox; 天籁, 皇冠,
 *  高尔夫, 海豚, 海豹 are words): a car only after its make or right beside a car's word (白色卡罗拉, 天籁轿车). */
const AMBIGUOUS_MODELS = ['卡罗拉', '桑塔纳', '福克斯', '天籁', '皇冠', '高尔夫', '海豚', '海豹', '海鸥', '秦', '汉', '宋', '唐', '元']
/** 比亚迪's one-character models (汉 秦 宋 唐 元) are surnames, dynasties and places' characters (秦朗, 宋庄, 唐山, 汉口): a
 *  model only right after 比亚迪, never after another make and never alone. */
const ONE_CHARACTER_MODELS = new Set(['汉', '秦', '宋', '唐', '元'])

/** A model's name in Latin letters and digits as makes write them: X5, E300, A6L, Q5, ES6, CS75, SU7, ix35, 3系, Model 3.
 *  Not a quarter or a half year (特斯拉Q3财报, 比亚迪H1营收), which a company's name precedes as often: 奥迪's Q2 to Q4 are
 *  its own (AUDI_Q). */
const LATIN_MODEL = String.raw`Model[ \u3000]?[3SXY](?![A-Za-z0-9])|(?!(?:Q[1-4]|H[12])(?![A-Za-z0-9]))[A-Za-z]{1,3}-?\d{1,3}[A-Za-z]{0,3}(?![A-Za-z0-9])|\d系`
const AUDI_Q = String.raw`奥迪[ \u3000]?Q[2-4]L?(?![A-Za-z0-9])`
/** What may follow a model's name and is still its name: the drive (EV, DM-i), the trim (PLUS, Pro, Max), a long body (L). */
const MODEL_SUFFIX = String.raw`(?:[ \u3000]?(?:EV|DM-?[iIpP]?|PLUS|Plus|Pro|PRO|MAX|Max|GT|L)(?![A-Za-z]))*`

const byLength = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).join('|')
/** A make and its model, one unit (一汽大众迈腾, 比亚迪汉EV, 特斯拉Model 3, 奔驰E300); the one-character models after 比亚迪 only. */
const MAKE_AND_MODEL = new RegExp(
  `(?:${byLength(MAKES)})[ \\u3000]?(?:${byLength([...MODELS, ...AMBIGUOUS_MODELS.filter((m) => !ONE_CHARACTER_MODELS.has(m))])}|${LATIN_MODEL})${MODEL_SUFFIX}|` +
    `${AUDI_Q}${MODEL_SUFFIX}|` +
    // (not 汉族, 宋朝, 唐代, 汉字 …: the make's people or a history, not a car)
    `比亚迪[ \\u3000]?[${[...ONE_CHARACTER_MODELS].join('')}](?![族朝代字语服])${MODEL_SUFFIX}`,
  'gu',
)
const MAKE_FIRST = new RegExp(`^(?:${byLength(MAKES)})[ \\u3000]?`, 'u')
const MODEL_ALONE = new RegExp(`(?:${byLength(MODELS)})${MODEL_SUFFIX}`, 'gu')
const AMBIGUOUS_ALONE = new RegExp(`(?:${byLength(AMBIGUOUS_MODELS.filter((m) => !ONE_CHARACTER_MODELS.has(m)))})${MODEL_SUFFIX}`, 'gu')

/** Words that say a vehicle is spoken of, looked for in the sentence of a model found alone (肇事车辆为白色卡罗拉, 他的帕萨特
 *  已经开了十年). */
const CAR_WORDS = /[车辆]|驾驶|驾|SUV|4S|开着|开了|油耗|排量|上牌|牌照/u
/** Right beside an ambiguous model's name: a colour or a measure word before it (白色卡罗拉, 一辆天籁), a car's word after it. */
const CAR_BEFORE = /(?:[色辆款台部]|二手|新车|旧车|车型)$/u
const CAR_AFTER = /^(?:轿车|汽车|[车牌]|SUV|越野)/u
const SENTENCE_END = /[。！？!?；;\n]/u

interface CarSpan {
  start: number
  end: number
  /** A model found without its make: only a name the model found wholly inside it is no name (孙思域 of 证人孙思域称看见一辆
   *  红色轿车 stays a person, 思域 or not). */
  alone: boolean
  /** Where the model's name starts, after its make. */
  model: number
}

/** The sentence around [start, end): from the last sentence end before it to the first after it. */
function sentenceOf(text: string, start: number, end: number): string {
  let from = start
  while (from > 0 && !SENTENCE_END.test(text[from - 1]!)) from--
  let to = end
  while (to < text.length && !SENTENCE_END.test(text[to]!)) to++
  return text.slice(from, start) + '\u0000' + text.slice(end, to)
}

/** The cars of `text`: makes with their models, and models alone where the text speaks of a vehicle (a model this text
 *  names with its make counts as a car wherever it stands alone too). In order, apart. */
export function carSpans(text: string): CarSpan[] {
  const folded = foldFullWidth(text)
  const spans: CarSpan[] = []
  const withMake = new Set<string>()
  for (const m of folded.matchAll(MAKE_AND_MODEL)) {
    const model = m[0].replace(MAKE_FIRST, '')
    spans.push({ start: m.index, end: m.index + m[0].length, alone: false, model: m.index + m[0].length - model.length })
    withMake.add(model)
  }
  const covered = (s: number, e: number) => spans.some((c) => c.start < e && s < c.end)
  for (const [pattern, beside] of [[MODEL_ALONE, false], [AMBIGUOUS_ALONE, true]] as const) {
    for (const m of folded.matchAll(pattern)) {
      const start = m.index
      const end = start + m[0].length
      if (covered(start, end)) continue
      // Not inside a longer Latin word or a foreign name (卡罗拉·施密特).
      if (/[A-Za-z0-9·・]/u.test(folded[start - 1] ?? '') || /^[·・]/u.test(folded.slice(end))) continue
      const car = withMake.has(m[0]) ||
        (beside ? CAR_BEFORE.test(folded.slice(Math.max(0, start - 2), start)) || CAR_AFTER.test(folded.slice(end)) : CAR_WORDS.test(sentenceOf(folded, start, end)))
      if (car) spans.push({ start, end, alone: true, model: start })
    }
  }
  return spans.sort((a, b) => a.start - b.start)
}

/** Prepositions between a car and the place the fine-grained model ran it into (比亚迪秦PLUS沿解放路, 特斯拉Model Y在路口). */
const PLACE_LEAD = /^[沿在于往向从经至到]/u

/**
 * `entities` without what the model found over a car of `text` (carSpans): a name inside one goes; a person who starts at
 * 比亚迪's one-character model and runs on past it is kept from there (比亚迪秦朗: 秦朗 may be the salesman; a name is never
 * dropped on a doubt);
 * a name that runs on into a car from before keeps its part before it (two characters at least); one that runs on from a
 * car past it keeps the place after it where a preposition leads to one of three characters or more (解放路 of the
 * fine-grained model's 比亚迪秦PLUS沿解放路) and goes otherwise (大众帕萨特轿车驶入辅路, 特斯拉Model Y在路口).
 */
export function withoutCarModels(text: string, entities: readonly Entity[]): readonly Entity[] {
  const cars = carSpans(text)
  if (cars.length === 0) return entities
  let changed = false
  const kept = entities.flatMap((e): Entity[] => {
    const car = cars.find((c) => c.start < e.end && e.start < c.end)
    if (car === undefined || (car.alone && (e.start < car.start || e.end > car.end))) return [e]
    // 比亚迪's one-character model is a surname too: a person the model read on from it (秦朗 of 比亚迪秦朗经理, where the news
    // model found 比亚迪秦朗) keeps that much.
    if (e.type === 'PER' && car.end - car.model === 1 && e.end > car.end) {
      changed = true
      return [{ ...e, start: car.model, text: text.slice(car.model, e.end) }]
    }
    changed = true
    if (e.start < car.start) return car.start - e.start >= 2 ? [{ ...e, end: car.start, text: text.slice(e.start, car.start) }] : []
    if (e.end > car.end) {
      const rest = text.slice(car.end, e.end)
      const lead = PLACE_LEAD.exec(rest)
      const start = car.end + (lead ? lead[0].length : 0)
      if (lead && e.type !== 'PER' && e.end - start >= 3 && !cars.some((c) => c.start < e.end && start < c.end)) return [{ ...e, start, text: text.slice(start, e.end) }]
    }
    return []
  })
  return changed ? kept : entities
}

/** withoutCarModels as an overlay, always on (no setting), each result scanned once: the first of the chain, so that the
 *  user's dictionary can still mark a car's name. */
export function carModelOverlay(): Overlay {
  return memoizedOverlay(() => true, withoutCarModels)
}
