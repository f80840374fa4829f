// Numbers in the interface language, with one Intl.NumberFormat per language. vue-i18n's `n(value)` builds a
// new Intl.NumberFormat at every call: the entity list calls it for each name and the progress line at each
// update, and it cost 1.3 s of the main thread over a 1,000,000-character analysis and 2 s over a 50-file
// batch (QA profiles).
import { computed } from 'vue'
import { useI18n } from 'vue-i18n'

export function useNumber(): (value: number) => string {
  const { locale } = useI18n()
  const format = computed(() => new Intl.NumberFormat(locale.value))
  return (value) => format.value.format(value)
}
