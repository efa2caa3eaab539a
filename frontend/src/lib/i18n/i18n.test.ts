import { describe, expect, it } from 'vitest'
import { changeLanguage, DEFAULT_LANGUAGE, i18n, initI18n } from '.'
import { en } from './en'
import { vi } from './vi'

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort()
}

describe('translations', () => {
  it('has exactly the same keys in Vietnamese and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort())
  })

  it('has no empty text', () => {
    for (const texts of [vi, en]) {
      for (const [key, text] of Object.entries(texts)) expect(text.trim(), key).not.toBe('')
    }
  })

  it('uses the same placeholders in both languages', () => {
    for (const key of Object.keys(vi) as (keyof typeof vi)[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(vi[key]))
    }
  })
})

describe('i18n', () => {
  it('speaks Vietnamese by default', () => {
    window.localStorage.clear()
    expect(DEFAULT_LANGUAGE).toBe('vi')
    initI18n()
    expect(i18n.language).toBe('vi')
    expect(i18n.t('nav.areas')).toBe('Đơn vị hành chính')
  })

  it('switches to English, remembers it and updates the document language', async () => {
    await changeLanguage('en')
    expect(i18n.t('nav.areas')).toBe('Administrative units')
    expect(window.localStorage.getItem('giamngheo.language')).toBe('en')
    expect(document.documentElement.lang).toBe('en')
    await changeLanguage('vi')
    expect(i18n.t('nav.areas')).toBe('Đơn vị hành chính')
  })
})
