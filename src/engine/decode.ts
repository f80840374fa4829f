// Emissions to tags (contract steps 7-8): CRF Viterbi with forward-backward marginals, or argmax with
// softmax, then strict BIOES spans scored by the mean marginal of their decoded tags.
import type { ArgmaxDecoding, CrfDecoding } from './manifest'
import { codePointClass, isPictographic, PICTOGRAPHIC, unitClass } from './normalize'

export { PICTOGRAPHIC }

export interface TagPath {
  tags: Int32Array
  /** Marginal probability of the decoded tag at each position. */
  confidence: Float64Array
  /** Marginal probability of every label at each position, row-major [n, labels] (extendDottedNames reads it). */
  marginals?: Float64Array
}

/** `emissions` is row-major [n, labelCount]. */
export function decodeTags(emissions: Float32Array, n: number, labelCount: number,
  decoding: CrfDecoding | ArgmaxDecoding): TagPath {
  return decoding.type === 'crf'
    ? crfDecode(emissions, n, labelCount, decoding)
    : argmaxDecode(emissions, n, labelCount)
}

function logSumExp(values: Float64Array): number {
  let max = -Infinity
  for (const v of values) if (v > max) max = v
  if (max === -Infinity) return -Infinity
  let sum = 0
  for (const v of values) sum += Math.exp(v - max)
  return max + Math.log(sum)
}

/** Transition tables flattened and exponentiated once per model, not once per window. */
interface CrfTables {
  L: number
  trans: Float64Array // [from * L + to]
  expTrans: Float64Array // exp(trans - max): scaled probabilities, the constant cancels out
  start: Float64Array
  end: Float64Array
}

const crfTables = new WeakMap<CrfDecoding, CrfTables>()

function tablesFor(crf: CrfDecoding, L: number): CrfTables {
  let tables = crfTables.get(crf)
  if (!tables) {
    const trans = Float64Array.from(crf.transitions.flat())
    let max = -Infinity
    for (const v of trans) if (v > max) max = v
    tables = {
      L,
      trans,
      expTrans: trans.map((v) => Math.exp(v - max)),
      start: Float64Array.from(crf.start_transitions),
      end: Float64Array.from(crf.end_transitions),
    }
    crfTables.set(crf, tables)
  }
  return tables
}

function crfDecode(emissions: Float32Array, n: number, L: number, crf: CrfDecoding): TagPath {
  const tags = new Int32Array(n)
  if (n === 0) return { tags, confidence: new Float64Array(0) }
  const t = tablesFor(crf, L)
  viterbi(emissions, n, t, tags)
  const marginals = scaledMarginals(emissions, n, t) ?? logMarginals(emissions, n, t)
  const confidence = new Float64Array(n)
  for (let i = 0; i < n; i++) confidence[i] = marginals[i * L + tags[i]!]!
  return { tags, confidence, marginals }
}

function viterbi(emissions: Float32Array, n: number, t: CrfTables, tags: Int32Array): void {
  const { L, trans } = t
  let score = new Float64Array(L)
  let next = new Float64Array(L)
  for (let j = 0; j < L; j++) score[j] = t.start[j]! + emissions[j]!
  const backPointers = new Int32Array(n * L)
  for (let i = 1; i < n; i++) {
    for (let j = 0; j < L; j++) {
      let best = -Infinity
      let bestFrom = 0
      for (let f = 0; f < L; f++) {
        const s = score[f]! + trans[f * L + j]!
        if (s > best) { best = s; bestFrom = f }
      }
      next[j] = best + emissions[i * L + j]!
      backPointers[i * L + j] = bestFrom
    }
    ;[score, next] = [next, score]
  }
  let last = 0
  let bestFinal = -Infinity
  for (let j = 0; j < L; j++) {
    const s = score[j]! + t.end[j]!
    if (s > bestFinal) { bestFinal = s; last = j }
  }
  tags[n - 1] = last
  for (let i = n - 1; i > 0; i--) tags[i - 1] = backPointers[i * L + tags[i]!]!
}

/**
 * Forward-backward in probability space, rescaled at every position: multiplications instead of
 * log-sum-exp, several times faster. Returns null if anything underflows, and the caller falls back
 * to the log-space version.
 */
function scaledMarginals(emissions: Float32Array, n: number, t: CrfTables): Float64Array | null {
  const { L, expTrans } = t
  const emit = new Float64Array(n * L) // exp(emission - row max)
  for (let i = 0; i < n; i++) {
    let max = -Infinity
    for (let j = 0; j < L; j++) max = Math.max(max, emissions[i * L + j]!)
    for (let j = 0; j < L; j++) emit[i * L + j] = Math.exp(emissions[i * L + j]! - max)
  }
  const edge = (values: Float64Array) => {
    let max = -Infinity
    for (const v of values) max = Math.max(max, v)
    return values.map((v) => Math.exp(v - max))
  }
  const start = edge(t.start)
  const end = edge(t.end)
  const alpha = new Float64Array(n * L)
  const beta = new Float64Array(n * L)
  const normalize = (row: Float64Array, offset: number): boolean => {
    let sum = 0
    for (let j = 0; j < L; j++) sum += row[offset + j]!
    if (!(sum > 0) || !Number.isFinite(sum)) return false
    for (let j = 0; j < L; j++) row[offset + j]! /= sum
    return true
  }
  for (let j = 0; j < L; j++) alpha[j] = start[j]! * emit[j]!
  if (!normalize(alpha, 0)) return null
  for (let i = 1; i < n; i++) {
    for (let j = 0; j < L; j++) {
      let sum = 0
      for (let f = 0; f < L; f++) sum += alpha[(i - 1) * L + f]! * expTrans[f * L + j]!
      alpha[i * L + j] = sum * emit[i * L + j]!
    }
    if (!normalize(alpha, i * L)) return null
  }
  for (let j = 0; j < L; j++) beta[(n - 1) * L + j] = end[j]!
  if (!normalize(beta, (n - 1) * L)) return null
  for (let i = n - 2; i >= 0; i--) {
    for (let f = 0; f < L; f++) {
      let sum = 0
      for (let j = 0; j < L; j++) sum += expTrans[f * L + j]! * emit[(i + 1) * L + j]! * beta[(i + 1) * L + j]!
      beta[i * L + f] = sum
    }
    if (!normalize(beta, i * L)) return null
  }
  const marginals = new Float64Array(n * L)
  for (let i = 0; i < n; i++) {
    let z = 0
    for (let j = 0; j < L; j++) z += alpha[i * L + j]! * beta[i * L + j]!
    if (!(z > 0)) return null
    for (let j = 0; j < L; j++) marginals[i * L + j] = (alpha[i * L + j]! * beta[i * L + j]!) / z
  }
  return marginals
}

