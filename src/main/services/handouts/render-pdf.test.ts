import { mkdtempSync, readFileSync, rmSync, createWriteStream } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { afterAll, describe, expect, it } from 'vitest'
import type { HandoutModel, HandoutRow } from '@shared/handout/model'
import { planLogSheet } from './log-sheet'
import { renderHandout, renderHandoutToBuffer } from './render-pdf'
import { sampleHandout } from '../../../../test/support/sample-handout'

interface PageText {
  /** Every text item in drawing order, joined by spaces, with runs of white space collapsed. */
  text: string
  items: Array<{ str: string; size: number }>
}

// The renderer glues numbers to units with no-break spaces; readers compare words, not bytes.
const normalize = (text: string): string => text.replace(/\s+/g, ' ').trim()

async function readPdf(pdf: Buffer): Promise<{ pages: PageText[]; title: unknown }> {
  // Only the embedded fonts count: a system font could hide a missing glyph. (pdfjs 6 has no
  // isEvalSupported option any more; it no longer evaluates font code.)
  const task = getDocument({ data: new Uint8Array(pdf), useSystemFonts: false })
  const document = await task.promise
  const pages: PageText[] = []
  for (let n = 1; n <= document.numPages; n++) {
    const content = await (await document.getPage(n)).getTextContent()
    const items = content.items.flatMap((item) =>
      'str' in item ? [{ str: item.str, size: Math.hypot(...(item.transform as number[]).slice(0, 2)) }] : []
    )
    pages.push({ text: normalize(items.map((i) => i.str).join(' ')), items })
  }
  const { info } = await document.getMetadata()
  await task.destroy()
  return { pages, title: (info as { Title?: unknown }).Title }
}

async function render(model: HandoutModel): Promise<{ pages: PageText[]; count: number; title: unknown }> {
  const { pdf, pages: count } = await renderHandoutToBuffer(model)
  const { pages, title } = await readPdf(pdf)
  return { pages, count, title }
}

/** The smallest handout: one short workout and nothing optional. */
function bareModel(overrides: Partial<HandoutModel> = {}): HandoutModel {
  const base = sampleHandout({
    workouts: 1,
    exercisesPerWorkout: 3,
    weeks: 0,
    instructions: false,
    weekPlan: false,
    guidance: false
  })
  return { ...base, ...overrides }
}

