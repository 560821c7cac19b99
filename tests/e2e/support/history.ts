import type { Page } from '@playwright/test'

/** The history page's list of plays. */
export const playList = (page: Page) => page.getByRole('list', { name: 'Plays, newest first' })

/** The play rows the page has in the DOM right now (the list renders only those near the viewport). */
export const playRows = (page: Page) => playList(page).locator('li[data-row="play"]')