/** Forward-backward in log space: slower, but immune to underflow. */
function logMarginals(emissions: Float32Array, n: number, t: CrfTables): Float64Array {
  const { L, trans } = t
  const alpha = new Float64Array(n * L)
  const beta = new Float64Array(n * L)
  const terms = new Float64Array(L)
  for (let j = 0; j < L; j++) alpha[j] = t.start[j]! + emissions[j]!
  for (let i = 1; i < n; i++) {
    for (let j = 0; j < L; j++) {
      for (let f = 0; f < L; f++) terms[f] = alpha[(i - 1) * L + f]! + trans[f * L + j]!
      alpha[i * L + j] = logSumExp(terms) + emissions[i * L + j]!
    }
  }
  for (let j = 0; j < L; j++) beta[(n - 1) * L + j] = t.end[j]!
  for (let i = n - 2; i >= 0; i--) {
    for (let f = 0; f < L; f++) {
      for (let j = 0; j < L; j++) terms[j] = trans[f * L + j]! + emissions[(i + 1) * L + j]! + beta[(i + 1) * L + j]!
      beta[i * L + f] = logSumExp(terms)
    }
  }
  for (let j = 0; j < L; j++) terms[j] = alpha[(n - 1) * L + j]! + t.end[j]!
  const logZ = logSumExp(terms)
  const marginals = new Float64Array(n * L)
  for (let i = 0; i < n * L; i++) marginals[i] = Math.exp(alpha[i]! + beta[i]! - logZ)
  return marginals
}

function argmaxDecode(emissions: Float32Array, n: number, L: number): TagPath {
  const tags = new Int32Array(n)
  const confidence = new Float64Array(n)
  const marginals = new Float64Array(n * L)
  const row = new Float64Array(L)
  for (let i = 0; i < n; i++) {
    let best = 0
    for (let j = 0; j < L; j++) {
      row[j] = emissions[i * L + j]!
      if (row[j]! > row[best]!) best = j
    }
    tags[i] = best
    const z = logSumExp(row)
    for (let j = 0; j < L; j++) marginals[i * L + j] = Math.exp(row[j]! - z)
    confidence[i] = marginals[i * L + best]!
  }
  return { tags, confidence, marginals }
}

export interface TokenSpan {
  /** Token index of the first unit. */
  from: number
  /** Token index just after the last unit. */
  to: number
  type: string
  score: number
}

interface ParsedLabel { prefix: string; type: string }

export function parseLabels(labels: readonly string[]): ParsedLabel[] {
  return labels.map((label) => {
    const dash = label.indexOf('-')
    return dash < 0 ? { prefix: label, type: '' } : { prefix: label.slice(0, dash), type: label.slice(dash + 1) }
  })
}

/** Strict BIOES: `S-X`, or `B-X (I-X)* E-X`; any other sequence yields no entity. */
export function bioesSpans(path: TagPath, labels: readonly ParsedLabel[]): TokenSpan[] {
  const spans: TokenSpan[] = []
  const { tags, confidence } = path
  let open = -1 // token index of a pending B-X
  let openType = ''
  for (let i = 0; i < tags.length; i++) {
    const { prefix, type } = labels[tags[i]!]!
    if (prefix === 'S') {
      spans.push({ from: i, to: i + 1, type, score: confidence[i]! })
      open = -1
    } else if (prefix === 'B') {
      open = i
      openType = type
    } else if (prefix === 'I') {
      if (open >= 0 && type !== openType) open = -1
    } else if (prefix === 'E') {
      if (open >= 0 && type === openType) {
        let sum = 0
        for (let j = open; j <= i; j++) sum += confidence[j]!
        spans.push({ from: open, to: i + 1, type, score: sum / (i + 1 - open) })
      }
      open = -1
    } else {
      open = -1
    }
  }
  return spans
}

// Brackets and quotation marks as normalization leaves them (( ) are （ ）; ［ ］ ｛ ｝ ＜ ＞ are markup, see below),
// each opener at the same index as its closer.
const OPENERS = '（【《〈〔〖〘〚「『“‘｟﹙﹝'
const CLOSERS = '）】》〉〕〗〙〛」』”’｠﹚﹞'

/** 1 + the pair's index for an opener, -(1 + index) for a closer, 0 for anything else; ‘ ’ between letters are apostrophes. */
function bracketAt(chars: readonly string[], i: number): number {
  const char = chars[i]
  if (char === undefined) return 0
  const opener = OPENERS.indexOf(char)
  const closer = CLOSERS.indexOf(char)
  if (opener < 0 && closer < 0) return 0
  if ((char === '‘' || char === '’') && unitClass(chars[i - 1]) === 'letter' && unitClass(chars[i + 1]) === 'letter') return 0
  return opener >= 0 ? opener + 1 : -(closer + 1)
}

/**
 * Contract step 8, after scoring: a name holds its brackets in pairs (中国长江航运（集团）总公司, “和平”号). Matched left
 * to right like nested brackets, a closer that is not the partner of the innermost opener still open is unmatched, and
 * so is every opener still open then. A span whose unmatched brackets are all openers, closed right after it
 * (innermost first), takes those closers in: 比尔·盖茨(Bill Gates + ). Otherwise the unmatched brackets cut the span
 * and it keeps its first non-empty piece (比尔·盖茨(Bill Gates → 比尔·盖茨, 《变形金刚 → 变形金刚), or is dropped.
 * A balanced span wrapped whole in 【】, 〖〗 or 〔〕 loses them (unwrapHeading). The score stays the one computed on
 * the decoded span.
 */
export function balanceBrackets(spans: readonly TokenSpan[], chars: readonly string[]): TokenSpan[] {
  const balanced: TokenSpan[] = []
  for (const span of spans) {
    const cuts: number[] = []
    const open: number[] = []
    for (let i = span.from; i < span.to; i++) {
      const kind = bracketAt(chars, i)
      if (kind > 0) open.push(i)
      else if (kind < 0 && open.length > 0 && bracketAt(chars, open.at(-1)!) === -kind) open.pop()
      else if (kind < 0) cuts.push(...open.splice(0), i)
    }
    if (cuts.length === 0 && open.every((at, k) => bracketAt(chars, span.to + open.length - 1 - k) === -bracketAt(chars, at))) {
      balanced.push(unwrapHeading(open.length === 0 ? span : { ...span, to: span.to + open.length }, chars))
      continue
    }
    let from = span.from
    for (const cut of [...cuts, ...open, span.to]) {
      if (cut > from) {
        balanced.push({ ...span, from, to: cut })
        break
      }
      from = cut + 1
    }
  }
  return balanced
}

