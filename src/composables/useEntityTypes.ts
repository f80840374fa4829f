// Localized names and colours of entity types, for legends, labels and panels.
import { useI18n } from 'vue-i18n'
import { entityHue } from '../app/entityColors'

export const KNOWN_TYPES = ['PER', 'LOC', 'ORG'] as const

export function useEntityTypes() {
  const { t, te } = useI18n()
  function typeName(type: string): string {
    return te(`types.${type}`) ? t(`types.${type}`) : type
  }
  function hueStyle(type: string): Record<string, string> {
    return { '--hue': String(entityHue(type)) }
  }
  return { typeName, hueStyle }
}
