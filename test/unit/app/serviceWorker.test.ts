import { describe, expect, it } from 'vitest'
import { isolationIsRisky } from '../../../src/app/serviceWorker'

describe('isolationIsRisky', () => {
  it('avoids cross-origin isolation on Safari and iOS', () => {
    expect(isolationIsRisky('Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15')).toBe(true)
    expect(isolationIsRisky('Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/126.0 Mobile/15E148 Safari/604.1')).toBe(true)
  })
  it('uses it on Chromium and Firefox', () => {
    expect(isolationIsRisky('Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36')).toBe(false)
    expect(isolationIsRisky('Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0')).toBe(false)
  })
})
