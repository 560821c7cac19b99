import { Button } from '@/components/ui/button'
import { errorMessage } from '@/lib/trakt/errors'
import { hideRecommendationError, useHideRecommendation } from '../api/recommendation-mutations'
import type { RecommendationType } from '../api/recommendation-queries'

type HideRecommendationButtonProps = { type: RecommendationType; item: { ids: { trakt: number } } }

/** "Hide from recommendations" for a title page (the route puts it among the title's actions). */
export function HideRecommendationButton({ type, item }: HideRecommendationButtonProps) {
  const hide = useHideRecommendation()
  return (
    <div className="space-y-1">
      {hide.isSuccess ? (
        <p role="status" className="text-sm text-muted">
          Hidden from your recommendations.
        </p>
      ) : (
        <Button
          size="sm"
          variant="ghost"
          isLoading={hide.isPending}
          onClick={() => hide.mutate({ type, item })}
        >
          Hide from recommendations
        </Button>
      )}
      {hide.error ? (
        <p role="alert" className="text-sm text-danger">
          {hideRecommendationError} {errorMessage(hide.error)}
        </p>
      ) : null}
    </div>
  )
}
