import type { Virtualizer } from '@tanstack/react-virtual'
import { useEffect, useMemo, useRef } from 'react'
import { useWindowList } from '@/components/ui/use-window-list'
import type { HistoryPlay } from '../api/map-history'
import { groupByLocalDay, type DayRow } from '../lib/group-by-day'
import { HistoryRow, type PlayActions } from './history-row'

const DAY_ROW_HEIGHT = 48
const PLAY_ROW_HEIGHT = 88
/** Load the next page while this many rows are still below the last one rendered. */
const PREFETCH_ROWS = 30

type HistoryListProps = {
  plays: HistoryPlay[]
  hasNextPage: boolean
  isFetchingNextPage: boolean
  /** The last page request failed: wait for the reader's Retry instead of asking again by itself. */
  hasNextPageError: boolean
  fetchNextPage: () => void
  /** Left out for a history that is not the reader's own: no Remove, no Add a play. */
  actions: PlayActions | undefined
  /** Rows link to "All plays" of their title (not when the list is one title's already). */
  linkItemPlays: boolean
}

const estimate = (rows: DayRow<HistoryPlay>[], index: number) =>
  rows[index]?.kind === 'day' ? DAY_ROW_HEIGHT : PLAY_ROW_HEIGHT

/**
 * The plays under a heading per local day, as one ordered list in which only the rows near the viewport exist
 * (a history can hold 100,000 plays). Rows are measured as they render; one that measures nothing (no layout
 * yet) keeps its estimate.
 */
export function HistoryList({
  plays,
  hasNextPage,
  isFetchingNextPage,
  hasNextPageError,
  fetchNextPage,
  actions,
  linkItemPlays,
}: HistoryListProps) {
  const rows = useMemo(() => groupByLocalDay(plays, { now: new Date() }), [plays])
  const listRef = useRef<HTMLOListElement>(null)
  const virtualizer = useWindowList(listRef, {
    count: rows.length,
    estimateSize: (index) => estimate(rows, index),
    getItemKey: (index) => rows[index]?.key ?? index,
    overscan: 8,
    measureElement: (element, entry, instance: Virtualizer<Window, Element>) => {
      const size = entry?.borderBoxSize[0]?.blockSize ?? element.getBoundingClientRect().height
      return size > 0 ? size : estimate(rows, instance.indexFromElement(element))
    },
  })
  const items = virtualizer.getVirtualItems()
  const lastIndex = items.at(-1)?.index ?? -1

  useEffect(() => {
    if (!hasNextPage || isFetchingNextPage || hasNextPageError) return
    if (lastIndex >= rows.length - PREFETCH_ROWS) fetchNextPage()
  }, [lastIndex, rows.length, hasNextPage, isFetchingNextPage, hasNextPageError, fetchNextPage])

  return (
    <ol
      ref={listRef}
      aria-label="Plays, newest first"
      // Focus lands here when the last play on screen is removed.
      tabIndex={-1}
      data-history-list
      className="relative"
      style={{ height: virtualizer.getTotalSize() }}
    >
      {items.map((item) => {
        const row = rows[item.index]
        if (!row) return null
        return (
          <li
            key={item.key}
            ref={virtualizer.measureElement}
            data-index={item.index}
            data-row={row.kind}
            // Only the rows near the viewport exist: each row's place is given outright, and the size once it is known.
            aria-setsize={hasNextPage ? -1 : rows.length}
            aria-posinset={item.index + 1}
            className="absolute inset-x-0 top-0"
            style={{ transform: `translateY(${item.start - virtualizer.options.scrollMargin}px)` }}
          >
            {row.kind === 'day' ? (
              <h2 className="border-b border-line pt-5 pb-2 text-sm font-semibold tracking-wide text-muted uppercase">
                {row.label}
              </h2>
            ) : (
              <HistoryRow play={row.play} actions={actions} linkItemPlays={linkItemPlays} />
            )}
          </li>
        )
      })}
    </ol>
  )
}
