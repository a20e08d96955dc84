import { describe, expect, it } from 'vitest'
import { cleanText, hasControlCharacter, hasLoneSurrogate } from './clean-text'
import { foldText } from './fold-text'

describe('cleanText', () => {
  it('stores composed and decomposed accents alike (NFC)', () => {
    expect(cleanText('Zoe\u0308')).toBe('Zoë')
    expect(cleanText('Zoe\u0308')).toBe(cleanText('Zo\u00eb'))
  })

  it('removes invisible characters and trims', () => {
    expect(cleanText(' \u200bCalf\u200b\u2060\ufeff ')).toBe('Calf')
    expect(cleanText('soft\u00adhyphen')).toBe('softhyphen')
    expect(cleanText('\u202eevil\u202c')).toBe('evil')
  })

  it('keeps joiners that emoji and scripts need', () => {
    expect(cleanText('👩\u200d💻')).toBe('👩\u200d💻')
  })

  it('turns line breaks into spaces on one line and keeps them in notes', () => {
    expect(cleanText('Ann\tLee\r\nSmith')).toBe('Ann Lee Smith')
    expect(cleanText('line 1\r\nline 2\rline 3\n', true)).toBe('line 1\nline 2\nline 3')
  })
})

describe('broken text', () => {
  it('finds lone surrogates but not whole pairs', () => {
    expect(hasLoneSurrogate('Zo\ud800e')).toBe(true)
    expect(hasLoneSurrogate('\udc00')).toBe(true)
    expect(hasLoneSurrogate('ok 🏃 ok')).toBe(false)
  })

  it('finds control characters other than tab and line breaks', () => {
    expect(hasControlCharacter('a\u0000b')).toBe(true)
    expect(hasControlCharacter('bell\u0007')).toBe(true)
    expect(hasControlCharacter('\u0085')).toBe(true)
    expect(hasControlCharacter('tab\tand\nbreak\r')).toBe(false)
  })
})

describe('foldText for uniqueness', () => {
  it('ignores case, accents, invisible characters and extra spaces', () => {
    expect(foldText('Calf\u200b')).toBe(foldText('calf'))
    expect(foldText('CALF\u200d')).toBe('calf')
    expect(foldText('  Calf   raise ')).toBe('calf raise')
  })
})