/** The brackets of a heading or a label (【阳光花园小区物业服务中心】停水通知, 〖公告〗): never part of a name they wrap whole. */
const HEADING_BRACKETS = '【〖〔'
/**
 * Part of balanceBrackets: a balanced span wrapped whole in one pair of HEADING_BRACKETS loses the pair (property QA: the
 * model took 【阳光花园小区物业服务中心】 in at 0.65, so the notice's header and its signature, the same office without
 * brackets, were two organisations with two pseudonyms). Book-title marks and quotes are left: the fine-grained model's
 * training data takes 《》 into a title's name. Dev F1: MSRA 0.8889 unchanged; CLUENER 0.7582 -> 0.7577, one span, its
 * gold 【东乡县教育局】 taken whole by that corpus's annotators (a user's heading is not the office's name).
 */
function unwrapHeading(span: TokenSpan, chars: readonly string[]): TokenSpan {
  const last = span.to - 1
  if (last - span.from < 2 || !HEADING_BRACKETS.includes(chars[span.from] ?? '') || bracketAt(chars, last) !== -bracketAt(chars, span.from)) return span
  let depth = 0
  for (let i = span.from; i < last; i++) {
    depth += Math.sign(bracketAt(chars, i))
    if (depth === 0) return span // the opener closes before the end: 【甲】乙【丙】 is no wrapped name
  }
  return unwrapHeading({ ...span, from: span.from + 1, to: last }, chars) // and again inside: 【【华为技术有限公司】】
}

/**
 * Contract step 8, after balancing brackets: whitespace units at either end of a span are cut off, and a span left
 * empty is dropped (the model never saw spaces in training and sometimes takes one in: " Cook").
 * The score stays the one computed on the untrimmed span.
 */
export function trimWhitespace(spans: readonly TokenSpan[], chars: readonly string[], whitespace: string): TokenSpan[] {
  const trimmed: TokenSpan[] = []
  for (const span of spans) {
    let { from, to } = span
    while (from < to && chars[from] === whitespace) from++
    while (to > from && chars[to - 1] === whitespace) to--
    if (from < to) trimmed.push({ ...span, from, to })
  }
  return trimmed
}

/** Both units letters, or both digits: a span boundary between them cuts a word or a number in two. */
const insideWord = (before: string | undefined, after: string | undefined) => {
  const kind = unitClass(before)
  return kind !== undefined && kind === unitClass(after)
}

/** Markup and code characters no name contains, full-width as normalization leaves them: < = > [ \ ] ^ ` { | } ~ */
const MARKUP = /[\uFF1C-\uFF1E\uFF3B-\uFF3E\uFF40\uFF5B-\uFF5E]/u

/** Number punctuation, full-width as normalization leaves it: ， ． ％ ＋ － ／ ： and the thousands separator ' of some tables. */
const NUMBER_MARKS = '，．％＋－／：＇'
const numberUnit = (char: string | undefined) => unitClass(char) === 'digit' || (char !== undefined && NUMBER_MARKS.includes(char))

/** What joins the parts of a code (CTS-BJ0418A, AB_12, A/B), full-width as normalization leaves it. */
const CODE_JOINERS = '－＿／．'
const alnum = (char: string | undefined) => unitClass(char) !== undefined
/** Superscript digits, which normalization keeps (no NFKC): an author's affiliation marks (孙悦¹，欧阳文静²). */
const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹'
const markDigit = (char: string | undefined) => unitClass(char) === 'digit' || (char !== undefined && SUPERSCRIPT_DIGITS.includes(char))
/** A lower-case Latin letter, full-width as normalization leaves it: a run with one is a word, not a code. */
const LOWER_LETTER = /^[\uFF41-\uFF5A]$/u
/** What makes the digits after a name a count or a year, not a code's: KFC1000家, TCL1000万台, GUCCI300多款, HSBC1865年
 *  (re-check 54f: nine brands dropped by the rule below and left readable in the copy). Not 次 (MU5101次航班). */
const COUNT_WORDS = '家万萬亿億千百台臺款多余餘个個名人件种種辆輛套位只支张張所座层層岁歲年倍户戶块塊元周週间間强強'
/** The first two digits of a year of this century or the last, full-width as normalization leaves them. */
const YEAR_START = ['１９', '２０']
/**
 * What follows a span at `to` is plainly a code: five digits or more, digits and then a letter, or three or four digits
 * that begin no year and no count (a flight's or an order's number: CA of CA1234航班, MU of MU5101次, ABC of ABC1234;
 * re-check QA: the news model tagged them ORG at 0.52-0.74, the copy read [机构1]1234航班); a year (APEC2024, WHO2023年),
 * a count (KFC1000家, COUNT_WORDS) or one or two digits (BBC2日, CCTV1, GE2家) are a name's.
 */
const plainCode = (chars: readonly string[], to: number) => {
  let d = to
  while (unitClass(chars[d]) === 'digit') d++
  const digits = d - to
  const after = chars[d]
  const counted = after !== undefined && COUNT_WORDS.includes(after)
  return digits >= 5 || unitClass(after) === 'letter'
    || ((digits === 3 || (digits === 4 && !YEAR_START.includes(chars.slice(to, to + 2).join('')))) && !counted)
}

/**
 * Contract step 8, first part of dropping impossible spans: codes cut off a span's end. (a) A PER span whose last
 * units are digits or superscript digits right after a Han unit loses those digits: no Chinese person's name ends in
 * a digit, and both models took an author's affiliation marks in (孙悦¹ and 欧阳文静² of 作者：孙悦¹，欧阳文静²).
 * (b) A span whose last unit is a capital Latin letter with a digit right after the span may end in a code (a flight,
 * a train, a booking, a passport number). Its last run of letters and digits (joined by CODE_JOINERS: CTS-BJ) counts
 * only when it has no lower-case letter: a run with one is a word or a name glued to a number (Lisa of Lisa2020年,
 * Jordan of Michael Jordan23号, Windows10, DeepSeek3), left whole. A capitals run after other units of the span is cut
 * off, and whitespace and joiners left at its end with it (中国国际航空CA of 中国国际航空CA1234 -> 中国国际航空, 四川航空3U
 * of 四川航空3U8888, 高铁G of 高铁G1234). A span that is all that run is dropped only when what follows is plainly a
 * code (plainCode): five digits or more, digits then a letter, or three or four digits that begin no year (EA of
 * EA1234567, HLT of HLT58820391, ABC of ABC12D, CTS-BJ of CTS-BJ0418A, CA of CA1234航班); a name before a year, a day
 * or a count keeps it (WHO2023年, BBC2日, CCTV1, APEC2024, GE2家). Only at
 * the end: at a span's start, letters after digits are a name's own (stock tables: ２ + ＸＲ津百). The score stays.
 * Dev F1: MSRA 0.8889, resume 0.6624, Weibo 0.5100, CLUENER 0.7582 (docs/model-contract.md).
 */
