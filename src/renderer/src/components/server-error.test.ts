import { describe, expect, it } from 'vitest'
import { ApiError } from '../api/client'
import { formFieldOf, serverError } from './server-error'

const fields = ['name', 'tags', 'weeklyDistanceM', 'bodyArea']

describe('a server error lands on its form field', () => {
  it('strips the patch prefix and list positions', () => {
    expect(formFieldOf('name', fields)).toBe('name')
    expect(formFieldOf('patch.weeklyDistanceM', fields)).toBe('weeklyDistanceM')
    expect(formFieldOf('patch.tags.1', fields)).toBe('tags')
  })

  it('follows a form’s own names for contract fields', () => {
    expect(formFieldOf('patch.primaryMuscles.0', ['muscles'], { primaryMuscles: 'muscles' })).toBe('muscles')
  })

  it('leaves an error about no shown field to the form footer', () => {
    expect(formFieldOf(undefined, fields)).toBeUndefined()
    expect(formFieldOf('clientId', fields)).toBeUndefined()
    expect(
      serverError(new ApiError('conflict', 'clientId: No client with id 9', 'clientId'), fields)
    ).toEqual({
      field: undefined,
      message: 'No client with id 9'
    })
  })

  it('gives the message without its field prefix', () => {
    const error = new ApiError('validation', 'patch.tags.1: Tag 2 is already in the list', 'patch.tags.1')
    expect(serverError(error, fields)).toEqual({ field: 'tags', message: 'Tag 2 is already in the list' })
  })
})
