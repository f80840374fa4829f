// Another site may not frame the app: a page laying its own controls over it could have a user type or paste
// confidential text into it (privacy QA). Once the service worker runs, its frame-ancestors 'none' header stops
// the framing outright; on a first visit (no service worker yet, and a <meta> policy cannot say frame-ancestors)
// the app checks for itself, and does not start.

/** Whether `win` is framed by a page of another origin (reading a cross-origin parent's location throws). */
export function framedByAnotherSite(win: Window): boolean {
  if (win.top === win.self) return false
  try {
    return win.top?.location.origin !== win.location.origin
  } catch {
    return true
  }
}

/** In place of the app: a line in both languages and a link that opens the app in its own tab. */
export function showFramedNotice(doc: Document, href: string): void {
  const notice = doc.createElement('p')
  notice.dataset.testid = 'framed-notice'
  notice.style.padding = '1rem'
  notice.append('实体（Shiti）不在其他网站的页面中运行，以免您输入的文字被他人界面诱导或截取。 ',
    'Shiti does not run inside another site\'s page, so that no other page can lead you to type text into it. ')
  const link = doc.createElement('a')
  link.href = href
  link.target = '_blank'
  link.rel = 'noopener noreferrer'
  link.textContent = '在新标签页中打开 · Open it in a tab of its own'
  notice.append(link)
  doc.getElementById('app')?.replaceChildren(notice)
}
