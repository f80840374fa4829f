// Text out of saved web pages, in a real Chromium (DOMParser is a browser API): blocks become lines,
// scripts, styles and hidden parts are left out, a name wrapped in the page's source stays whole, and
// nothing the page refers to is fetched. The harness page has the app's style-src 'self', under which a page's
// styles, if parsed as such, would each log a Content-Security-Policy error.
import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CHROME, openHarness, type OpenHarness } from './browser/open-harness'

type HtmlTextModule = typeof import('../../src/app/htmlText')
declare global {
  interface Window { htmlTextModule: HtmlTextModule; cspViolations: string[] }
}

const LOADER = "import * as m from '/src/app/htmlText.ts'; window.htmlTextModule = m"

describe.runIf(existsSync(CHROME))('htmlText in Chromium', () => {
  let harness: OpenHarness
  beforeAll(async () => {
    // script-src as the app's (no inline script, no event handler attribute), plus the hash of the one
    // inline script below.
    harness = await openHarness({ 'Content-Security-Policy': `style-src 'self'; base-uri 'self'; script-src 'self' 'sha256-${createHash('sha256').update(LOADER).digest('base64')}'` })
    await harness.page.evaluate(() => {
      window.cspViolations = []
      document.addEventListener('securitypolicyviolation', (e) => window.cspViolations.push(e.violatedDirective))
    })
    // The module as Vite serves it to the page (a script tag: vitest would rewrite an import() in evaluate).
    await harness.page.addScriptTag({ type: 'module', content: LOADER })
    await harness.page.waitForFunction(() => window.htmlTextModule !== undefined)
  })
  afterAll(async () => {
    await harness?.close()
  })

  const textOf = (html: string) => harness.page.evaluate((source) => window.htmlTextModule.htmlText(source), html)

  it('gives a line per block, words of a line joined by single spaces', async () => {
    const page = `<!doctype html><html><head><title>标题栏</title><style>p { color: red }</style></head><body>
      <h1>新华社   北京电</h1>
      <p>国务院总理<b>李强</b>今天<br>会见了客人。</p>
      <ul><li>第一条</li><li>第二条</li></ul>
      <table><tr><td>北京</td><td>上海</td></tr><tr><th>广州</th><td>深圳</td></tr></table>
      <pre>第一行
第二行</pre>
      <p>Reported by <i>Xinhua</i>, Beijing.</p>
    </body></html>`
    expect(await textOf(page)).toBe([
      '新华社 北京电', '国务院总理李强今天', '会见了客人。', '第一条', '第二条', '北京 上海', '广州 深圳', '第一行', '第二行',
      'Reported by Xinhua, Beijing.',
    ].join('\n'))
  })

  it('leaves out scripts, styles, hidden parts and form option lists; entities stay text', async () => {
    const page = `<body><script>alert('x'); var s = '不要读我'</script><noscript>请启用脚本</noscript>
      <div hidden>隐藏的文字</div><div style="display: none">也隐藏</div>
      <select><option>选项甲</option></select><template><p>模板</p></template>
      <p>&lt;b&gt;王毅&lt;/b&gt; &amp; 李娜</p></body>`
    expect(await textOf(page)).toBe('<b>王毅</b> & 李娜')
  })

  it('leaves out ruby annotations, so an annotated name is read as the name', async () => {
    expect(await textOf('<p><ruby>孔<rt>kǒng</rt>子</ruby>是鲁国人。</p>')).toBe('孔子是鲁国人。')
    expect(await textOf('<p><ruby>北京<rp>(</rp><rt>Běijīng</rt><rp>)</rp></ruby>大学</p>')).toBe('北京大学')
  })

  it('joins a line break in the source between Chinese characters, as browsers render it, but not between words', async () => {
    expect(await textOf('<p>国务院总理李\n  强在北京\n会见了 Tim\nCook。</p>')).toBe('国务院总理李强在北京会见了 Tim Cook。')
  })

  it('applies none of the page\'s styles, so the Content-Security-Policy has nothing to refuse', async () => {
    const page = `<html><head><STYLE media="all">p { color: red } </style ><style></style></head><body>
      <p style="color: blue" title='a style="x" >'>北京</p><p class=x STYLE=display:none>不显示</p>
      <svg><style>.a { fill: red }</style></svg><div data-x="1"style="display : none">也不显示</div>
      <!-- <style> 注释 --><script>var s = '<style>'</script><textarea><p style="x">文本框</textarea>
      <p>上海</p></body></html>`
    expect(await textOf(page)).toBe('北京\n<p style="x">文本框\n上海')
    await harness.page.waitForTimeout(100) // violations are reported in a task of their own
    expect(await harness.page.evaluate(() => window.cspViolations)).toEqual([])
  })

  it('keeps none of the page\'s event handler attributes, which the Content-Security-Policy would refuse', async () => {
    const page = `<body onload="alert(1)"><p onclick="steal()" ONMOUSEOVER='x()' title="onclick=y">北京</p>
      <img src=x onerror=alert(2)><div data-on="1" one="2">上海</div></body>`
    expect(await textOf(page)).toBe('北京\n上海')
    await harness.page.waitForTimeout(100)
    expect(await harness.page.evaluate(() => window.cspViolations)).toEqual([])
  })

  it('reads short comments and a <base> as the browser does, so their neighbours\' styles are taken out too', async () => {
    // Each of these logged a Content-Security-Policy error (QA): <!--> and <!---> are whole comments, and a saved
    // page's <base href> broke base-uri 'self'.
    const page = `<base href="http://127.0.0.1:9/saved/"><p>北京</p><!--><p style="color:red" onclick="x()">上海</p>
      <!---><p style="color:blue">广州</p><!-- a --!><p style="color:green">深圳</p>`
    expect(await textOf(page)).toBe('北京\n上海\n广州\n深圳')
    await harness.page.waitForTimeout(100)
    expect(await harness.page.evaluate(() => window.cspViolations)).toEqual([])
  })

  it('fetches nothing the page refers to', async () => {
    harness.requests.length = 0
    const text = await textOf(`<body><img src="/track.png?t=1"><link rel=stylesheet href="/x.css"><iframe src="/frame.html"></iframe>
      <video src="/v.mp4"></video><p style="background:url(/bg.png)">正文</p></body>`)
    expect(text).toBe('正文')
    await harness.page.waitForTimeout(300)
    expect(harness.requests.map((r) => new URL(r.url).pathname).filter((p) => /track|x\.css|frame|v\.mp4|bg\.png/.test(p))).toEqual([])
  })

  it('reads the encoding a page declares', async () => {
    const labels = await harness.page.evaluate(() => {
      const { declaredCharset } = window.htmlTextModule
      const bytes = (s: string) => new TextEncoder().encode(s)
      return [
        declaredCharset(bytes('<html><head><meta charset="GBK"><title>x</title>')),
        declaredCharset(bytes('<meta http-equiv="Content-Type" content="text/html; charset=big5">')),
        declaredCharset(bytes('<p>no declaration</p>')),
      ]
    })
    expect(labels).toEqual(['gbk', 'big5', null])
  })
})
