import { describe, expect, it } from 'vitest'
import { foldText, matchesText } from './text'

describe('foldText', () => {
  it('drops Vietnamese diacritics, including đ', () => {
    expect(foldText('Xã Nam Đông')).toBe('xa nam dong')
    expect(foldText('Phường Hương Trà')).toBe('phuong huong tra')
  })
})

describe('matchesText', () => {
  it('matches without accents and case', () => {
    expect(matchesText('Thành phố Huế', 'hue')).toBe(true)
    expect(matchesText('Thành phố Huế', 'da nang')).toBe(false)
  })

  it('matches everything for an empty filter', () => {
    expect(matchesText('Huế', '  ')).toBe(true)
  })
})
