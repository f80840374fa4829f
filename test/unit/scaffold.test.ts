import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'

describe('package scripts', () => {
  it('npm test runs every suite in order', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'))
    expect(pkg.scripts.test).toBe('npm run typecheck && npm run lint && npm run test:unit && npm run test:py && npm run test:e2e')
  })
})
