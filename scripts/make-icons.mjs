// Renders public/icon.svg to the PNG icons the web app manifest and iOS need (192 and 512 px, and a
// 180 px apple-touch-icon), with the system Chromium. Run again after changing the SVG:
//   node scripts/make-icons.mjs
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { chromium } from 'playwright-core'

const root = join(import.meta.dirname, '..')
const svg = readFileSync(join(root, 'public/icon.svg'), 'utf8')
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium' })
try {
  for (const [size, name] of [[192, 'icon-192.png'], [512, 'icon-512.png'], [180, 'apple-touch-icon.png']]) {
    const page = await browser.newPage({ viewport: { width: size, height: size } })
    const sized = svg.replace('<svg ', `<svg width="${size}" height="${size}" `)
    await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block}</style>${sized}`)
    await page.screenshot({ path: join(root, 'public', name), omitBackground: true })
    await page.close()
    console.log(`public/${name}: ${size}×${size}`)
  }
} finally {
  await browser.close()
}
