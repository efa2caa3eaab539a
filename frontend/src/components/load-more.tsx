import { Button, Flex, Typography } from 'antd'
import { useTranslation } from 'react-i18next'

interface LoadMoreProps {
  shown: number
  hasMore: boolean
  loading: boolean
  onLoadMore: () => void
}

/** Footer of a keyset-paged list: how many rows are shown and a "load more" button. */
export function LoadMore({ shown, hasMore, loading, onLoadMore }: LoadMoreProps) {
  const { t } = useTranslation()
  return (
    <Flex justify="space-between" align="center" style={{ marginTop: 12 }}>
      <Typography.Text type="secondary">{t('common.shown', { count: shown })}</Typography.Text>
      {hasMore && (
        <Button onClick={onLoadMore} loading={loading}>
          {t('common.loadMore')}
        </Button>
      )}
    </Flex>
  )
}
