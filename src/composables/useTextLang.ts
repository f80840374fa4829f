// The language the user's text is marked with, wherever it is shown (editor, view, entity list, dictionary, export
// preview, Redact): Chinese whatever the interface (WCAG 3.1.2), and Traditional in the Traditional interface, so the
// CJK font draws it as Taiwan and Hong Kong do (，。 centred; 骨, 令, 直 in their own shapes). One source: the panels
// each had lang="zh" written in, and the view drew 骨 in its mainland shape beside the editor's Taiwanese one (QA).
import { computed, type ComputedRef } from 'vue'
import { useI18n } from 'vue-i18n'

export type TextLang = 'zh-Hant' | 'zh'

/** The text's language for an interface language. */
export function textLangOf(locale: string): TextLang {
  return locale === 'zh-Hant' ? 'zh-Hant' : 'zh'
}

export function useTextLang(): ComputedRef<TextLang> {
  const { locale } = useI18n()
  return computed(() => textLangOf(locale.value))
}
