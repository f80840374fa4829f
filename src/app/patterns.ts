// Contact details and identity numbers, found by rules rather than the model: phone numbers, e-mail
// addresses, PRC resident ID numbers (their check digit verified) and bank card numbers (Luhn-valid).
// For redaction, where a name removed and an ID number left in place is no redaction at all. Rules, so
// they are exact where the formats are (an ID's check digit, a card's Luhn sum) and greedy where they are
// not (any mobile-shaped number is taken for a phone): for redacting, too much beats too little.
import type { Entity } from '../engine'

export const PATTERN_TYPES = ['PHONE', 'EMAIL', 'ID_NUMBER', 'BANK_CARD'] as const
export type PatternType = (typeof PATTERN_TYPES)[number]

export interface PatternEntity extends Entity {
  fromPattern: true
}

export function isFromPattern(entity: Entity): entity is PatternEntity {
  return (entity as Partial<PatternEntity>).fromPattern === true
}

/** Full-width ASCII (！ to ～) as ASCII, one UTF-16 unit for one, so offsets carry over. */
function foldFullWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
}

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,}/g
/** Mainland mobiles (1[3-9] and nine more digits, grouped 3-4-4 or not, +86 optional) and landlines with an area code
 *  (a local number of 7 or 8 digits, whole or grouped 3-4 or 4-4: 010-6307-1234, (010)6307 1234). */
const PHONE = /(?<![\dA-Za-z])(?:(?:\+|00)?86[ -]?)?(?:1[3-9]\d(?:[ -]?\d{4}){2}|\(0\d{2,3}\) ?\d{3,4}[ -]?\d{4}|0\d{2,3}-\d{3,4}[ -]?\d{4})(?:-\d{1,5})?(?![\dA-Za-z])/g
const ID_NUMBER = /(?<![\dA-Za-z])\d{17}[\dXx](?![\dA-Za-z])/g
/** 16 to 19 digits, in groups of 4 or not. */
const CARD = /(?<![\dA-Za-z])(?:\d{4}[ -]?){3}\d{4}(?:\d{1,3})?(?![\dA-Za-z])/g

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const ID_CHECK = '10X98765432'

/** GB 11643: a real birth date (1900 to this century) and the check digit. */
export function isResidentId(digits: string): boolean {
  const year = Number(digits.slice(6, 10))
  const month = Number(digits.slice(10, 12))
  const day = Number(digits.slice(12, 14))
  if (year < 1900 || year > 2099 || month < 1 || month > 12 || day < 1 || day > 31) return false
  const sum = ID_WEIGHTS.reduce((acc, w, i) => acc + w * Number(digits[i]), 0)
  return ID_CHECK[sum % 11] === digits[17]!.toUpperCase()
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

function matches(folded: string, text: string, pattern: RegExp, type: PatternType, accept: (match: string) => boolean = () => true): PatternEntity[] {
  const found: PatternEntity[] = []
  for (const m of folded.matchAll(pattern)) {
    if (!accept(m[0])) continue
    const start = m.index
    const end = start + m[0].length
    found.push({ start, end, type, text: text.slice(start, end), score: 1, fromPattern: true })
  }
  return found
}

/** Every match in `text`, by start; where two overlap, the one found by the stricter rule first is kept. */
export function findPatterns(text: string): PatternEntity[] {
  const folded = foldFullWidth(text)
  const candidates = [
    ...matches(folded, text, EMAIL, 'EMAIL'),
    ...matches(folded, text, ID_NUMBER, 'ID_NUMBER', isResidentId),
    // Card numbers start with 3 to 6 (UnionPay 62, Visa 4, Mastercard 5, Amex and JCB 3).
    ...matches(folded, text, CARD, 'BANK_CARD', (m) => /^[3-6]/.test(m) && passesLuhn(m.replace(/\D/g, ''))),
    ...matches(folded, text, PHONE, 'PHONE'),
  ]
  const kept: PatternEntity[] = []
  for (const c of candidates) if (!kept.some((k) => c.start < k.end && k.start < c.end)) kept.push(c)
  return kept.sort((a, b) => a.start - b.start)
}

/** `entities` with the pattern matches of `text` laid over them: a match replaces what it overlaps. */
export function withPatterns(text: string, entities: readonly Entity[]): readonly Entity[] {
  const found = findPatterns(text)
  if (found.length === 0) return entities
  const rest = entities.filter((e) => !found.some((p) => e.start < p.end && p.start < e.end))
  return [...rest, ...found].sort((a, b) => a.start - b.start)
}
