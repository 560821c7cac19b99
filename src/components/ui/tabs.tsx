import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react'
import { cn } from '@/lib/cn'
import { scrollEdgeMask, useScrollEdges } from './use-scroll-edges'

export type TabItem<T extends string> = { value: T; label: ReactNode; panel: ReactNode }

type TabsProps<T extends string> = {
  /** Accessible name of the tab list. */
  label: string
  items: TabItem<T>[]
  value: T
  onValueChange: (value: T) => void
  className?: string
}

/** WAI-ARIA tabs: one tab stop, arrow keys / Home / End move and select (automatic activation). */
export function Tabs<T extends string>({ label, items, value, onValueChange, className }: TabsProps<T>) {
  const id = useId()
  const refs = useRef(new Map<T, HTMLButtonElement>())
  const listRef = useRef<HTMLDivElement>(null)
  // On a phone the tabs may not all fit: the row scrolls, and fades at a side where more tabs wait.
  const mask = scrollEdgeMask(useScrollEdges(listRef))
  const selected = items.find((item) => item.value === value) ?? items[0]

  const onKeyDown = (event: KeyboardEvent) => {
    const index = items.findIndex((item) => item.value === selected?.value)
    const last = items.length - 1
    const next =
      event.key === 'ArrowRight'
        ? index === last
          ? 0
          : index + 1
        : event.key === 'ArrowLeft'
          ? index === 0
            ? last
            : index - 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : null
    if (next === null) return
    event.preventDefault()
    const target = items[next]
    if (!target) return
    onValueChange(target.value)
    refs.current.get(target.value)?.focus()
  }

  return (
    <div className={className}>
      <div
        ref={listRef}
        role="tablist"
        aria-label={label}
        className="flex gap-1 overflow-x-auto border-b border-line"
        style={mask ? { maskImage: mask } : undefined}
      >
        {items.map((item) => {
          const isSelected = item.value === selected?.value
          return (
            <button
              key={item.value}
              ref={(node) => {
                if (node) refs.current.set(item.value, node)
                else refs.current.delete(item.value)
              }}
              type="button"
              role="tab"
              id={`${id}-tab-${item.value}`}
              aria-selected={isSelected}
              aria-controls={`${id}-panel-${item.value}`}
              tabIndex={isSelected ? 0 : -1}
              onKeyDown={onKeyDown}
              onClick={() => onValueChange(item.value)}
              className={cn(
                '-mb-px shrink-0 border-b-2 border-transparent px-3 py-2 text-sm font-medium text-muted hover:text-fg',
                'aria-selected:border-accent aria-selected:text-fg',
              )}
            >
              {item.label}
            </button>
          )
        })}
      </div>
      {selected ? (
        <div
          role="tabpanel"
          id={`${id}-panel-${selected.value}`}
          aria-labelledby={`${id}-tab-${selected.value}`}
          tabIndex={0}
          className="pt-4 focus-visible:outline-offset-4"
        >
          {selected.panel}
        </div>
      ) : null}
    </div>
  )
}
