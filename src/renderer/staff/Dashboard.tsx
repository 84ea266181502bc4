// The live dashboard: polled every two seconds, so check-ins at any door show up while it is open.
import { useEffect, useId, useState } from 'react';
import type { DashboardFigures } from '../../shared/staff';
import { api } from '../api';
import { useI18n } from '../i18n';
import { clockTime } from '../kiosk/result';
import { ExportButtons } from './ExportButtons';
import { useStaffSession } from './session';
import { apiErrorText } from '../api-error';

export const DASHBOARD_POLL_MS = 2000;

export function Dashboard() {
  const { t } = useI18n();
  const { run } = useStaffSession();
  const id = useId();
  const [figures, setFigures] = useState<DashboardFigures | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    const poll = () =>
      run((session) => api.staffDashboard({ session })).then(
        (next) => {
          if (!current) return;
          setFigures(next);
          setProblem(null);
        },
        (error: Error) => current && setProblem(apiErrorText(t, error)),
      );
    void poll();
    const timer = setInterval(poll, DASHBOARD_POLL_MS);
    return () => {
      current = false;
      clearInterval(timer);
    };
  }, [run]);

  return (
    <section className="staff-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('staff.tab.dashboard')}</h2>
      {problem && <p role="alert">{problem}</p>}
      {figures && (
        <>
          <dl className="staff-tiles">
            <div className="staff-tile">
              <dt>{t('staff.dashboard.arrived')}</dt>
              <dd data-testid="arrived">
                {t('staff.dashboard.of', { arrived: figures.arrivedExpected, expected: figures.expected })}
              </dd>
            </div>
            <div className="staff-tile">
              <dt>{t('staff.dashboard.walkIns')}</dt>
              <dd data-testid="walk-ins">{figures.walkIns}</dd>
            </div>
            <div className="staff-tile">
              <dt>{t('staff.dashboard.missing')}</dt>
              <dd data-testid="missing">{figures.missing}</dd>
            </div>
          </dl>
          <ArrivalsChart buckets={figures.perFiveMinutes} />
          <h3>{t('staff.dashboard.byDepartment')}</h3>
          <ul className="staff-bars">
            {figures.byDepartment.map((row) => (
              <li key={row.department} className="staff-bar">
                <span className="staff-bar__label">{row.department || '—'}</span>
                <span className="staff-bar__track" aria-hidden="true">
                  <span
                    className="staff-bar__fill"
                    style={{ width: `${(100 * row.arrived) / Math.max(1, row.expected)}%` }}
                  />
                </span>
                <span className="staff-bar__value">
                  {t('staff.dashboard.of', { arrived: row.arrived, expected: row.expected })}
                  {row.walkIns > 0 && ` ${t('staff.dashboard.plusWalkIns', { count: row.walkIns })}`}
                </span>
              </li>
            ))}
          </ul>
          <h3>{t('staff.dashboard.latest')}</h3>
          <ol className="staff-list" data-testid="latest">
            {figures.latest.map((arrival) => (
              <li key={arrival.guestId}>
                {clockTime(arrival.at)} · <strong>{arrival.fullName}</strong> · {arrival.department}
                {arrival.walkIn && ` · ${t('staff.guests.walkIn')}`}
              </li>
            ))}
          </ol>
          <h3>{t('staff.dashboard.firstTimers')}</h3>
          {figures.firstTimers.length === 0 ? (
            <p>{t('staff.dashboard.noFirstTimers')}</p>
          ) : (
            <ol className="staff-list" data-testid="first-timers">
              {figures.firstTimers.map((arrival) => (
                <li key={arrival.guestId}>
                  {clockTime(arrival.at)} · <strong>{arrival.fullName}</strong> · {arrival.department}
                </li>
              ))}
            </ol>
          )}
          <h3>{t('staff.export.missingTitle')}</h3>
          <ExportButtons scope="missing" />
        </>
      )}
    </section>
  );
}

/** Arrivals per five minutes as bars; a table with the same figures for screen readers. */
function ArrivalsChart({ buckets }: { buckets: DashboardFigures['perFiveMinutes'] }) {
  const { t } = useI18n();
  const max = Math.max(1, ...buckets.map((bucket) => bucket.count));
  const label = clockTime;
  const width = 28;
  return (
    <figure className="staff-chart">
      <figcaption>{t('staff.dashboard.perFiveMinutes')}</figcaption>
      {buckets.length === 0 ? (
        <p>{t('staff.dashboard.noArrivals')}</p>
      ) : (
        <>
          <svg
            viewBox={`0 0 ${buckets.length * width} 120`}
            preserveAspectRatio="none"
            className="staff-chart__svg"
            aria-hidden="true"
          >
            {buckets.map((bucket, index) => {
              const height = (100 * bucket.count) / max;
              return (
                <rect
                  key={bucket.start}
                  x={index * width + 3}
                  y={110 - height}
                  width={width - 6}
                  height={height}
                  className="staff-chart__bar"
                />
              );
            })}
          </svg>
          <table className="visually-hidden">
            <thead>
              <tr>
                <th scope="col">{t('staff.dashboard.time')}</th>
                <th scope="col">{t('staff.dashboard.arrivals')}</th>
              </tr>
            </thead>
            <tbody>
              {buckets.map((bucket) => (
                <tr key={bucket.start}>
                  <th scope="row">{label(bucket.start)}</th>
                  <td>{bucket.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="staff-chart__axis" aria-hidden="true">
            <span>{label(buckets[0]!.start)}</span>
            <span>{label(buckets[buckets.length - 1]!.start)}</span>
          </div>
        </>
      )}
    </figure>
  );
}