function cutCodes(spans: readonly TokenSpan[], chars: readonly string[], whitespace: string): TokenSpan[] {
  const out: TokenSpan[] = []
  for (const span of spans) {
    const { from } = span
    let { to } = span
    if (span.type === 'PER') {
      let j = to
      while (j > from && markDigit(chars[j - 1])) j--
      if (j < to && j > from && HAN_UNIT.test(chars[j - 1]!)) to = j
    }
    if (unitClass(chars[to - 1]) === 'letter' && unitClass(chars[to]) === 'digit') {
      let k = to
      while (k > from && (alnum(chars[k - 1]) || (CODE_JOINERS.includes(chars[k - 1]!) && k - 1 > from && alnum(chars[k - 2])))) k--
      if (!chars.slice(k, to).some((char) => LOWER_LETTER.test(char))) {
        if (k > from) {
          while (k > from && (chars[k - 1] === whitespace || CODE_JOINERS.includes(chars[k - 1]!))) k--
          to = k
        } else if (plainCode(chars, to)) to = from
      }
    }
    if (from < to) out.push(to === span.to ? span : { ...span, to })
  }
  return out
}

/**
 * Contract step 8, after trimming: codes are cut off span ends (cutCodes), then spans that cannot be names are
 * dropped, those that begin or end inside a Latin word or a number, and those holding a markup character. MSRA has
 * hardly any Latin text, and the model sometimes tags a piece of HTML ("rror=alert" of "onerror=alert(1)", or
 * "src=x onerror=alert"). A letter next to a digit is a boundary: stock tables glue rank numbers to names
 * ("２ＸＲ津百"). And a PER span of digits and number punctuation only: the fine-grained model read a share count of a
 * PDF's shareholder table as a person ("87" of "87,123,456").
 */
export function dropImpossibleSpans(spans: readonly TokenSpan[], chars: readonly string[], whitespace = '\u3000'): TokenSpan[] {
  return cutCodes(spans, chars, whitespace).filter(({ from, to, type }) => !insideWord(chars[from - 1], chars[from]) && !insideWord(chars[to - 1], chars[to])
    && !chars.slice(from, to).some((char) => MARKUP.test(char))
    && !(type === 'PER' && chars.slice(from, to).every(numberUnit)))
}

/**
 * The middle dots that part a foreign name written in Chinese (约翰·史密斯): U+00B7, the katakana one U+30FB (kept by
 * UNREAD_SCRIPTS), its half-width form U+FF65, U+2027 (Taiwan's) and the bullet U+2022, as src/app/redact.ts's
 * MIDDLE_DOTS (which leaves out U+FF65, NFKC's ・). Normalization feeds all but U+00B7 as U+00B7 (NAME_DOT_FORMS,
 * contract step 2); the others stay here for units not normalized that way.
 */
export const NAME_DOTS = '·・･‧•'

/**
 * Contract step 7b, after 7a: a middle dot is never the first or last unit of a name, so every B-, E- and S- tag gets
 * -10000 at it, in place: the Viterbi path and the marginals then decide whether the name goes on past the dot (I-)
 * or stops before it (O). Unconstrained, the news model ended a name on the dot and left the rest readable
 * (乔· of 乔·拜登说); constrained it reads 乔·拜登. `emissions` is row-major [n, labels.length].
 */
export function keepDotsInside(emissions: Float32Array, chars: readonly string[], labels: readonly ParsedLabel[]): void {
  const L = labels.length
  chars.forEach((char, i) => {
    if (!NAME_DOTS.includes(char)) return
    labels.forEach(({ prefix }, j) => { if (prefix === 'B' || prefix === 'E' || prefix === 'S') emissions[i * L + j] = -10000 })
  })
}

/**
 * Contract step 7c: what a unit after a PER span holding a middle dot must give to the name going on over it, as the
 * marginals' sum of I-PER and E-PER there.
 */
export const DOTTED_NAME_GOES_ON = 0.1

/**
 * Contract step 7c, on the decoded spans: a PER span whose last part after a middle dot (NAME_DOTS) is one unit takes
 * in the Han units right after it, one by one, while the marginals give at least DOTTED_NAME_GOES_ON to the name
 * going on over each (I-PER + E-PER), never into the next span; the score is unchanged. The fine-grained model ended a
 * Uyghur or Manchu name one unit past the dot though it gave the next unit 0.17 to 0.41 (买买提·艾 of 买买提·艾力,
 * 爱新觉罗·溥 of 爱新觉罗·溥仪, 西蒙娜·德·波 of 波伏娃), leaving the rest readable; after the names it read whole it gave
 * 0.03 or less. Not on the left: there it gave a verb before a name as much as the cut start of one (问 0.27 before
 * 乔·拜登, 买 0.27 before 提·艾力 of 买买提·艾力), and 拍克林特·伊斯特伍德 cost CLUENER dev F1.
 */
export function extendDottedNames(spans: readonly TokenSpan[], path: TagPath, chars: readonly string[], labels: readonly ParsedLabel[]): TokenSpan[] {
  const { marginals } = path
  const out: TokenSpan[] = []
  if (!marginals) return out.concat(spans)
  const L = labels.length
  const name = (i: number) => labels.reduce(
    (sum, { prefix, type }, j) => sum + (type === 'PER' && (prefix === 'I' || prefix === 'E') ? marginals[i * L + j]! : 0), 0)
  spans.forEach((span, k) => {
    if (span.type !== 'PER' || !chars.slice(span.from, span.to).some((c) => NAME_DOTS.includes(c))) {
      out.push(span)
      return
    }
    const after = spans[k + 1]?.from ?? chars.length
    let { to } = span
    // Only a one-unit last part is a cut (乔·拜登 is not).
    if (NAME_DOTS.includes(chars[to - 2]!)) {
      while (to < after && HAN_UNIT.test(chars[to]!) && name(to) >= DOTTED_NAME_GOES_ON) to++
    }
    out.push({ ...span, to })
  })
  return out
}

/**
 * Contract step 7d: the joiners written between the parts of one name other than a middle dot: the full stop ．
 * (and . when not mapped to it), the hyphen as normalization feeds it (－, -) and the Unicode hyphens ‐ U+2010 and
 * ‑ U+2011. A space (the whitespace unit) is one too, at a higher bar (SPACED_NAME_GOES_ON).
 */
export const NAME_JOINERS = '．.－-‐‑'
/**
 * Contract step 7d: what the unit between two PER spans must give to one name going on over it (its marginal of
 * I-PER) for the two to be one name. News model: 0.27-0.29 at the hyphen of 迈克尔-乔丹 and 马丁-路德-金, 0.003-0.010
 * at that of a doubles pair (王楠-张怡宁, 傅海峰-蔡赟); fine-grained model 0.36 at the ． of 迈克尔．乔丹, 0.03 at one
 * ending a sentence between two names (张伟．李娜).
 */
