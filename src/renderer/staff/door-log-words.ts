// A door-log line in the staff screen's language: main records facts ("pin 2/5"), older versions
// English sentences; both are worded here (doorLogFacts reads either). Other details (a removed
// guest's name) are shown as they are.
import { doorLogFacts, type StaffDoorLogEntry } from '../../shared/staff';
import type { I18n, MessageKey } from '../i18n';

export function doorLogLine(entry: StaffDoorLogEntry, { t, dateTime }: Pick<I18n, 't' | 'dateTime'>): string {
  const kind = t(`staff.doorLog.${entry.kind}` as MessageKey);
  const facts = doorLogFacts(entry);
  if (!facts) return entry.detail ? `${kind} · ${entry.detail}` : kind;
  if (facts.kind === 'pin-set')
    return `${kind} ${t(facts.via === 'setup-code' ? 'staff.doorLog.viaSetupCode' : 'staff.doorLog.viaCommandLine')}`;
  if (facts.kind === 'failed-unlock')
    return t(facts.what === 'pin' ? 'staff.doorLog.wrongPinCount' : 'staff.doorLog.wrongSetupCodeCount', {
      failures: facts.failures,
      max: facts.max,
    });
  return `${kind} · ${t('staff.doorLog.lockedUntil', { failures: facts.failures, time: dateTime(facts.until) })}`;
}
