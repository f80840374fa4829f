// The text of a live region that speaks only when something happens. Screen readers read out every change of
// a live region's text: bound straight to a visible line, a region spoke at each byte of a download, at each
// percent of an analysis and again, all of it, at a switch of the interface language (QA). Here the region
// holds `message()`, which callers keep coarse (a phase, a quarter of a download, a finished run); with
// `settleMs`, only once it has stopped changing for that long (typing); and a language switch empties it
// instead of saying it again in the new language (an emptied region says nothing).
import { ref, watch, type Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { useDebounceFn } from '@vueuse/core'

export interface Announcement {
  /** What the live region holds. */
  text: Readonly<Ref<string>>
  /** Says the message now, without waiting for `settleMs` (a field losing focus, say). */
  now(): void
}

export function useAnnouncement(message: () => string, { settleMs = 0 } = {}): Announcement {
  const { locale } = useI18n()
  const text = ref('')
  const now = () => {
    text.value = message()
  }
  const later = settleMs > 0 ? useDebounceFn(now, settleMs) : now
  watch([message, locale], ([, language], [, before]) => {
    if (language !== before) text.value = ''
    else void later()
  })
  return { text, now }
}
