// Localized names, colours and mark titles of entity types, for legends, labels, panels and the highlighted view.
import { useI18n } from 'vue-i18n'
import type { Entity } from '../engine'
import { entityHue, isGreyType, lightLineDarkening } from '../app/entityColors'
import { isFromLexicon } from '../app/userLexicon'
import { isFromPattern } from '../app/patterns'

export const KNOWN_TYPES = ['PER', 'LOC', 'ORG'] as const

/** Type names by language and type, and styles by type: the highlighted view asks for both at every mark, and
 *  vue-i18n resolves a message anew at each call (about 1 s over a 300,000-character analysis, profile). */
const typeNames = new Map<string, string>()
const hueStyles = new Map<string, Readonly<Record<string, string>>>()

/** The highlighted view's marks take their type's hue from one CSS rule per type, keyed on the mark's `data-type`,
 *  not from an inline style: Vue's patchStyle sets every key of a mark's style again at each re-render, even an
 *  unchanged one, so one threshold step on a 200,000-character text made 27,000 setProperty calls (slow-CPU QA).
 *  The rules go into a constructed style sheet (CSSOM, which the CSP's style-src 'self' allows), made once. */
const markHueTypes = new Set<string>()
let markHueSheet: CSSStyleSheet | null | undefined

function hueSheet(): CSSStyleSheet | null {
  if (markHueSheet !== undefined) return markHueSheet
  markHueSheet = null
  if (typeof document === 'undefined') return null
  try {
    const sheet = new CSSStyleSheet()
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet]
    markHueSheet = sheet
  } catch {
    // No constructable style sheets (Safari before 16.4): the page's own style sheet takes the rules.
    markHueSheet = [...document.styleSheets].reverse().find((sheet) => {
      try {
        return sheet.cssRules !== null
      } catch {
        return false
      }
    }) ?? null
  }
  return markHueSheet
}

/** The declarations that colour a type: its hue, grey for rule-based types, a darker underline where the light
 *  theme needs one. */
function hueDeclarations(type: string): Readonly<Record<string, string>> {
  const darker = lightLineDarkening(type)
  return isGreyType(type)
    ? { '--hue': String(entityHue(type)), '--sat': '0%' }
    : { '--hue': String(entityHue(type)), ...(darker > 0 ? { '--line-dl': `${darker}%` } : {}) }
}

/** Makes sure the marks of a type (`mark.entity[data-type]`) have their hue's rule; cheap after the first call. */
export function ensureMarkHue(type: string): void {
  if (markHueTypes.has(type)) return
  markHueTypes.add(type)
  const sheet = hueSheet()
  if (!sheet) return
  const body = Object.entries(hueDeclarations(type)).map(([name, value]) => `${name}: ${value}`).join('; ')
  sheet.insertRule(`mark.entity[data-type="${CSS.escape(type)}"] { ${body} }`, sheet.cssRules.length)
}

export function useEntityTypes() {
  const { t, te, locale } = useI18n()
  function typeName(type: string): string {
    const key = `${locale.value}\u0000${type}`
    let name = typeNames.get(key)
    if (name === undefined) typeNames.set(key, (name = te(`types.${type}`) ? t(`types.${type}`) : type))
    return name
  }
  /** The label on a name in the highlighted view: the type's short form where it has one, else its name. */
  function markLabel(type: string): string {
    const key = `${locale.value}\u0000mark\u0000${type}`
    let label = typeNames.get(key)
    if (label === undefined) typeNames.set(key, (label = te(`typeMarks.${type}`) ? t(`typeMarks.${type}`) : typeName(type)))
    return label
  }
  function hueStyle(type: string): Readonly<Record<string, string>> {
    let style = hueStyles.get(type)
    if (!style) hueStyles.set(type, (style = hueDeclarations(type)))
    return style
  }
  /** The redaction pseudonym for the n-th distinct name of a type: 人名1, Person 1. */
  function pseudonym(type: string, n: number): string {
    return te(`redact.pseudonym.${type}`) ? t(`redact.pseudonym.${type}`, { n }) : t('redact.pseudonym.other', { type, n })
  }
  /** The redaction tag of a type, in the UI's language as the pseudonyms: [人名], [PER]. */
  function tag(type: string): string {
    return te(`redact.tags.${type}`) ? t(`redact.tags.${type}`) : t('redact.tags.other', { type })
  }
  return { typeName, markLabel, hueStyle, pseudonym, tag }
}

/** Mark titles by language, source, type and score (a few hundred at most), shared by every block: vue-i18n
 *  resolves a message anew at each call, and the view has a title for every mark. */
const titles = new Map<string, string>()

/** A mark's title (type and confidence, or where it comes from), in the language now: the view's marks, and the
 *  line above the view that says what was picked (QA: it kept the language it was picked in). */
export function useEntityTitle(): (e: Entity) => string {
  const { t, locale } = useI18n()
  const { typeName } = useEntityTypes()
  return function entityTitle(e: Entity): string {
    const source = isFromPattern(e) ? 'pattern' : isFromLexicon(e) ? 'lexicon' : 'model'
    const score = source === 'model' ? e.score.toFixed(2) : ''
    const key = `${locale.value}\u0000${source}\u0000${e.type}\u0000${score}`
    let title = titles.get(key)
    if (title === undefined) {
      const type = typeName(e.type)
      title = source === 'pattern' ? t('view.patternTitle', { type }) : source === 'lexicon' ? t('view.lexiconTitle', { type }) : t('view.entityTitle', { type, score })
      titles.set(key, title)
    }
    return title
  }
}
