/** Shared look of the sign-in pages' actions (big touch targets, phone first). */
export const primaryButton =
  'inline-flex min-h-12 items-center justify-center rounded-card bg-accent px-5 py-3 font-semibold text-accent-fg disabled:opacity-60 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent'

export const secondaryButton =
  'inline-flex min-h-12 items-center justify-center rounded-card border border-line bg-raised px-5 py-3 font-semibold text-fg disabled:opacity-60 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent'
