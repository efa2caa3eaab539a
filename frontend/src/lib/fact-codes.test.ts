import { describe, expect, it } from 'vitest'
import { factKindOf, factLabelKey } from './fact-codes'

describe('factKindOf', () => {
  it('recognises the kind of code an indicator parameter lists', () => {
    expect(factKindOf(['PIPED', 'DRILLED_WELL'])).toBe('waterSource')
    expect(factKindOf(['SEPTIC', 'NONE'])).toBe('latrineType')
    expect(factKindOf(['NONE', 'PRIMARY', 'UNIVERSITY'])).toBe('education')
    expect(factKindOf(['INTERNET', 'PHONE'])).toBe('telecomService')
    expect(factKindOf(['TV', 'PHONE'])).toBe('informationDevice')
  })

  it('knows no kind for unknown codes or an empty list', () => {
    expect(factKindOf(['SOMETHING_NEW'])).toBeUndefined()
    expect(factKindOf([])).toBeUndefined()
  })
})

describe('factLabelKey', () => {
  it('names the translation of a code of a kind', () => {
    expect(factLabelKey('latrineType', 'NONE')).toBe('fact.latrineType.NONE')
    expect(factLabelKey('education', 'NONE')).toBe('fact.education.NONE')
    expect(factLabelKey('waterSource', 'UNKNOWN_SOURCE')).toBeUndefined()
    expect(factLabelKey(undefined, 'PIPED')).toBeUndefined()
  })
})
