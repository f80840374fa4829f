// Localized names and colours of entity types, for legends, labels and panels.
import { useI18n } from 'vue-i18n'
import { entityHue, isGreyType } from '../app/entityColors'

export const KNOWN_TYPES = ['PER', 'LOC', 'ORG'] as const

export function useEntityTypes() {
  const { t, te } = useI18n()
  function typeName(type: string): string {
    return te(`types.${type}`) ? t(`types.${type}`) : type
  }
  function hueStyle(type: string): Record<string, string> {
    return isGreyType(type) ? { '--hue': String(entityHue(type)), '--sat': '0%' } : { '--hue': String(entityHue(type)) }
  }
  /** The redaction pseudonym for the n-th distinct name of a type: 人名1, Person 1. */
  function pseudonym(type: string, n: number): string {
    return te(`redact.pseudonym.${type}`) ? t(`redact.pseudonym.${type}`, { n }) : t('redact.pseudonym.other', { type, n })
  }
  return { typeName, hueStyle, pseudonym }
}