export const JOINED_NAME_GOES_ON = 0.1
/**
 * Contract step 7d: the same over a space, higher: a space between two names is most often a list (张伟 李娜 刘洋),
 * where the fine-grained model gave the space up to 0.22 (news model 0.034 at most); 查尔斯 达尔文 got 0.46.
 */
export const SPACED_NAME_GOES_ON = 0.3
/**
 * Contract step 7d: a one-unit first name before a hyphen (让 of 让-保罗·萨特) is taken into the PER span right
 * after the hyphen when the marginals give at least this to the name starting there (B-PER) and
 * going on over the hyphen (I-PER). 让-保罗: 0.14-0.32 (news), 0.08-0.26 (fine-grained); before the second name of a
 * doubles pair there is a span already, and the hyphen gets 0.026 at most.
 */
export const HYPHENED_NAME_STARTS = 0.05
const HYPHENS = '－-‐‑'

/**
 * Contract step 7d, after step 7c: two PER spans with one joiner between them (NAME_JOINERS, or one whitespace unit),
 * Han on both sides of it, are one name when the marginal of I-PER at the joiner is at least JOINED_NAME_GOES_ON
 * (SPACED_NAME_GOES_ON for a space): 迈克尔-乔丹, 马丁 + 路德-金. Its score is the mean of the parts' scores weighted
 * by their lengths. Then a PER span right after a hyphen takes in the one Han unit before the hyphen, in no
 * span, when the marginals give the name starting there and going on over the hyphen at least HYPHENED_NAME_STARTS
 * (让-保罗·萨特); the score unchanged. The model reads name parts written with these as two names as often as one
 * (QA: news model, 8 names, 2 of 8 split with a hyphen, 7 of 8 with a space); the doubles pair 王楠-张怡宁, a list
 * 张伟 李娜, 北京-上海 (no PER) and 1．张伟 (no Han before) stay apart.
 */
export function joinNameParts(
  spans: readonly TokenSpan[], path: TagPath, chars: readonly string[], labels: readonly ParsedLabel[], whitespace: string,
): TokenSpan[] {
  const { marginals } = path
  if (!marginals) return spans.slice()
  const L = labels.length
  const sum = (i: number, prefixes: string) => labels.reduce(
    (total, { prefix, type }, j) => total + (type === 'PER' && prefixes.includes(prefix) ? marginals[i * L + j]! : 0), 0)
  const han = (i: number) => i >= 0 && i < chars.length && HAN_UNIT.test(chars[i]!)
  const joined: TokenSpan[] = []
  for (const span of spans) {
    const last = joined.at(-1)
    const j = span.from - 1
    if (last && last.type === 'PER' && span.type === 'PER' && last.to === j && han(j - 1) && han(span.from)) {
      const bar = chars[j] === whitespace ? SPACED_NAME_GOES_ON : NAME_JOINERS.includes(chars[j]!) ? JOINED_NAME_GOES_ON : Infinity
      if (sum(j, 'I') >= bar) {
        const a = last.to - last.from
        const b = span.to - span.from
        joined[joined.length - 1] = { ...last, to: span.to, score: (last.score * a + span.score * b) / (a + b) }
        continue
      }
    }
    joined.push({ ...span })
  }
  return joined.map((span, k) => {
    const h = span.from - 1
    if (span.type !== 'PER' || !HYPHENS.includes(chars[h] ?? '') || !han(h - 1) || !han(span.from)) return span
    if (sum(h, 'I') < HYPHENED_NAME_STARTS) return span
    // The first name is the one unit before the hyphen (B-PER there), in no span. Not two: the fine-grained model took
    // 何国 of a doubles pair 何国-汤兰兰 it had not found (B-PER 0.05 or more); 让 of 让-保罗, 让-雅克 is one unit.
    const before = joined[k - 1]?.to ?? 0
    return h - 1 >= before && sum(h - 1, 'B') >= HYPHENED_NAME_STARTS ? { ...span, from: h - 1 } : span
  })
}

/** Han conjunctions that join two names: a PER span holding one alone between Latin letters is two persons. */
const NAME_CONJUNCTIONS = '和与及'
/**
 * Legal forms registered in brackets after a firm's name (普华永道中天会计师事务所（特殊普通合伙）, 某某（集团）): a closed list of
 * what names a legal form and nothing else. Places (（中国）, （香港）) are left out: after a name they as often say
 * where it is as name a registered subsidiary.
 */
const LEGAL_FORMS = ['特殊普通合伙', '普通合伙', '有限合伙', '集团', '控股']
/** Entity types of firms, in the news model (ORG) and the fine-grained one (COMPANY, ORG). */
const FIRM_TYPES = ['ORG', 'COMPANY']
/**
 * Words for a day or a time of day that follow a name in news prose (乔·拜登周二会见…, 王伟昨天说), (e) below: a closed
 * list, none of them ending another. With step 7b the news model ran a name on into the weekday after it (乔·拜登周二,
 * 0.81).
 */
export const TIME_WORDS = [
  '星期一', '星期二', '星期三', '星期四', '星期五', '星期六', '星期日', '星期天',
  '礼拜一', '礼拜二', '礼拜三', '礼拜四', '礼拜五', '礼拜六', '礼拜日', '礼拜天',
  '周一', '周二', '周三', '周四', '周五', '周六', '周日', '周天', '周末',
  '今天', '昨天', '明天', '前天', '后天', '当天', '今日', '昨日', '明日', '当日', '次日',
  '上午', '下午', '中午', '晚上', '早上', '凌晨', '傍晚', '清晨', '今晨', '今晚', '昨晚', '明晚',
]
/**
 * The most frequent single surnames (src/app/redact.ts's SURNAMES, for spreading a given name, is this list; scripts/make-common-words.mjs reads it here): the first of two one-unit persons
 * set apart by letter spacing must be one for them to be joined, (f) below.
 */
export const COMMON_SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝洪赖萧阎乐皮元禹狄贝计伏谈茅廉钮宣郁鞠裘荆匡储蔺晋芮羊幸逯盖屠寿冼粟湛雍戈凤闻'
/** The widest letter spacing, in whitespace units, between a surname and a one-unit given name joined by (f). */
const MAX_NAME_GAP = 3

