import { describe, expect, it } from 'vitest'
import { foldText } from './fold-text'

describe('foldText', () => {
  it('lets plain typing find accented names', () => {
    expect(foldText('Zoë Łukasz-Ørsted')).toBe('zoe lukasz-orsted')
    expect(foldText('Dvořák')).toBe('dvorak')
  })
  it('keeps other scripts searchable by their own letters', () => {
    expect(foldText('Дмитрий')).toBe('дмитрии')
    expect(foldText('Σοφία')).toBe('σοφια')
  })
})
