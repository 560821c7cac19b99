import { within } from '@testing-library/react'

/** The rendered play rows of a history list (not the day headings), in order. */
export const playRows = (list: HTMLElement) =>
  within(list)
    .getAllByRole('listitem')
    .filter((item) => item.dataset.row === 'play')

/**
 * A row's title link: the episode's or the movie's page (an episode row links its show before it, and every row
 * may offer "All plays" after it).
 */
export const titleLink = (row: HTMLElement) =>
  within(row)
    .getAllByRole('link')
    .filter((link) => !link.getAttribute('aria-label')?.startsWith('All plays of'))
    .at(-1)!
