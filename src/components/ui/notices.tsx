import { dismissNotice, useNotices, type NoticeKind } from '@/lib/notices'
import { cn } from '@/lib/cn'
import { CloseIcon } from './icons'

const kindClasses: Record<NoticeKind, string> = {
  info: 'border-line',
  success: 'border-success',
  error: 'border-danger',
}

const kindLabel: Record<NoticeKind, string> = { info: 'Info', success: 'Done', error: 'Error' }

/** The toast region: always in the DOM so screen readers hear new notices (politely). */
export function Notices() {
  const notices = useNotices()
  return (
    <section
      aria-label="Notifications"
      className="pointer-events-none fixed inset-x-0 bottom-[calc(4.5rem+env(safe-area-inset-bottom))] z-50 flex justify-center px-3 sm:bottom-4 sm:justify-end sm:px-4"
    >
      <ol aria-live="polite" aria-relevant="additions text" className="flex w-full max-w-sm flex-col gap-2">
        {notices.map((notice) => (
          <li
            key={notice.id}
            data-kind={notice.kind}
            className={cn(
              'pointer-events-auto flex items-start gap-3 rounded-card border-s-4 border bg-surface p-3 text-sm shadow-lg',
              kindClasses[notice.kind],
            )}
          >
            <p className="min-w-0 flex-1">
              <span className="sr-only">{kindLabel[notice.kind]}: </span>
              {notice.message}
            </p>
            <button
              type="button"
              onClick={() => dismissNotice(notice.id)}
              aria-label="Dismiss notification"
              className="-m-1 rounded-full p-1 text-muted hover:bg-raised hover:text-fg"
            >
              <CloseIcon className="size-4" />
            </button>
          </li>
        ))}
      </ol>
    </section>
  )
}
