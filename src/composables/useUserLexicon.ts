// The user's dictionary (see app/userLexicon.ts): its text is remembered in this browser's localStorage and
// never sent anywhere; parsed against the model's types, in either UI language's names for them.
import { useLocalStorage } from '@vueuse/core'
import { computed, type Ref } from 'vue'
import { parseLexicon } from '../app/userLexicon'
import en from '../i18n/en'
import zh from '../i18n/zh'

export const LEXICON_STORAGE_KEY = 'shiti.lexicon'

/** PER, 人名, PERSON -> PER, and so on, for every type the model (or the UI) knows. */
function typeSpellings(types: readonly string[]): Map<string, string> {
  const spellings = new Map<string, string>()
  for (const type of types) {
    spellings.set(type.toUpperCase(), type)
    for (const names of [en.types, zh.types] as Record<string, string>[]) {
      const name = names[type]
      if (name) spellings.set(name.toUpperCase(), type)
    }
  }
  return spellings
}

export function useUserLexicon(types: Ref<readonly string[]>) {
  // A browser that refuses storage (private mode, full quota) still gets a working dictionary for the visit.
  const source = useLocalStorage(LEXICON_STORAGE_KEY, '', { onError: (e) => console.warn('dictionary not saved:', e) })
  const lexicon = computed(() => parseLexicon(source.value, typeSpellings(types.value)))
  return { source, lexicon }
}
