// A model file the site answers it does not have is told apart from a lost connection (design QA: a 404 said
// "check the connection").
import { describe, expect, it } from 'vitest'
import { isMissingModelFile, NerError } from '../../../src/engine'

describe('isMissingModelFile', () => {
  it('is an HTTP 404 or 410 of a download', () => {
    expect(isMissingModelFile(new NerError('NETWORK', 'Could not download https://x/models/a/model.onnx: HTTP 404'))).toBe(true)
    expect(isMissingModelFile({ name: 'NerError', code: 'NETWORK', message: 'Could not download https://x/manifest.json: HTTP 410' })).toBe(true)
  })
  it('is not a lost connection, a server error or another failure', () => {
    expect(isMissingModelFile(new NerError('NETWORK', 'Could not download https://x/model.onnx: TypeError: Failed to fetch'))).toBe(false)
    expect(isMissingModelFile(new NerError('NETWORK', 'Could not download https://x/model.onnx: HTTP 503'))).toBe(false)
    expect(isMissingModelFile(new NerError('INTEGRITY', 'HTTP 404'))).toBe(false)
    expect(isMissingModelFile(null)).toBe(false)
  })
})
