import {
  expect,
  expectNoAxeViolations,
  expectNoHorizontalOverflow,
  signInToDemo,
  test,
} from './support/fixtures'
import type { Page } from '@playwright/test'

const upNext = (page: Page) => page.getByRole('list', { name: 'Up next' })
const tab = (page: Page, name: string) => page.getByRole('tab', { name: new RegExp(`^${name} \\d+$`) })
const countIn = async (page: Page, name: string) =>
  Number((await tab(page, name).textContent())!.match(/(\d+)$/)![1])

test.describe('progress (signed in)', () => {
  test('mark the next episode watched, undo it, see it in the history; hide and unhide a show', async ({
    page,
    shot,
  }) => {
    // Three flows in one journey (one sign-in instead of three): it gets their time together.
    test.setTimeout(90_000)
    await signInToDemo(page, '/progress')
    const main = page.getByRole('main')
    await expect(main.getByRole('heading', { level: 1, name: 'Progress' })).toBeVisible()
    // The count says how many shows' progress arrived; once all did, it names the total.
    await expect(main.getByRole('status').filter({ hasText: /^\d+ shows$/ })).toBeVisible()
    const card = upNext(page).getByRole('article').first()
    await expect(card).toBeVisible()
    await expectNoHorizontalOverflow(page)
    // Tabs that do not all fit (a phone) scroll, and the row fades on the side where more of them wait; a row that
    // fits does not fade.
    const tabs = main.getByRole('tablist', { name: 'Shows by progress' })
    const fade = () =>
      tabs.evaluate((node) => {
        const mask = getComputedStyle(node).maskImage
        return node.scrollWidth <= node.clientWidth + 1
          ? mask
          : mask.endsWith('rgba(0, 0, 0, 0))')
            ? 'after'
            : mask.startsWith('linear-gradient(to right, rgba(0, 0, 0, 0)')
              ? 'before'
              : mask
      })
    if (test.info().project.name === 'phone') {
      await expect.poll(fade).toBe('after')
      await tabs.getByRole('tab', { name: /^Hidden/ }).scrollIntoViewIfNeeded()
      await expect.poll(fade).toBe('before')
      await tabs.evaluate((node) => node.scrollTo({ left: 0 }))
    } else await expect.poll(fade).toBe('none')
    await expectNoAxeViolations(page)
    await shot(page, 'progress')

    // Mark the next episode watched: the card moves on to the following episode at once.
    const title = (await card.getAttribute('aria-label'))!
    const sameCard = upNext(page).getByRole('article', { name: title, exact: true })
    const mark = sameCard.getByRole('button', { name: /^Mark .* watched$/ })
    const first = (await mark.textContent())!.match(/S(\d+)E(\d+)/)!
    const sent = page.waitForRequest((r) => r.method() === 'POST' && r.url().endsWith('/sync/history'))
    await mark.click()
    expect((await sent).postDataJSON()).toMatchObject({
      shows: [{ seasons: [{ number: Number(first[1]), episodes: [{ number: Number(first[2]) }] }] }],
    })
    await expect(mark).not.toHaveText(`Mark ${first[0]} watched`)
    const bar = page.getByRole('status').filter({ hasText: `Marked ${title} ${first[0]} watched.` })
    await expect(bar).toBeVisible()
    await shot(page, 'progress-marked')

    // Undo takes that one play back: the card offers the same episode again.
    const removed = page.waitForRequest(
      (r) => r.method() === 'POST' && r.url().endsWith('/sync/history/remove'),
    )
    await bar.getByRole('button', { name: 'Undo' }).click()
    expect((await removed).postDataJSON()).toEqual({ ids: [expect.any(Number)] })
    await expect(mark).toHaveText(`Mark ${first[0]} watched`)

    // Marked again, the play is at the top of the history.
    await mark.click()
    await expect(
      page.getByRole('status').filter({ hasText: `Marked ${title} ${first[0]} watched.` }),
    ).toBeVisible()
    await expect(mark).not.toHaveText(`Mark ${first[0]} watched`)
    // In-app, through the account menu (the header is another helper's; its menu has History).
    await page.getByRole('button', { name: /^Account: / }).click()
    await page.getByRole('link', { name: 'History', exact: true }).click()
    const firstPlay = page
      .getByRole('list', { name: 'Plays, newest first' })
      .locator('li[data-row="play"]')
      .first()
    await expect(firstPlay).toContainText(title)
    await expect(firstPlay).toContainText(first[0])
    await page.goBack()

    // Hide a show: it leaves Up next for Hidden; Unhide brings it back.
    await expect(upNext(page).getByRole('article').first()).toBeVisible()
    const hidden = await countIn(page, 'Hidden')
    const hideTarget = (await upNext(page).getByRole('article').nth(1).getAttribute('aria-label'))!
    await upNext(page)
      .getByRole('button', { name: `Hide ${hideTarget}`, exact: true })
      .click()
    await expect(upNext(page).getByRole('article', { name: hideTarget, exact: true })).toHaveCount(0)
    await expect(tab(page, 'Hidden')).toHaveText(`Hidden ${hidden + 1}`)
    await tab(page, 'Hidden').click()
    const hiddenList = page.getByRole('list', { name: 'Hidden' })
    const unhide = page.waitForRequest(
      (r) => r.method() === 'POST' && r.url().endsWith('/users/hidden/progress_watched/remove'),
    )
    await hiddenList.getByRole('button', { name: `Unhide ${hideTarget}`, exact: true }).click()
    await unhide
    await expect(hiddenList.getByRole('article', { name: hideTarget, exact: true })).toHaveCount(0)
    await tab(page, 'Up next').click()
    await expect(upNext(page).getByRole('article', { name: hideTarget, exact: true })).toBeVisible()
    await expectNoHorizontalOverflow(page)
  })
})
