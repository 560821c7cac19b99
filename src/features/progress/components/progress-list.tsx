import { useMemo, useRef, type ReactNode } from 'react'
import { useWindowList } from '@/components/ui/use-window-list'
import { useColumns } from '../hooks/use-columns'
import type { ProgressCard } from '../lib/progress-cards'

/** A card's fixed height (h-60) and the gap below it: every row is the same, so nothing needs measuring. */
const ROW_HEIGHT = 240 + 12

type ProgressListProps = {
  label: string
  cards: ProgressCard[]
  renderCard: (card: ProgressCard) => ReactNode
}

/**
 * The cards in rows of one or two, of which only the rows near the viewport exist: hundreds of shows stay
 * responsive. Each card is an item of one list; the rows are only where the items sit.
 */
export function ProgressList({ label, cards, renderCard }: ProgressListProps) {
  const columns = useColumns()
  const rows = useMemo(() => {
    const out: ProgressCard[][] = []
    for (let i = 0; i < cards.length; i += columns) out.push(cards.slice(i, i + columns))
    return out
  }, [cards, columns])
  const listRef = useRef<HTMLUListElement>(null)

  const virtualizer = useWindowList(listRef, {
    count: rows.length,
    estimateSize: () => ROW_HEIGHT,
    getItemKey: (index) => rows[index]?.map((c) => c.key).join('-') ?? index,
    overscan: 4,
  })

  return (
    <ul ref={listRef} aria-label={label} className="relative" style={{ height: virtualizer.getTotalSize() }}>
      {virtualizer.getVirtualItems().flatMap((item) => {
        const row = rows[item.index]
        if (!row) return []
        return row.map((card, column) => (
          <li
            key={card.key}
            data-index={item.index}
            className="absolute top-0 h-60"
            style={{
              width: `calc((100% - ${(columns - 1) * 0.75}rem) / ${columns})`,
              insetInlineStart: `calc(${column} * ((100% - ${(columns - 1) * 0.75}rem) / ${columns} + 0.75rem))`,
              transform: `translateY(${item.start - virtualizer.options.scrollMargin}px)`,
            }}
          >
            {renderCard(card)}
          </li>
        ))
      })}
    </ul>
  )
}
