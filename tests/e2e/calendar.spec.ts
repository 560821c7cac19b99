import type { Page } from '@playwright/test'
import { expect, expectNoAxeViolations, expectNoHorizontalOverflow, openDemo, test } from './support/fixtures'

type Airing = { first_aired: string; show: { title: string }; episode: { season: number; number: number } }

/** Every `/calendars/all/shows` body the sandbox answers, as the page receives it. */
function recordAirings(page: Page): Airing[] {
  const airings: Airing[] = []
  page.on('response', async (response) => {
    if (!/\/calendars\/all\/shows\/\d{4}-\d{2}-\d{2}\/\d+/.test(response.url()) || !response.ok()) return
    // A body still arriving when the test ends (a reload, going back) is simply not counted.
    const body = (await response.json().catch(() => [])) as Airing[]
    airings.push(...body)
  })
  return airings
}

/** The days the page shows, from their headings' `<time datetime>`. */
const shownDays = (page: Page) =>
  page.locator('h3 time[datetime]').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('datetime')!))

const code = (a: Airing) =>
  `S${String(a.episode.season).padStart(2, '0')}E${String(a.episode.number).padStart(2, '0')}`

for (const timezoneId of ['Pacific/Auckland', 'America/Los_Angeles']) {
  test.describe(`Calendar in ${timezoneId}`, () => {
    test.use({ timezoneId, locale: 'en-GB' })
    // The local day of Trakt's UTC air time, as the browser's zone has it (Intl in the test, not the app's code).
    const localDay = (iso: string) => new Date(iso).toLocaleDateString('en-CA', { timeZone: timezoneId })

    /** An airing whose local day is among `days`. */
    // One whose local day is not its UTC day, so an airing put on Trakt's day would be seen in the wrong place.
    const pick = (airings: Airing[], days: string[]) => {
      const airing = airings.find(
        (a) =>
          days.includes(localDay(a.first_aired)) && localDay(a.first_aired) !== a.first_aired.slice(0, 10),
      )
      expect(airing, `an airing on ${days[0]}…${days.at(-1)}`).toBeDefined()
      return airing!
    }
    const dayRegion = (page: Page, day: string) =>
      page.getByRole('region').filter({ has: page.locator(`h3 time[datetime="${day}"]`) })

    test('week, month and the next month put airings on their local days', async ({ page, shot }) => {
      const airings = recordAirings(page)
      await openDemo(page, '/calendar?view=week')
      await expect(page.getByRole('heading', { level: 1, name: 'Calendar' })).toBeVisible()
      const week = page.getByRole('list', { name: /^Week of / })
      await expect(week.getByRole('link').first()).toBeVisible()
      const weekDays = await shownDays(page)
      expect(weekDays).toHaveLength(7)
      const inWeek = pick(airings, weekDays)
      await expect(
        dayRegion(page, localDay(inWeek.first_aired))
          .getByRole('link', { name: new RegExp(code(inWeek)) })
          .first(),
      ).toContainText(inWeek.show.title)
      await expectNoAxeViolations(page)
      await expectNoHorizontalOverflow(page)
      await shot(page, `calendar-week-${timezoneId.replace('/', '-')}`)

      await page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'Month' }).click()
      await expect(page).toHaveURL(/view=month/)
      await checkMonth(page, airings, pick, localDay)
      await expectNoAxeViolations(page)
      await expectNoHorizontalOverflow(page)

      const caption = await page.getByRole('table').locator('caption').textContent()
      await page.getByRole('button', { name: 'Next month' }).click()
      await expect(page).toHaveURL(/start=\d{4}-\d{2}-01/)
      await expect(page.getByRole('table').locator('caption')).not.toHaveText(caption!)
      await checkMonth(page, airings, pick, localDay)
      await expectNoHorizontalOverflow(page)
      await shot(page, `calendar-next-month-${timezoneId.replace('/', '-')}`)

      // Back and reload keep the view and the month.
      const url = page.url()
      await page.reload()
      await expect(page.getByRole('table').locator('caption')).not.toHaveText(caption!)
      expect(page.url()).toBe(url)
      await page.goBack()
      await expect(page.getByRole('table').locator('caption')).toHaveText(caption!)
    })
  })
}

/** In the month on screen: a day that has an airing shows it in its list once its cell is chosen. */
async function checkMonth(
  page: Page,
  airings: Airing[],
  pick: (airings: Airing[], days: string[]) => Airing,
  localDay: (iso: string) => string,
) {
  const table = page.getByRole('table')
  await expect(table).toBeVisible()
  const cells = table.locator('td time[datetime]')
  // Once loaded, days that have something say how much.
  await expect(table.getByText(/^\d+ items?$/).first()).toBeAttached()
  const days = await cells.evaluateAll((nodes) => nodes.map((n) => n.getAttribute('datetime')!))
  const airing = pick(airings, days)
  const day = localDay(airing.first_aired)
  const cell = table.getByRole('button').filter({ has: page.locator(`time[datetime="${day}"]`) })
  await expect(cell).toContainText(/\d+ items?/)
  await cell.click()
  await expect(cell).toHaveAttribute('aria-pressed', 'true')
  const list = page.getByRole('region').filter({ has: page.locator(`h3 time[datetime="${day}"]`) })
  await expect(list.getByRole('link', { name: new RegExp(`${code(airing)}`) }).first()).toContainText(
    airing.show.title,
  )
}

test.describe('Calendar agenda', () => {
  test('is the phone view, chosen on a wide screen, and loads further weeks on scroll', async ({
    page,
    shot,
  }, testInfo) => {
    const isPhone = testInfo.project.name === 'phone'
    await openDemo(page, '/calendar')
    const agenda = page.getByRole('button', { name: 'Agenda' })
    // Phones open on the agenda; a wide screen opens on the week and the agenda is one press away.
    await expect(agenda).toHaveAttribute('aria-pressed', isPhone ? 'true' : 'false')
    if (!isPhone) {
      await agenda.click()
      await expect(page).toHaveURL(/[?&]view=agenda/)
      await expect(agenda).toHaveAttribute('aria-pressed', 'true')
    }
    const weeks = page.getByRole('list', { name: 'Agenda' }).locator(':scope > li')
    await expect(weeks.first().getByRole('link').first()).toBeVisible()
    await expectNoAxeViolations(page)
    await expectNoHorizontalOverflow(page)
    await shot(page, 'calendar-agenda')
    // Each scroll to the end brings at least one more week, loaded (no skeleton left).
    for (let round = 0; round < 2; round++) {
      const before = await weeks.count()
      await page.mouse.wheel(0, 20_000)
      await expect.poll(() => weeks.count(), { timeout: 15_000 }).toBeGreaterThan(before)
      await expect(page.getByRole('list', { name: 'Agenda' }).getByRole('status')).toHaveCount(0)
    }
    const days = await shownDays(page)
    expect(days.at(-1)! > days[0]!).toBe(true)
    await expectNoHorizontalOverflow(page)
  })
})
