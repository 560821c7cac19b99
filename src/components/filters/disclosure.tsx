import { useId, useState, type ReactNode } from 'react'
import { ChevronDownIcon } from '@/components/ui/icons'
import { cn } from '@/lib/cn'

type DisclosureProps = {
  label: ReactNode
  /** Shown after the label, e.g. how many are chosen. */
  badge?: ReactNode
  defaultOpen?: boolean
  /** Mounted only while open, so closed groups fetch nothing. */
  children: () => ReactNode
  className?: string
}

/** A button that shows and hides a group (aria-expanded); the content mounts when opened. */
export function Disclosure({ label, badge, defaultOpen = false, children, className }: DisclosureProps) {
  const [isOpen, setIsOpen] = useState(defaultOpen)
  const panelId = useId()
  return (
    <div className={cn('border-b border-line py-2', className)}>
      <button
        type="button"
        aria-expanded={isOpen}
        aria-controls={panelId}
        onClick={() => setIsOpen((open) => !open)}
        className="flex w-full items-center justify-between gap-2 rounded-md py-1.5 text-start text-sm font-semibold"
      >
        <span>
          {label}
          {badge ? <span className="ms-2 font-normal text-muted">{badge}</span> : null}
        </span>
        <ChevronDownIcon className={cn('size-4 transition-transform', isOpen && 'rotate-180')} />
      </button>
      <div id={panelId} hidden={!isOpen} className="pt-2">
        {isOpen ? children() : null}
      </div>
    </div>
  )
}