const dir = mkdtempSync(join(tmpdir(), 'spotter-handout-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

// Full handouts are laid out and read back with pdf.js: slow on a busy machine.
describe('renderHandout', { timeout: 60_000 }, () => {
  it.each(['Zoë Łukasz-Ørsted', 'Дмитрий', 'Σοφία'])(
    'prints the client name %s with the embedded font',
    async (client) => {
      const { pages, title } = await render(bareModel({ client }))
      expect(pages[0]?.text).toContain(client)
      expect(title).toBe(`${client} – Spring marathon block`)
    }
  )

  it('prints every exercise with its sets × reps, load and rest in the workout tables', async () => {
    for (const paper of ['A4', 'Letter'] as const) {
      const model = sampleHandout({ paper, unit: paper === 'A4' ? 'kg' : 'lb' })
      const { pages } = await render(model)
      const tables = pages
        .filter((p) => p.text.includes('Sets × reps'))
        .map((p) => p.text)
        .join(' ')
      const rows = model.workouts.flatMap((w) => w.rows)
      expect(rows.length).toBe(32)
      for (const row of rows) {
        // One row's cells are written in order, so they read as one run of text.
        const cells = [row.label, row.exercise, row.setsReps, row.load, row.rest, row.tempo].filter(Boolean)
        expect(tables).toContain(normalize(cells.join(' ')))
      }
      expect(tables).toContain('75 % 1RM (' + (paper === 'A4' ? '70 kg)' : '155 lb)'))
    }
  })

  it('puts "Page x of y" and the generation date on every page', async () => {
    const { pages, count } = await render(sampleHandout())
    expect(pages.length).toBe(count)
    pages.forEach((page, i) => {
      expect(page.text).toContain(`Page ${i + 1} of ${count}`)
      expect(page.text).toContain('Generated 24 Nov 2026')
      expect(page.text).toContain('Northside Strength & Running · Zoë Łukasz-Ørsted')
    })
  })

  it('uses as many pages as the content needs and no more', async () => {
    const bare = await render(bareModel())
    expect(bare.count).toBe(1)
    expect(bare.pages[0]?.text).not.toContain('How to do each exercise')

    const sample = sampleHandout({ workouts: 1, exercisesPerWorkout: 3, weeks: 4 })
    const withEverything = await render(sample)
    // Workouts and week plan; instructions; one portrait log sheet; guidance.
    expect(withEverything.count).toBe(4)
    expect(
      withEverything.pages.map((p) => p.text.match(/How to do each exercise|LOG SHEET|Getting the most/)?.[0])
    ).toEqual([undefined, 'How to do each exercise', 'LOG SHEET', 'Getting the most'])
    const withoutInstructions = await render({ ...sample, instructions: [] })
    expect(withoutInstructions.count).toBe(3)
    expect(withoutInstructions.pages.some((p) => p.text.includes('How to do each exercise'))).toBe(false)
  })

  it('draws one box per set per week on the log sheets', async () => {
    const model = bareModel({
      logSheets: [
        {
          workout: 'Workout A',
          weeks: 12,
          rows: [
            { label: 'A', exercise: 'Back squat', sets: 3, target: '3 × 5 · 80 kg' },
            { label: 'B', exercise: 'Hip thrust', sets: 5, target: '5 × 8 · 60 kg' },
            { label: 'C', exercise: 'Dead bug', sets: 1, target: '1 × 10' }
          ]
        }
      ]
    })
    const { pages } = await render(model)
    const sheets = pages.filter((p) => p.text.includes('LOG SHEET'))
    // Twelve weeks do not fit across one page: two sheets of six, each with its own header.
    expect(planLogSheet('A4', 12)).toEqual({
      orientation: 'portrait',
      chunks: [
        [1, 6],
        [7, 12]
      ]
    })
    expect(sheets).toHaveLength(2)
    for (let week = 1; week <= 12; week++) {
      expect(sheets[week <= 6 ? 0 : 1]?.text).toContain(`Week ${week} `)
    }
    expect(sheets[0]?.text).toContain('Write load × reps @ RPE in each box')
    // Each box carries its set number in its corner, in a size nothing else uses: counting the
    // numbers counts the boxes. Set n has a box in every week for every exercise with n sets.
    const numbers = sheets.flatMap((p) =>
      p.items.filter((i) => /^\d+$/.test(i.str) && Math.abs(i.size - 5.5) < 0.01)
    )
    const count = (n: number): number => numbers.filter((i) => i.str === String(n)).length
    expect(numbers).toHaveLength((3 + 5 + 1) * 12)
    expect([1, 2, 3, 4, 5].map(count)).toEqual([3 * 12, 2 * 12, 2 * 12, 12, 12])
  })

  it('numbers and dates a sheet by the program weeks it covers', async () => {
    const rows = [{ label: 'A', exercise: 'Back squat', sets: 3, target: '3 × 5 · 80 kg' }]
    const weeks = [13, 14, 15, 16, 17, 18, 19, 20]
    const model = bareModel({
      logSheets: [
        {
          workout: 'Workout A',
          firstWeek: 13,
          weeks: 8,
          weekDates: ['26 Nov', '3 Dec', '10 Dec', '17 Dec', '24 Dec', '31 Dec', '7 Jan 2027', '14 Jan 2027'],
          weekPhases: weeks.map((week) => (week === 20 ? 'Race week' : week >= 17 ? 'Peak' : 'Build')),
          rows
        },
        { workout: 'Workout B', firstWeek: 20, weeks: 1, rows }
      ]
    })
    const { pages } = await render(model)
    const sheets = pages.filter((p) => p.text.includes('LOG SHEET'))
    expect(sheets).toHaveLength(2)
    expect(sheets[0]?.text).toContain('LOG SHEET · WEEKS 13–20')
    expect(sheets[0]?.text).toContain('Week 13 Build 26 Nov')
    expect(sheets[0]?.text).toContain('Week 20 Race week 14 Jan 2027')
    expect(sheets[0]?.text).not.toMatch(/Week [1-9] /)
    expect(sheets[1]?.text).toContain('LOG SHEET · WEEK 20')
    expect(sheets[1]?.text).toContain('Week 20')
  })

  it('turns log sheets landscape when the weeks need the width', () => {
    expect(planLogSheet('A4', 4)).toEqual({ orientation: 'portrait', chunks: [[1, 4]] })
    expect(planLogSheet('Letter', 6)).toEqual({ orientation: 'portrait', chunks: [[1, 6]] })
    expect(planLogSheet('A4', 8)).toEqual({ orientation: 'landscape', chunks: [[1, 8]] })
    expect(planLogSheet('Letter', 16)).toEqual({
      orientation: 'landscape',
      chunks: [
        [1, 8],
        [9, 16]
      ]
    })
  })

  it('breaks a long workout table between rows, repeating the header', async () => {
    const filler = 'Keep the torso tall and the hips square, breathe out on the way up and pause at the top.'
    const rows: HandoutRow[] = Array.from({ length: 60 }, (_, i) => ({
      label: `A${i + 1}`,
      exercise: `Exercise ${i + 1}`,
      setsReps: '3 × 8',
      load: 'RPE 7',
      rest: '60 s',
      tempo: '2-0-1',
      notes: `start-${i + 1} ${filler} end-${i + 1}`,
      superset: i % 5 === 0
    }))
    const model = bareModel({ workouts: [{ name: 'Long day', notes: '', minutes: 90, rows }] })
    const { pages } = await render(model)
    expect(pages.length).toBeGreaterThanOrEqual(3)
    const pageOf = (token: string): number => pages.findIndex((p) => new RegExp(`${token}\\b`).test(p.text))
    for (const [i, page] of pages.entries()) {
      expect(page.text).toContain('# Exercise Sets × reps Load Rest Tempo Notes')
      if (i > 0) expect(page.text).toContain('Long day (continued)')
    }
    let previous = 0
    for (let n = 1; n <= 60; n++) {
      const page = pageOf(`start-${n}`)
      // A row's first and last words share a page, and rows keep their order.
      expect(page).toBeGreaterThanOrEqual(previous)
      expect(pageOf(`end-${n}`)).toBe(page)
      expect(pages[page]?.text).toContain(`A${n} Exercise ${n} 3 × 8 RPE 7 60 s 2-0-1 start-${n}`)
      previous = page
    }
  })

  it('copes with no branding, an empty workout and a logo it cannot decode', async () => {
    const unbranded = await render(
      bareModel({
        branding: { business: '', trainer: '', contact: [], logo: null },
        goal: '',
        workouts: [{ name: 'Rest week', notes: '', minutes: 0, rows: [] }]
      })
    )
    expect(unbranded.count).toBe(1)
    expect(unbranded.pages[0]?.text).toContain('Rest week No exercises in this workout yet.')
    expect(unbranded.pages[0]?.text).toContain('Zoë Łukasz-Ørsted Generated 24 Nov 2026 Page 1 of 1')

    const broken = bareModel()
    broken.branding = { ...broken.branding, logo: 'data:image/png;base64,AAAA' }
    const { pages } = await render(broken)
    expect(pages[0]?.text).toContain('Northside Strength & Running')
  })

  it('clips a row taller than a page rather than running into the footer', async () => {
    const notes = `${'word '.repeat(1500)}last-word`
    const row: HandoutRow = {
      label: 'A',
      exercise: 'Plank',
      setsReps: '3 × 30 s',
      load: '',
      rest: '',
      tempo: '',
      notes,
      superset: false
    }
    const { pages } = await render(
      bareModel({ workouts: [{ name: 'Core', notes: '', minutes: 10, rows: [row] }] })
    )
    expect(pages).toHaveLength(2)
    expect(pages[1]?.text).toContain('Core ≈ 10 min # Exercise')
    expect(pages[1]?.text).toContain('word…')
    expect(pages[1]?.text).not.toContain('last-word')
    expect(pages[1]?.text).toMatch(/Page 2 of 2$/)
  })

  it('writes to a stream and resolves once the file is complete', async () => {
    const path = join(dir, 'handout.pdf')
    const { pages } = await renderHandout(
      sampleHandout({ paper: 'Letter', weeks: 8 }),
      createWriteStream(path)
    )
    const written = readFileSync(path)
    expect(written.subarray(0, 5).toString()).toBe('%PDF-')
    expect((await readPdf(written)).pages).toHaveLength(pages)
  })
})
