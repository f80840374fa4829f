// Colour identity of entity types. Colours are expressed as a hue only: the theme (CSS) decides
// lightness and glow, so one number per type works for both the neon dark theme and the light theme.
import { PATTERN_TYPES } from './patterns'

/** Hues for the news types: rose people, blue places, amber organisations, after the Okabe-Ito palette's reddish
 *  purple, blue and orange. The original service's magenta people and cyan places (318, 186) were nearly one colour
 *  to a colour-blind reader: under simulated deuteranopia the light theme's 人名 and 地名 backgrounds were 6.6 apart
 *  in CIELAB (ΔE 1976; 41.9 with normal vision) and their underlines 8.9, and 人名 and 机构名 15.5 under
 *  tritanopia. These three came from a search over the wheel that raised the smallest difference between any two
 *  of them under deuteranopia, protanopia and tritanopia (Machado 2009) and normal vision, in both themes: 20.4 for
 *  the backgrounds and 30.5 for the underlines (from 6.4 and 8.9). LOC stops at 236: a bluer one (240) buys 0.3
 *  but takes the dark theme's underline under 3:1 against its view. The unit test checks the figures. */
const KNOWN_TYPE_HUES: ReadonlyMap<string, number> = new Map([['PER', 342], ['LOC', 236], ['ORG', 54]])

/** The fine-grained model's other seven types. The light theme's pale mark backgrounds are where ten hues are
 *  hardest to tell apart: evenly spaced hues gave a CIEDE2000 difference of 8.7 between two of them, and a later
 *  placement put 地名, 景点 and 政府机构 in one cyan-to-light-blue band and 公司 next to 职位 (QA). These hues came
 *  from a search over the wheel, PER, LOC and ORG fixed at their colour-blind-safe hues, that raised the smallest
 *  difference between any two of the ten backgrounds to 9.3 in both themes (it was 8.5 and 8.1), keeps the
 *  underlines at least 15.8 apart, and puts the pairs the QA pass confused 15 or more apart. Ten hues at a theme's
 *  one lightness cannot all stay apart for a colour-blind reader (some two are within 3 under each simulated
 *  deficiency, as with the earlier hues); their labels name them. The unit test checks the figures against main.css. */
const FINE_TYPE_HUES: ReadonlyMap<string, number> = new Map([
  ['COMPANY', 163], ['POSITION', 205], ['SCENE', 15], ['GOV', 187], ['BOOK', 119], ['MOVIE', 33], ['GAME', 300],
])

/** Matches found by rule (app/patterns.ts) are grey, not a hue: every hue is some type's already (ten of the
 *  fine-grained model's), and grey with a dashed underline (main.css) says "not the model's". Their labels
 *  tell them apart. */
const PATTERN_TYPE_NAMES: ReadonlySet<string> = new Set(PATTERN_TYPES)

/** Whether a type is drawn grey (saturation 0) rather than in its hue. */
export function isGreyType(type: string): boolean {
  return PATTERN_TYPE_NAMES.has(type)
}

/** Hue ranges already taken by the known types; generated hues keep this far away from them. */
const MIN_HUE_DISTANCE = 28

function hueDistance(a: number, b: number): number {
  const d = Math.abs(a - b) % 360
  return Math.min(d, 360 - d)
}

/** FNV-1a: a stable, well-spread hash so a future type keeps its colour across reloads. */
function hashString(value: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < value.length; i++) {
    hash ^= value.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash >>> 0
}

/** The hue (0..359) for an entity type; unknown types get a generated hue distinct from the known ones.
 *  Maps, not object literals: a type comes from a model's labels, and one named constructor or __proto__ found
 *  Object's own properties in a literal (a function for a hue, NaN in a .docx shade; security QA). */
export function entityHue(type: string): number {
  const known = KNOWN_TYPE_HUES.get(type) ?? FINE_TYPE_HUES.get(type) ?? (PATTERN_TYPE_NAMES.has(type) ? 0 : undefined)
  if (known !== undefined) return known
  let hue = hashString(type) % 360
  // Step around the wheel (golden angle) until the hue is clearly distinct from PER/LOC/ORG.
  for (let tries = 0; tries < 32; tries++) {
    if ([...KNOWN_TYPE_HUES.values()].every((h) => hueDistance(h, hue) >= MIN_HUE_DISTANCE)) break
    hue = (hue + 137) % 360
  }
  return hue
}

/** An HSL colour (hue in degrees, saturation and lightness 0..1) as RRGGBB, for files that take no CSS (.docx). */
export function hslHex(hue: number, saturation: number, lightness: number): string {
  const a = saturation * Math.min(lightness, 1 - lightness)
  const channel = (n: number) => {
    const k = (n + hue / 30) % 12
    return Math.round(255 * (lightness - a * Math.max(-1, Math.min(k - 3, 9 - k, 1))))
  }
  return [channel(0), channel(8), channel(4)].map((c) => c.toString(16).padStart(2, '0')).join('').toUpperCase()
}

/** The pale background a name of this type gets in exported files (the annotated HTML page's and Word's). */
export function exportShade(type: string): string {
  return hslHex(entityHue(type), isGreyType(type) ? 0 : 0.9, 0.85)
}

/** The light theme's view (main.css --surface-2) and its underlines' lightness (--mark-line-l). */
const LIGHT_VIEW = 'EEF1F8'
const LIGHT_LINE_LIGHTNESS = 0.36
/** What a name's underline needs against the view: WCAG's 3:1 for non-text contrast, with a margin. */
const LINE_CONTRAST = 3.1

function relativeLuminance(hex: string): number {
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  })
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!
}

function contrast(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x)
  return (light! + 0.05) / (dark! + 0.05)
}

/**
 * How many points of lightness the light theme takes off a type's underline so it stands 3:1 against the view.
 * At the theme's one lightness the yellow, green and cyan hues' underlines were 2.0-3.0:1 (书名 1.98, 职位 2.26,
 * 景点 2.36, 地名 2.63), and the underline is what shows which characters a name covers (a11y QA). Darkening
 * only those keeps every two types' underlines apart (CIEDE2000 15.8 at the closest with today's hues).
 */
export function lightLineDarkening(type: string): number {
  if (isGreyType(type)) return 0
  const hue = entityHue(type)
  let points = 0
  while (points < 20 && contrast(hslHex(hue, 1, LIGHT_LINE_LIGHTNESS - points / 100), LIGHT_VIEW) < LINE_CONTRAST) points++
  return points
}