/**
 * Contract step 8, after dropping impossible spans, span by span, the score unchanged:
 * (a) middle dots (NAME_DOTS) at either end are cut off (step 7b keeps the decoder from ending a name on one; a
 * bracket or whitespace cut of the steps above still can: 乔·(Joe), and a span left empty is dropped);
 * (b) a span that starts or ends with digits and number punctuation set apart from the rest by 2+ whitespace units
 * loses them (a PDF table's columns: "3      BlackRock" rank + name, "Advisors      3" name + count), and the
 * whitespace with them;
 * (c) a PER span holding a single 和 与 or 及 between two Latin letters is two persons (Emmanuel Macron和Narendra Modi);
 * (d) an ORG or COMPANY span right before a bracket that holds only a legal form (LEGAL_FORMS) takes it in
 * (普华永道中天会计师事务所 + （特殊普通合伙）), if no other span covers it;
 * (e) a PER span ending in a word for a day or a time of day (TIME_WORDS) loses it, again while one ends it, where what
 * is left still reads as a name and does not end on a middle dot: it holds one (乔·拜登 of 乔·拜登周二), or is 2+ units
 * and not a compound surname alone (王伟 of 王伟昨天). A name whose given name is the word stays (王明天, 欧阳明天, 周天);
 * (f) two one-unit PER spans set apart only by 1 to MAX_NAME_GAP whitespace units, the first a common surname
 * (COMMON_SURNAMES) and the second Han, are one person with the whitespace inside (王  莉 as PDFs lay out names; a
 * pair is too short for closeLetterSpacing to close): score the mean of the two.
 */
export function repairEdges(spans: readonly TokenSpan[], chars: readonly string[], whitespace: string): TokenSpan[] {
  const out: TokenSpan[] = []
  const white = (i: number) => chars[i] === whitespace
  for (const span of spans) {
    let { from, to } = span
    while (from < to && NAME_DOTS.includes(chars[from]!)) from++
    while (to > from && NAME_DOTS.includes(chars[to - 1]!)) to--
    let i = from
    while (i < to && numberUnit(chars[i])) i++
    if (i > from && i + 1 < to && white(i) && white(i + 1)) {
      while (i < to && white(i)) i++
      from = i
    }
    let j = to
    while (j > from && numberUnit(chars[j - 1])) j--
    if (j < to && j - 2 > from && white(j - 1) && white(j - 2)) {
      while (j > from && white(j - 1)) j--
      to = j
    }
    if (from >= to) continue
    if (span.type !== 'PER') {
      out.push({ ...span, from, to })
      continue
    }
    let start = from
    for (let k = from + 1; k < to - 1; k++) {
      if (NAME_CONJUNCTIONS.includes(chars[k]!) && unitClass(chars[k - 1]) === 'letter' && unitClass(chars[k + 1]) === 'letter') {
        out.push({ ...span, from: start, to: k })
        start = k + 1
      }
    }
    out.push({ ...span, from: start, to })
  }
  for (const span of out) {
    if (span.type !== 'PER') continue
    for (;;) {
      const word = TIME_WORDS.find((w) => span.to - span.from > w.length && chars.slice(span.to - w.length, span.to).join('') === w)
      if (word === undefined) break
      let to = span.to - word.length
      while (to > span.from && white(to - 1)) to--
      const rest = chars.slice(span.from, to)
      if (NAME_DOTS.includes(rest.at(-1)!)) break // 乔·周二: no name ends on a dot
      if (!rest.some((c) => NAME_DOTS.includes(c)) && (rest.length < 2 || COMPOUND.has(rest.join('')))) break
      span.to = to
    }
  }
  const joined: TokenSpan[] = []
  for (const span of out) {
    const last = joined.at(-1)
    const gap = last === undefined ? 0 : span.from - last.to
    if (last !== undefined && last.type === 'PER' && span.type === 'PER' && last.to - last.from === 1 && span.to - span.from === 1
      && COMMON_SURNAMES.includes(chars[last.from]!) && HAN_UNIT.test(chars[span.from]!) && gap >= 1 && gap <= MAX_NAME_GAP
      && chars.slice(last.to, span.from).every((c) => c === whitespace)) {
      joined[joined.length - 1] = { ...last, to: span.to, score: (last.score + span.score) / 2 }
    } else joined.push(span)
  }
  out.splice(0, out.length, ...joined)
  out.forEach((span, k) => {
    if (!FIRM_TYPES.includes(span.type) || chars[span.to] !== '（') return
    const form = LEGAL_FORMS.find((word) => chars.slice(span.to + 1, span.to + 1 + word.length).join('') === word
      && chars[span.to + 1 + word.length] === '）')
    if (form === undefined) return
    const to = span.to + form.length + 2
    if (out.every((other, m) => m === k || other.to <= span.to || other.from >= to)) span.to = to
  })
  return out
}

/**
 * Compound surnames (复姓), contract step 8, last. The word-like ones (东方红, 西门子, 百里, 南宫) are taken in on the
 * left only where no Han unit that could go on with a name follows the span. The same lists in
 * training/shiti_train/decode.py; training/tests/test_surnames.py compares them.
 */
export const COMPOUND_SURNAMES = '欧阳 上官 司马 诸葛 东方 公孙 尉迟 皇甫 端木 慕容 令狐 夏侯 长孙 宇文 司徒 司空 独孤 南宫 西门 轩辕 百里 呼延 万俟 闻人 淳于 单于 申屠 太史 澹台 公冶 钟离 濮阳 赫连 鲜于 左丘 拓跋'
const WORD_LIKE_SURNAMES = '东方 西门 百里 南宫'
/**
 * Those a span is not extended over when it already starts with their second unit: that unit is a common surname and
 * the first often ends a word (公司+马云, 市长+孙家正, 广东+方大同, 上尉+迟, 华夏+侯, 名单+于丹, 朝鲜+于, 寰宇+文).
 */
const NOT_FROM_SECOND_UNIT = '司马 长孙 东方 尉迟 夏侯 单于 鲜于 宇文'
/**
 * Those whose first unit often ends a word, or that are a word or place themselves: taken in on the left only where a
 * name starts there (opensName): a re-check found 我老公+孙杰, 主人公+孙悟空, 外公+孙建国, 知名新闻+人王刚 read as
 * 公孙杰, 闻人王刚; 河南濮阳+张伟, 河南+宫建华, 的长孙+张明 are the same.
 */
const AT_NAME_START_ONLY = '公孙 闻人 濮阳 长孙 南宫 西门'
/**
 * Roles of legal prose a name follows directly (原告公孙玉兰, 第三人公孙玉兰, 书记员上官婉清): a name starts after them as
 * after a unit that is not Han.
 */
const ROLES = '原告 被告 证人 第三人 申请人 上诉人 代理人 当事人 辩护人 代表人 审判长 审判员 书记员 陪审员'
/**
 * Single units a compound surname is not extended over on the right: function words, verbs of saying, titles
 * (司马光在会上, 欧阳总，), nouns that follow a name (《诸葛亮传》, 祭拜诸葛亮墓, 审理欧阳明案, 致欧阳明函: a re-check
 * found them taken in), sentence-final particles (问司马吧。) and a few verbs that end a short clause (欧阳明醒，).
 */
