import { DownloadOutlined } from '@ant-design/icons'
import { App, Button, Flex, Tooltip } from 'antd'
import { useTranslation } from 'react-i18next'
import { errorMessage } from '@/lib/error-message'
import { useDownloadImportTemplate, type TemplateFormat } from '../api/download-import-template'

/** "Tải mẫu Excel" (dropdowns of the area's communes and villages, instructions) and "Tải mẫu CSV" (headers only). */
export function ImportTemplates({ areaCode }: { areaCode: string }) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const download = useDownloadImportTemplate()
  return (
    <Flex gap={8} wrap>
      {(['xlsx', 'csv'] as const).map((format: TemplateFormat) => (
        <Tooltip key={format} title={t(format === 'xlsx' ? 'imports.template.xlsxHint' : 'imports.template.csvHint')}>
          <Button
            icon={<DownloadOutlined />}
            loading={download.isPending && download.variables?.format === format}
            onClick={() =>
              download.mutate(
                { areaCode, format },
                { onError: (error: unknown) => void message.error(errorMessage(error, t)) },
              )
            }
          >
            {t(format === 'xlsx' ? 'imports.template.xlsx' : 'imports.template.csv')}
          </Button>
        </Tooltip>
      ))}
    </Flex>
  )
}
