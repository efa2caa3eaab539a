import { FileExcelOutlined, FilePdfOutlined } from '@ant-design/icons'
import { App, Button, Card, Flex, Select, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { errorMessage } from '@/lib/error-message'
import { useDownloadDecision } from '../api/download-decision'
import { useDownloadPostingList, type PostingListFormat } from '../api/download-posting-list'
import type { Campaign } from '../api/get-campaign'

/** The campaign's documents: the posting list of a village (or the whole commune) and the decision. */
export function DocumentsPanel({ campaign }: { campaign: Pick<Campaign, 'id' | 'villages' | 'status'> }) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const [villageId, setVillageId] = useState<string>()
  const postingList = useDownloadPostingList()
  const decision = useDownloadDecision()
  const [format, setFormat] = useState<PostingListFormat>()
  const onError = (error: unknown) => void message.error(errorMessage(error, t))

  const download = (next: PostingListFormat) => {
    setFormat(next)
    postingList.mutate({ campaignId: campaign.id, villageId, format: next }, { onError })
  }

  return (
    <Flex vertical gap={16}>
      <Card title={t('review.documents.postingList')} size="small" data-testid="documents-posting-list">
        <Typography.Paragraph type="secondary">{t('review.documents.postingListHint')}</Typography.Paragraph>
        <Flex gap={12} wrap>
          <Select
            aria-label={t('review.documents.village')}
            placeholder={t('review.documents.allVillages')}
            allowClear
            value={villageId}
            onChange={setVillageId}
            options={campaign.villages.flatMap((village) =>
              village.villageId ? [{ value: village.villageId, label: village.villageName ?? village.villageId }] : [],
            )}
            style={{ width: 240 }}
          />
          <Button
            icon={<FilePdfOutlined />}
            loading={postingList.isPending && format === 'pdf'}
            disabled={postingList.isPending}
            onClick={() => download('pdf')}
          >
            {t('review.documents.pdf')}
          </Button>
          <Button
            icon={<FileExcelOutlined />}
            loading={postingList.isPending && format === 'xlsx'}
            disabled={postingList.isPending}
            onClick={() => download('xlsx')}
          >
            {t('review.documents.xlsx')}
          </Button>
        </Flex>
      </Card>
      <Card title={t('review.documents.decision')} size="small" data-testid="documents-decision">
        {campaign.status !== 'DECIDED' && (
          <Typography.Paragraph type="secondary">{t('review.documents.decisionDraft')}</Typography.Paragraph>
        )}
        <Button
          icon={<FilePdfOutlined />}
          loading={decision.isPending}
          onClick={() => decision.mutate(campaign.id, { onError })}
        >
          {campaign.status === 'DECIDED' ? t('review.documents.decisionDownload') : t('review.documents.decisionDraftDownload')}
        </Button>
      </Card>
    </Flex>
  )
}
