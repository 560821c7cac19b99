import { useEffect, useId, useRef, type ReactNode } from 'react'
import { cn } from '@/lib/cn'
import { Button } from './button'
import { CloseIcon } from './icons'

type DialogProps = {
  open: boolean
  onOpenChange: (open: boolean) => void
  title: ReactNode
  description?: ReactNode
  children?: ReactNode
  footer?: ReactNode
  className?: string
}

/** A modal on the native <dialog> (focus trap, Escape, top layer); focus returns to the opener when it closes. */
export function Dialog({ open, onOpenChange, title, description, children, footer, className }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null)
  const id = useId()

  const openerRef = useRef<HTMLElement | null>(null)

  useEffect(() => {
    const dialog = ref.current
    if (!dialog || !open) return
    if (!openerRef.current && document.activeElement instanceof HTMLElement)
      openerRef.current = document.activeElement
    if (!dialog.open) {
      // jsdom (tests) has no showModal; the attribute keeps the content visible there.
      if (typeof dialog.showModal === 'function') dialog.showModal()
      else dialog.setAttribute('open', '')
    }
    return () => {
      // Only a real close detaches the <dialog> (StrictMode's rehearsal cleanup leaves it in place); removal
      // takes it out of the top layer without a close event, so no onOpenChange loop.
      if (dialog.isConnected) return
      openerRef.current?.focus()
      openerRef.current = null
    }
  }, [open])

  if (!open) return null
  return (
    // eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-noninteractive-element-interactions -- the backdrop click is a pointer-only extra: Escape (onCancel) closes it from the keyboard.
    <dialog
      ref={ref}
      aria-labelledby={`${id}-title`}
      aria-describedby={description ? `${id}-description` : undefined}
      onClose={() => onOpenChange(false)}
      onCancel={(event) => {
        event.preventDefault()
        onOpenChange(false)
      }}
      onClick={(event) => {
        // A click on the backdrop lands on the <dialog> itself.
        if (event.target === event.currentTarget) onOpenChange(false)
      }}
      className={cn(
        'm-auto w-[min(32rem,calc(100vw-2rem))] rounded-card border border-line bg-surface p-0 text-fg shadow-xl backdrop:bg-canvas/70 backdrop:backdrop-blur-sm',
        className,
      )}
    >
      <div className="flex items-start justify-between gap-4 p-5 pb-0">
        <div className="space-y-1">
          <h2 id={`${id}-title`} className="text-lg font-semibold">
            {title}
          </h2>
          {description ? (
            <p id={`${id}-description`} className="text-sm text-muted">
              {description}
            </p>
          ) : null}
        </div>
        <Button
          variant="ghost"
          size="icon"
          aria-label="Close"
          onClick={() => onOpenChange(false)}
          className="-me-2 -mt-2"
        >
          <CloseIcon />
        </Button>
      </div>
      <div className="p-5">{children}</div>
      {footer ? (
        <div className="flex flex-wrap justify-end gap-2 border-t border-line p-4">{footer}</div>
      ) : null}
    </dialog>
  )
}
