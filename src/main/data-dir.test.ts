import { describe, expect, it } from 'vitest'
import { resolveDataDir } from './data-dir'

describe('resolveDataDir', () => {
  it('honours SPOTTER_DATA_DIR before anything else', () => {
    expect(resolveDataDir({ SPOTTER_DATA_DIR: '/tmp/practice' }, 'linux', '/home/t')).toBe('/tmp/practice')
  })
  it('uses the app-data folder Electron would use on each OS', () => {
    expect(resolveDataDir({}, 'linux', '/home/t')).toBe('/home/t/.config/Spotter')
    expect(resolveDataDir({ XDG_CONFIG_HOME: '/cfg' }, 'linux', '/home/t')).toBe('/cfg/Spotter')
    expect(resolveDataDir({}, 'darwin', '/Users/t')).toBe('/Users/t/Library/Application Support/Spotter')
  })
})