export const NOT_A_GIVEN_NAME = '的是在和与及等说称为了也都就被将对向从于系之表认指诉辩告讲问答道曰所着过得地们个这那其此'
  + '并而或把给让叫到去来要会能可不没有同跟以因由自至即乃则却才再又还已曾亦均皆仍先后前上下中里内外'
  + '总董老兄姐哥弟叔伯爷婆嫂妈爸公氏家府门派族部局处委院校'
  + '传墓祠案函像碑庙集词宅陵谱吧呢吗啊呀哦啦嘛醒笑哭喊'
/** What may follow a name that the right extension completes, besides a unit that is not Han: a list goes on. */
const LIST_GOES_ON = '与和及、'
/** After 系 (is) or 之夫 of legal prose (王建军系刘芳之夫), which the model took into names. */
const KIN_SUFFIXES = ['之夫', '之妻', '之子', '之女', '之父', '之母']
/** After a span ending in 之 (张三之 + 妻): the span loses the 之 (王羲之 stays where none of these follows). */
const KIN_AFTER_ZHI = '夫妻子女父母'
/** Han characters (CJK Unified Ideographs, extension A, compatibility ideographs, extensions B-G). */
export const HAN_UNITS = '3400-4DBF 4E00-9FFF F900-FAFF 20000-3134F'
const HAN_UNIT = codePointClass(HAN_UNITS)

const surnameSet = (list: string) => new Set(list.split(' '))
const COMPOUND = surnameSet(COMPOUND_SURNAMES)
const WORD_LIKE = surnameSet(WORD_LIKE_SURNAMES)
const NOT_FROM_SECOND = surnameSet(NOT_FROM_SECOND_UNIT)
const NAME_START_ONLY = surnameSet(AT_NAME_START_ONLY)
const ROLE_WORDS = ROLES.split(' ')

/**
 * Contract step 8, after repairing span edges: PER spans repaired around compound surnames and legal prose.
 * Legal documents showed the model cutting them (上官婉清 -> 婉清, 司马晓燕 -> 司马晓, 公孙玉兰 -> 孙玉兰, 尉迟欣然 ->
 * 尉迟) so that part of a redacted name stayed readable, and taking 系 / 之夫 into names (刘芳之夫, 刘芳系), so one
 * person got several pseudonyms. Span by span, in order, never over a unit another span covers:
 * (c) a span of 3+ units ending in 系 loses it; one of 4+ units ending in 之夫 之妻 之子 之女 之父 之母 loses those
 * (王羲之 stays), and one of 3+ units ending in 之 loses it where 夫 妻 子 女 父 母 follows (张三之 + 妻).
 * (a) A compound surname in the two units before a span of 1-2 units is taken in (上官 + 婉清); so is
 * the unit before a span of 2-3 units whose first unit completes one (公 + 孙玉兰), but not for the surnames of
 * NOT_FROM_SECOND_UNIT; a word-like surname only if the unit after the span is not Han or is in NOT_A_GIVEN_NAME;
 * one of AT_NAME_START_ONLY only where a name starts before it (opensName: 老公 + 孙杰 stays 孙杰).
 * (b) A span that is a compound surname, or one plus a unit, takes in the next unit if it is Han and not in
 * NOT_A_GIVEN_NAME and the unit after it is not Han or goes on with a list (司马晓 + 燕 at a line end or before 与;
 * 司马光在会上 stays); a span that is just a compound surname takes in two such units the same way where a name
 * starts before it (被告：尉迟 + 欣然，; 请欧阳发言。 stays 欧阳). The score stays.
 */
export function repairSurnames(spans: readonly TokenSpan[], chars: readonly string[]): TokenSpan[] {
  const out = spans.map((span) => ({ ...span }))
  const free = (i: number, self: number) => i >= 0 && i < chars.length && out.every((s, k) => k === self || i < s.from || i >= s.to)
  const han = (i: number) => chars[i] !== undefined && HAN_UNIT.test(chars[i]!)
  const givenUnit = (i: number) => han(i) && !NOT_A_GIVEN_NAME.includes(chars[i]!)
  const nameEnds = (i: number) => !han(i) || LIST_GOES_ON.includes(chars[i]!)
  const pair = (i: number) => (chars[i] ?? '') + (chars[i + 1] ?? '')
  // A name may start at unit i: the unit before it is not Han (a clause start: 被告：尉迟欣然) or ends a role of
  // legal prose (原告公孙玉兰, 第三人公孙玉兰).
  const opensName = (i: number) => !han(i - 1)
    || ROLE_WORDS.some((role) => chars.slice(Math.max(0, i - role.length), i).join('') === role)
  out.forEach((span, k) => {
    if (span.type !== 'PER') return
    const length = () => span.to - span.from
    if (length() >= 4 && KIN_SUFFIXES.includes(pair(span.to - 2))) span.to -= 2
    else if (length() >= 3 && chars[span.to - 1] === '系') span.to -= 1
    else if (length() >= 3 && chars[span.to - 1] === '之' && KIN_AFTER_ZHI.includes(chars[span.to] ?? '_')) span.to -= 1
    // A word-like surname only where the name ends after the span (东方 + 红 of 东方红卫星 stays 红); one that often
    // ends a word only where a name starts before it (老公 + 孙杰).
    const takes = (surname: string, at: number) => COMPOUND.has(surname)
      && !(WORD_LIKE.has(surname) && givenUnit(span.to)) && (!NAME_START_ONLY.has(surname) || opensName(at))
    if (length() <= 2 && takes(pair(span.from - 2), span.from - 2) && free(span.from - 2, k) && free(span.from - 1, k)) {
      span.from -= 2
    } else if (length() >= 2 && length() <= 3 && takes(pair(span.from - 1), span.from - 1)
      && !NOT_FROM_SECOND.has(pair(span.from - 1)) && free(span.from - 1, k)) {
      span.from -= 1
    }
    if (!COMPOUND.has(pair(span.from))) return
    if (length() <= 3 && givenUnit(span.to) && nameEnds(span.to + 1) && free(span.to, k)) span.to += 1
    else if (length() === 2 && opensName(span.from) && givenUnit(span.to) && givenUnit(span.to + 1)
      && nameEnds(span.to + 2) && free(span.to, k) && free(span.to + 1, k)) span.to += 2
  })
  return out
}

/**
 * Contract step 7a, matched on the units projected back to ASCII (full-width U+FF01-FF5E -> U+0021-007E, any
 * other letter or number -> U+0001, anything else -> U+0000, so unit i is string index i here and in Python alike):
 * web addresses and e-mail addresses whole, and every @, # and * (＠ ＃ ＊). On Weibo-style text the model, which
 * never saw them in MSRA, took the marks into names ("@望康动物医院", "＃魏晨") and tagged the code of a short link as
 * ORG; in Markdown it took the asterisks of bold or italic text into a name ("周敏**" of "**周敏**、孙强").
 * An address goes on over Chinese (or other) letters that a path mark or a file extension follows: browsers copy
 * addresses decoded (…/李娜/专访.html, …/wiki/北京大学/简介), and ".html" of one came back as a name (QA). Letters
 * that nothing of the kind follows end it, as they end a short link in a Weibo post (http://t.cn/AbCd12x李娜说).
 * And a subtitle's timing line with its cue settings (SUBTITLE_TIMING).
 */
