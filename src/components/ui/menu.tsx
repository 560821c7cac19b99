import { useEffect, useId, useRef, useState, type ComponentProps, type ReactNode } from 'react'
import { cn } from '@/lib/cn'

type MenuProps = {
  /** Content of the toggle button. */
  trigger: ReactNode
  /** Accessible name of the toggle when its content is not text (an avatar, an icon). */
  triggerLabel?: string
  triggerClassName?: string
  /** Panel content; receives `close` so an item can close the menu after acting. */
  children: (close: () => void) => ReactNode
  align?: 'start' | 'end'
  panelClassName?: string
}

/**
 * A disclosure menu (button + panel with plain links and buttons, not role="menu"): Escape closes and returns
 * focus to the button, as does a click outside or tabbing out.
 */
export function Menu({
  trigger,
  triggerLabel,
  triggerClassName,
  children,
  align = 'end',
  panelClassName,
}: MenuProps) {
  const [isOpen, setIsOpen] = useState(false)
  const rootRef = useRef<HTMLDivElement>(null)
  const buttonRef = useRef<HTMLButtonElement>(null)
  const panelId = useId()

  useEffect(() => {
    if (!isOpen) return
    const onPointerDown = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setIsOpen(false)
    }
    document.addEventListener('pointerdown', onPointerDown)
    return () => document.removeEventListener('pointerdown', onPointerDown)
  }, [isOpen])

  const close = () => setIsOpen(false)

  return (
    // eslint-disable-next-line jsx-a11y/no-static-element-interactions -- Escape and focus-out bubble up from the trigger and the items; the wrapper only listens.
    <div
      ref={rootRef}
      className="relative"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && isOpen) {
          event.stopPropagation()
          setIsOpen(false)
          buttonRef.current?.focus()
        }
      }}
      onBlur={(event) => {
        if (isOpen && event.relatedTarget && !event.currentTarget.contains(event.relatedTarget as Node))
          setIsOpen(false)
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={isOpen}
        aria-controls={panelId}
        aria-label={triggerLabel}
        onClick={() => setIsOpen((open) => !open)}
        className={triggerClassName}
      >
        {trigger}
      </button>
      <div
        id={panelId}
        hidden={!isOpen}
        className={cn(
          'absolute top-full z-40 mt-2 min-w-56 rounded-card border border-line bg-surface p-1.5 shadow-lg',
          align === 'end' ? 'end-0' : 'start-0',
          panelClassName,
        )}
      >
        {isOpen ? children(close) : null}
      </div>
    </div>
  )
}

/** Shared look for links and buttons inside a Menu panel. */
export const menuItemClasses =
  'flex w-full items-center gap-2 rounded-md px-3 py-2 text-start text-sm text-fg hover:bg-raised focus-visible:bg-raised'

/** A separator line between groups of menu items. */
export function MenuSeparator(props: ComponentProps<'hr'>) {
  return <hr className="my-1.5 border-line" {...props} />
}
