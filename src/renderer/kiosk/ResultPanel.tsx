import type { PrintJobState } from '../../shared/badge/print-jobs';
import { useI18n } from '../i18n';
import { BadgeProgress } from './BadgeProgress';
import { clockTime, type KioskResult } from './result';
import type { DepartmentColours } from './useDepartmentColours';

interface Props {
  result: KioskResult;
  /** The welcomed guest's badge, when this station prints one. */
  badge?: PrintJobState | null;
  departmentColours?(department: string): DepartmentColours | null;
}

/** The outcome of a scan or search, in large type; it sits inside the kiosk's live region. */
export function ResultPanel({ result, badge = null, departmentColours = () => null }: Props) {
  const { t } = useI18n();
  switch (result.kind) {
    case 'welcome': {
      const { title, department } = result.guest;
      const colours = departmentColours(department);
      return (
        <div className="result result--welcome">
          <p className="result__headline">{t('result.welcome', { name: result.guest.fullName })}</p>
          {title && <p className="result__detail">{title}</p>}
          {/* In the colour of the department's band on the badge. */}
          {department && (
            <p className="result__department" style={colours ?? undefined}>
              {department}
            </p>
          )}
          {badge && <BadgeProgress state={badge} />}
          {result.group && <p className="result__detail">{t('result.group', { group: result.group })}</p>}
        </div>
      );
    }
    case 'already':
      return (
        <div className="result result--already">
          <p className="result__headline">
            {t('result.already', { name: result.guest.fullName, time: clockTime(result.checkedInAt) })}
          </p>
          <p className="result__detail">{t('result.alreadyHint')}</p>
        </div>
      );
    case 'unknown':
      return (
        <div className="result result--unknown">
          <p className="result__headline">{t('result.unknown')}</p>
        </div>
      );
    case 'error':
      return (
        <div className="result result--error">
          <p className="result__headline">{t('result.error')}</p>
          <p className="result__detail">{result.message}</p>
        </div>
      );
  }
}