export const URL_CHARS = '[a-z0-9\\-._~:/?#=&%+@!*$]'
/**
 * A subtitle's timing line, .srt or .vtt (00:00:01,000 --> 00:00:04,000, hours optional in .vtt), with a .vtt cue's
 * settings after it (position:10% align:start line:0 vertical:rl region:fred). The fine-grained model tagged settings
 * as names ("fred align" a person at 0.76, "vertical" 0.36), and a name there broke the timing line of the redacted
 * copy (subtitles QA). Also the word WEBVTT alone (a header), and a transcript's "Speaker 1" (speech-to-text QA).
 * Whitespace is U+3000 by then, projected to \0.
 */
const SUBTITLE_TIME = '(?:\\d{1,2}:)?\\d{2}:\\d{2}[.,]\\d{3}'
const SUBTITLE_TIMING = `${SUBTITLE_TIME}[\\0 \\t]+-->[\\0 \\t]+${SUBTITLE_TIME}(?:[\\0 \\t]+[a-z]+:[a-z0-9%.,-]+)*`
  // and a .vtt's header word alone; not NOTE, its comment blocks' (the pattern is case-insensitive and whitespace is
  // all one: "Death Note", a person called Note lost their names, re-check QA)
  + '|(?<![^\\0 \\t])WEBVTT(?![^\\0 \\t])'
  // and a transcript's speaker label (Speaker 1  02:15: the news model tagged all 12 of a meeting's as a person)
  + '|(?<![a-z\\x01])speaker[\\0 \\t]*\\d+'
/**
 * A DOI (10.prefix/suffix), with a "doi:" or "DOI " before it: the news model marked SP.J of
 * 10.11897/SP.J.1016.2021.00001 an ORG, cutting the identifier open in the redacted copy (QA). The suffix runs over
 * printable ASCII (full-width punctuation projects there too) but space, quotes, commas and brackets, a balanced (...)
 * inside it excepted (10.1016/S0140-6736(20)30183-5, 10.1002/(SICI)...), and a . ; or : at its end is no part of
 * it: it stops at a Chinese letter, whitespace, a comma or a bracket it did not open, so a name after it is read
 * (（doi:10.1000/182）Wang Fang, doi:10.1000/182,Zhang Wei, 10.1038/nature12373(Smith J, Nature)). One after
 * https://doi.org/ is an address already.
 */
const DOI_CHAR = '[!#-&*+\\-.-Z\\\\^-z|~]'
const DOI = `(?:(?<![a-z])doi:?[\\0 \\t]*)?(?<![a-z0-9._/-])10\\.\\d{4,9}(?:\\.\\d+)*/(?:${DOI_CHAR}|\\(${DOI_CHAR}*\\))+(?<![.;:])`
const NEVER_IN_NAME = new RegExp(
  `(?:https?:\\/\\/|www\\.)${URL_CHARS}+(?:\u0001+(?:[/?#=&]${URL_CHARS}*|\\.[a-z0-9]${URL_CHARS}*))*`
  + '|[a-z0-9._%+-]+@[a-z0-9-]+(?:\\.[a-z0-9-]+)+|[@#*]'
  + `|${DOI}`
  + `|${SUBTITLE_TIMING}`,
  'giu',
)
const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u

/**
 * Contract step 7a, unit by unit, too: what the model cannot read, as hexadecimal code points and inclusive ranges.
 * Control characters (C0 and C1 but the whitespace that normalization has made U+3000 already), U+FFFD (what a
 * wrongly decoded byte becomes) and lone surrogates (a string cut inside a pair; 刘\uD800 was a name), and the letters of scripts MSRA never showed it: Greek, Cyrillic, Armenian,
 * Hebrew, Arabic and the scripts of South and South-East Asia, Georgian, Hangul, Ethiopic, Khmer, Mongolian, kana
 * (but ・ and ー, which Chinese writes in foreign names), Arabic and Hebrew presentation forms. In them the model
 * tagged fragments ("Пут" of Путин, "평양에", "الر") as names; it finds no name there, so it marks none.
 * Latin (accented letters included) stays: the model reads Latin names. And the fillers of speech 呃 啊 嗯, in no
 * name: in a speech-to-text transcript 张伟嗯 and 嗯罗嘉欣 were names, each a second pseudonym for its person (QA; no
 * MSRA, Weibo or CLUENER name holds one). The same string in
 * training/shiti_train/decode.py; training/tests/test_text.py compares them.
 */
export const UNREAD_SCRIPTS = [
  '0-8 E-1F 7F-84 86-9F 370-3FF 400-52F 531-58F 590-5FF 600-6FF 700-8FF 900-109F 10A0-10FF 1100-11FF',
  '1200-139F 1780-17FF 1800-18AF 3041-3096 30A1-30FA 3131-318E AC00-D7A3 D800-DFFF FB1D-FDFF FE70-FEFC FFFD',
  '5443 554A 55EF',
].join(' ')

const UNREAD_UNIT = codePointClass(UNREAD_SCRIPTS)

/** 1 for each unit that no entity may cover: tag decoding forces it to O. */
export function neverInName(chars: readonly string[]): Uint8Array {
  const ascii = chars.map((c) => {
    const code = c.codePointAt(0)!
    return code >= 0xff01 && code <= 0xff5e ? String.fromCharCode(code - 0xfee0) : code < 0x7f ? c : LETTER_OR_NUMBER.test(c) ? '\u0001' : '\0'
  }).join('')
  // A pictograph by normalize's own range search (each unit is one code point): one reading of PICTOGRAPHIC.
  const forced = Uint8Array.from(chars, (c) => (isPictographic(c.codePointAt(0) ?? -1) || UNREAD_UNIT.test(c) ? 1 : 0))
  for (const match of ascii.matchAll(NEVER_IN_NAME)) forced.fill(1, match.index, match.index + match[0].length)
  return forced
}

/**
 * Every tag but O at the forced units gets -10000, the score of an illegal move, in place: Viterbi and the
 * marginals then both decode around them. `emissions` is row-major [n, labelCount].
 */
export function forceOutside(emissions: Float32Array, forced: Uint8Array, labelCount: number, outside: number): void {
  forced.forEach((isForced, i) => {
    if (!isForced) return
    for (let j = 0; j < labelCount; j++) if (j !== outside) emissions[i * labelCount + j] = -10000
  })
}
