import { Flex, Tag, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { useLocalized } from '@/lib/i18n/use-localized'
import type { SupportKind } from '../api/list-kinds'

/** A kind in the catalogue select: its name, what it addresses, and a mark when discouraged. */
export function KindOption({ kind, addresses }: { kind: SupportKind; addresses: string }) {
  const { t } = useTranslation()
  const localized = useLocalized()
  return (
    <Flex vertical data-testid={`kind-option-${kind.code}`}>
      <Flex gap={6} align="center" wrap>
        <span>{localized(kind.name, kind.nameEn)}</span>
        {kind.discouraged && (
          <Tag color="orange" style={{ marginInlineEnd: 0 }}>
            {t('support.kind.discouraged')}
          </Tag>
        )}
      </Flex>
      <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'normal' }}>
        {t('support.kind.addresses', { what: addresses })}
      </Typography.Text>
    </Flex>
  )
}
