// Another site may not frame the app: a page laying its own controls over it could have a user type or paste
// confidential text into it (privacy QA). Once the service worker runs, its frame-ancestors 'none' header stops
// the framing outright; on a first visit (no service worker yet, and a <meta> policy cannot say frame-ancestors)
// the app checks for itself, and does not start.
import { preferredLocale } from '../i18n'

/** Whether `win` is framed by a page of another origin (reading a cross-origin parent's location throws). */
export function framedByAnotherSite(win: Window): boolean {
  if (win.top === win.self) return false
  try {
    return win.top?.location.origin !== win.location.origin
  } catch {
    return true
  }
}

/** The notice's Chinese, in the script the app would have shown (native-speaker review: it had no Traditional). */
const CHINESE_NOTICE = {
  'zh': { line: 'Shiti 实体不在其他网站的页面中运行，以防他人页面诱导您输入或截取您的文字。 ', open: '在新标签页中打开' },
  'zh-Hant': { line: 'Shiti 實體不在其他網站的頁面中執行，以防他人頁面誘導您輸入或擷取您的文字。 ', open: '在新分頁中開啟' },
} as const

/**
 * In place of the app: a line in Chinese and in English, and a link that opens the app in its own tab. The Chinese
 * is Traditional where the app would be, by the browser's languages (framed by another site, the page's storage,
 * and so a language chosen earlier, is partitioned by that site in today's browsers), Simplified otherwise.
 */
export function showFramedNotice(doc: Document, href: string): void {
  const languages = doc.defaultView?.navigator.languages ?? []
  const chinese = CHINESE_NOTICE[preferredLocale(languages, null) === 'zh-Hant' ? 'zh-Hant' : 'zh']
  const notice = doc.createElement('p')
  notice.dataset.testid = 'framed-notice'
  notice.style.padding = '1rem'
  notice.append(chinese.line,
    'Shiti does not run inside another site\'s page, so that no other page can lead you to type text into it. ')
  const link = doc.createElement('a')
  link.href = href
  link.target = '_blank'
  link.rel = 'noopener noreferrer'
  link.textContent = `${chinese.open} · Open it in a tab of its own`
  notice.append(link)
  doc.getElementById('app')?.replaceChildren(notice)
}
