import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { StoreHost } from '../../store/store-host'
import { allRows, failure, listedClients, ok, openHost, upload } from '../../../../test/support/data-test-kit'

let host: StoreHost
let close: () => Promise<void>
beforeEach(async () => {
  ;({ host, close } = await openHost())
})
afterEach(() => close())

const csv = [
  '\uFEFFFirst name;Last name;E-mail;DOB;Gender;Height;Weekly km;Tags;Notes',
  'Zoë;Ørsted;zoe@example.com;24/12/1990;F;168;32,5;marathon, trail;"Left knee; careful, on hills"',
  'Łukasz;Nowak;not-an-email;01/02/1985;M;1.82;;;',
  ';;nobody@example.com;;;;;;',
  'Дмитрий;Иванов;dima@example.com;31/02/1990;M;;;;',
  'Σοφία;Παπαδοπούλου;sofia@example.com;05/06/1992;female;;20;;'
].join('\r\n')

describe('clients from a CSV file', () => {
  it('suggests a mapping from the header, then previews ready rows and per-row errors with row numbers', async () => {
    const uploadId = await upload(host, csv)
    const inspected = await ok(host, 'clientsCsv.inspect', { uploadId })
    expect(inspected.rows).toBe(5)
    expect(inspected.suggested).toMatchObject({
      firstName: 'First name',
      lastName: 'Last name',
      email: 'E-mail',
      birthDate: 'DOB',
      sex: 'Gender',
      heightM: 'Height',
      weeklyDistanceM: 'Weekly km',
      tags: 'Tags',
      notes: 'Notes',
      name: null
    })
    const preview = await ok(host, 'clientsCsv.preview', {
      uploadId,
      mapping: inspected.suggested,
      dateFormat: 'dmy'
    })
    expect(preview.ready.map((r) => [r.row, r.name, r.birthDate])).toEqual([
      [2, 'Zoë Ørsted', '1990-12-24'],
      [6, 'Σοφία Παπαδοπούλου', '1992-06-05']
    ])
    expect(preview.errors).toEqual([
      { row: 3, field: 'email', message: 'Enter an e-mail address like name@example.com' },
      { row: 4, field: 'name', message: 'Name is required' },
      { row: 5, field: 'birthDate', message: '“31/02/1990” is not a date in the chosen format' }
    ])
    expect((await ok(host, 'clients.list', { status: 'all' })).rows).toHaveLength(0)
  })

  it('adds the good rows on confirm, converting units, and leaves duplicates out', async () => {
    await ok(host, 'clients.create', { name: 'Σοφία Παπαδοπούλου', email: 'sofia@example.com' })
    const uploadId = await upload(host, csv)
    const { suggested } = await ok(host, 'clientsCsv.inspect', { uploadId })
    const result = await ok(host, 'clientsCsv.apply', { uploadId, mapping: suggested, dateFormat: 'dmy' })
    expect(result.added).toBe(1)
    expect(result.duplicates).toEqual([{ row: 6, name: 'Σοφία Παπαδοπούλου' }])
    const listed = (await listedClients(host)).find((c) => c.name === 'Zoë Ørsted')!
    const zoe = await ok(host, 'clients.get', { id: listed.id })
    expect(zoe).toMatchObject({
      sex: 'female',
      heightM: 1.68,
      weeklyDistanceM: 32500,
      tags: ['marathon', 'trail'],
      notes: 'Left knee; careful, on hills'
    })
  })

  it('refuses a file without a recognisable header or a name column, and a cancelled import writes nothing', async () => {
    expect(
      (await failure(host, 'clientsCsv.inspect', { uploadId: await upload(host, 'a,b,c\n1,2,3\n') })).message
    ).toMatch(/no header Spotter recognises/)
    const uploadId = await upload(host, csv)
    const { suggested } = await ok(host, 'clientsCsv.inspect', { uploadId })
    const noName = await failure(host, 'clientsCsv.preview', {
      uploadId,
      mapping: { ...suggested, firstName: null, lastName: null }
    })
    expect(noName.message).toMatch(/column that holds the client’s name/)
    const unknown = await failure(host, 'clientsCsv.preview', {
      uploadId,
      mapping: { ...suggested, notes: 'Shoe size' }
    })
    expect(unknown.message).toMatch(/no column “Shoe size”/)

    const before = allRows(host)
    const pending = host.run('clientsCsv.apply', { uploadId, mapping: suggested, dateFormat: 'dmy' })
    const [job] = await ok(host, 'jobs.list', {})
    await ok(host, 'jobs.cancel', { id: job!.id })
    const result = await pending
    expect(!result.ok && result.error.code).toBe('cancelled')
    expect(allRows(host)).toEqual(before)
  })
})
