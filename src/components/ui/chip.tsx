import type { ComponentProps } from 'react'
import { cn } from '@/lib/cn'

const chipBase = 'inline-flex h-8 items-center gap-1.5 rounded-full border px-3 text-sm font-medium'

/** A small static label (genre, certification). */
export function Chip({ className, ...props }: ComponentProps<'span'>) {
  return <span className={cn(chipBase, 'border-line bg-raised text-fg', className)} {...props} />
}

type ToggleChipProps = Omit<ComponentProps<'button'>, 'onChange'> & {
  pressed: boolean
  onPressedChange: (pressed: boolean) => void
}

/** A filter chip that toggles on and off (`aria-pressed`). */
export function ToggleChip({
  pressed,
  onPressedChange,
  className,
  type = 'button',
  ...props
}: ToggleChipProps) {
  return (
    <button
      type={type}
      aria-pressed={pressed}
      onClick={() => onPressedChange(!pressed)}
      className={cn(
        chipBase,
        'border-line bg-surface text-fg transition-colors hover:bg-raised aria-pressed:border-accent aria-pressed:bg-accent aria-pressed:text-accent-fg',
        className,
      )}
      {...props}
    />
  )
}
