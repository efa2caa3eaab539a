import { Segmented, Tooltip } from 'antd'
import { useTranslation } from 'react-i18next'
import { changeLanguage, currentLanguage, LANGUAGES, type Language } from '@/lib/i18n'

/** VI / EN switch in the header; the choice is remembered in localStorage. */
export function LanguageSwitch() {
  const { t } = useTranslation()
  return (
    <Tooltip title={t('language.label')} placement="bottom">
      <Segmented<Language>
        size="small"
        aria-label={t('language.label')}
        value={currentLanguage()}
        options={LANGUAGES.map((language) => ({
          value: language,
          label: <span title={t(`language.${language}`)}>{language.toUpperCase()}</span>,
        }))}
        onChange={(language) => void changeLanguage(language)}
      />
    </Tooltip>
  )
}
