import type { z } from 'zod'
import { foldText } from '@shared/fold-text'
import { clientFromRow, suggestClientMapping, type ClientCsvMapping } from '@shared/imports/client-csv'
import { parseCsv, type CsvTable } from '@shared/imports/csv-text'
import type { clientCsvPreviewSchema } from '@shared/operations/data'
import type { ClientInput } from '@shared/contract'
import { insertClient, listClientIdentities } from '../../db/clients'
import { openConnection } from '../../db/connection'
import type { JobContext } from '../../jobs/job-context'
import { ServiceError } from '../errors'
import { readCsvUpload } from './csv-upload'

type Preview = z.output<typeof clientCsvPreviewSchema>

function readClientsCsv(path: string): CsvTable {
  const table = parseCsv(readCsvUpload(path, 'a CSV'))
  const suggested = suggestClientMapping(table.columns)
  if (
    table.columns.length === 0 ||
    (!suggested.name && !suggested.firstName && !suggested.lastName && !suggested.email)
  ) {
    throw new ServiceError(
      'validation',
      'uploadId: This CSV has no header Spotter recognises: the first row should name the columns, with one for the client’s name.',
      'uploadId'
    )
  }
  return table
}

/** Job: a clients CSV's columns, its first rows, and the mapping Spotter suggests. */
export function inspectClientsCsvJob(input: { path: string }): {
  columns: string[]
  sample: string[][]
  rows: number
  suggested: ClientCsvMapping
} {
  const table = readClientsCsv(input.path)
  return {
    columns: table.columns,
    sample: table.rows.slice(0, 5),
    rows: table.rows.length,
    suggested: suggestClientMapping(table.columns)
  }
}

/**
 * Job: checks every row of a clients CSV with the chosen mapping and, when applying, adds the
 * good rows in one transaction. Rows with errors are listed with their row numbers and left out;
 * a client already in the practice (same name and e-mail) is listed as a duplicate and left out.
 */
export function importClientsCsvJob(
  input: {
    path: string
    mapping: ClientCsvMapping
    dateFormat: 'ymd' | 'dmy' | 'mdy'
    distanceUnit: 'km' | 'mi'
    apply: boolean
    now: string
  },
  ctx: JobContext
): Preview & { added: number } {
  const table = readClientsCsv(input.path)
  if (!input.mapping.name && !input.mapping.firstName && !input.mapping.lastName) {
    throw new ServiceError(
      'validation',
      'mapping.name: Choose the column that holds the client’s name.',
      'mapping.name'
    )
  }
  for (const [field, column] of Object.entries(input.mapping)) {
    if (column !== null && !table.columns.includes(column)) {
      throw new ServiceError(
        'validation',
        `mapping.${field}: The file has no column “${column}”.`,
        `mapping.${field}`
      )
    }
  }
  const db = openConnection(ctx.dataFile, { mustExist: true, busyMs: 60_000 })
  try {
    const identity = (name: string, email: string | null): string =>
      `${foldText(name.trim())}|${(email ?? '').toLowerCase()}`
    const known = new Set(listClientIdentities(db).map((c) => identity(c.name, c.email)))
    const preview: Preview & { added: number } = {
      rows: table.rows.length,
      ready: [],
      errors: [],
      duplicates: [],
      added: 0
    }
    const clients: ClientInput[] = []
    table.rows.forEach((cells, index) => {
      const result = clientFromRow(cells, table.columns, index + 2, input)
      if (!result.client) return preview.errors.push(...result.errors)
      const key = identity(result.client.name, result.client.email)
      if (known.has(key)) return preview.duplicates.push({ row: result.row, name: result.client.name })
      known.add(key)
      clients.push(result.client)
      preview.ready.push({
        row: result.row,
        name: result.client.name,
        email: result.client.email,
        birthDate: result.client.birthDate
      })
    })
    if (!input.apply) return preview
    db.transaction(() => {
      clients.forEach((client, i) => {
        if (i % 200 === 0) {
          ctx.throwIfCancelled()
          ctx.progress(i, clients.length, 'Adding clients')
        }
        insertClient(db, client, input.now)
      })
    })()
    preview.added = clients.length
    return preview
  } finally {
    db.close()
  }
}
