// The Redact tab's boxes before the user touches them: with the fine-grained model the types that identify someone
// are ticked, positions, attractions, books, films and games not (finance QA: 董事长 became [职位1]).
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { replacedTypes } from '../../../src/app/redact'
import { KEPT_BY_DEFAULT } from '../../../src/app/redactDefaults'

const typesOf = (id: string): string[] => JSON.parse(readFileSync(`public/models/${id}/manifest.json`, 'utf8')).entity_types

describe('the types Redact replaces by default', () => {
  it('are the fine-grained model\'s people, places, organizations, companies and government bodies', () => {
    expect(replacedTypes(typesOf('shiti-cluener-v1'), KEPT_BY_DEFAULT)).toEqual(['PER', 'LOC', 'ORG', 'COMPANY', 'GOV'])
  })

  it('are all of the news model\'s, and the rules\' (phone, ID …) whatever the model', () => {
    expect(replacedTypes(typesOf('shiti-news-v1'), KEPT_BY_DEFAULT)).toEqual(['PER', 'LOC', 'ORG'])
    expect(replacedTypes(['PHONE', 'ID_NUMBER', 'EMAIL'], KEPT_BY_DEFAULT)).toEqual(['PHONE', 'ID_NUMBER', 'EMAIL'])
  })

  it('leave out only types a shipped model has (no misspelt id)', () => {
    for (const type of KEPT_BY_DEFAULT) expect(typesOf('shiti-cluener-v1')).toContain(type)
  })
})
