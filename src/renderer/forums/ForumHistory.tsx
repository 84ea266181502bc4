// Staff mode's history of a recurring forum (docs/forums.md): this forum's first-timers, new faces
// and who has stayed away, each person's forums, and "maybe one person" for staff to answer.
// Personal data: it lives in staff mode only, never on the kiosk's screen.
import { useEffect, useId, useState } from 'react';
import type { ForumHistoryView, LinkDecision, LinkProposalView } from '../../shared/forums';
import { api } from '../api';
import { useI18n, type MessageKey } from '../i18n';
import { useStaffSession } from '../staff/session';
import { apiErrorText } from '../api-error';

export function ForumHistory() {
  const { t } = useI18n();
  const { run } = useStaffSession();
  const id = useId();
  const [view, setView] = useState<ForumHistoryView | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    run((session) => api.getForumHistory({ session })).then(setView, (error: Error) =>
      setProblem(apiErrorText(t, error)),
    );
  }, [run]);

  const decide = (proposalId: string, decision: LinkDecision) =>
    run((session) => api.decideForumLink({ session, proposalId, decision })).then(
      (decided) => {
        setView(decided);
        // The hub's refusal comes as a code, so staff read it in their language.
        const refused = decided.decisionProblem;
        setProblem(refused && t(`sync.error.${refused.code}` as MessageKey, refused.params));
      },
      (error: Error) => setProblem(apiErrorText(t, error)),
    );

  if (!view)
    return (
      <section className="staff-section" aria-labelledby={`${id}-title`}>
        <h2 id={`${id}-title`}>{t('staff.tab.history')}</h2>
        {problem && <p role="alert">{problem}</p>}
      </section>
    );
  const forumName = new Map(view.history.forums.map((forum) => [forum.id, forum.name]));
  const summary = view.history.summaries.find((s) => s.forumId === view.forumId);
  const arrived = view.firstTimers.filter((guest) => guest.arrived).length;

  return (
    <section className="staff-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('staff.tab.history')}</h2>
      {problem && <p role="alert">{problem}</p>}
      <p className="staff-note">{t(view.source === 'hub' ? 'forums.history.fromHub' : 'forums.history.fromStation')}</p>
      {view.hubProblem && (
        <p role="alert">{t(`sync.error.${view.hubProblem.code}` as MessageKey, view.hubProblem.params)}</p>
      )}

      <section className="staff-card" aria-labelledby={`${id}-first`}>
        <h3 id={`${id}-first`}>{t('forums.history.firstTimers', { arrived, count: view.firstTimers.length })}</h3>
        {view.firstTimers.length === 0 ? (
          <p>{t('forums.history.none')}</p>
        ) : (
          <ul className="staff-list" data-testid="history-first-timers">
            {view.firstTimers.map((guest) => (
              <li key={guest.guestId}>
                <strong>{guest.fullName}</strong> · {guest.department || '—'} ·{' '}
                {t(guest.arrived ? 'forums.history.arrived' : 'forums.history.notArrived')}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="staff-card" aria-labelledby={`${id}-new`}>
        <h3 id={`${id}-new`}>{t('forums.history.newFaces', { count: summary?.newFaces.length ?? 0 })}</h3>
        <p data-testid="history-new-faces">{summary?.newFaces.join(', ') || t('forums.history.none')}</p>
      </section>

      <section className="staff-card" aria-labelledby={`${id}-away`}>
        <h3 id={`${id}-away`}>{t('forums.history.away', { count: summary?.away.length ?? 0 })}</h3>
        {!summary || summary.away.length === 0 ? (
          <p>{t('forums.history.none')}</p>
        ) : (
          <ul className="staff-list" data-testid="history-away">
            {summary.away.map((person) => (
              <li key={`${person.name}\n${person.department}`}>
                <strong>{person.name}</strong> · {person.department || '—'} ·{' '}
                {t('forums.history.lastCame', { forum: forumName.get(person.lastForumId) ?? '' })}
              </li>
            ))}
          </ul>
        )}
      </section>

      {view.history.proposals.length > 0 && (
        <section className="staff-card" aria-labelledby={`${id}-proposals`}>
          <h3 id={`${id}-proposals`}>{t('forums.history.proposals')}</h3>
          <p className="staff-note">{t('forums.history.proposalsNote')}</p>
          <ul className="staff-list">
            {view.history.proposals.map((proposal) => (
              <Proposal key={proposal.id} proposal={proposal} forumName={forumName} onDecide={decide} />
            ))}
          </ul>
        </section>
      )}

      <section className="staff-card" aria-labelledby={`${id}-people`}>
        <h3 id={`${id}-people`}>{t('forums.history.people')}</h3>
        <table className="staff-table">
          <thead>
            <tr>
              <th scope="col">{t('forums.history.name')}</th>
              <th scope="col">{t('forums.history.department')}</th>
              <th scope="col">{t('forums.history.attended')}</th>
            </tr>
          </thead>
          <tbody>
            {view.history.people.map((person, index) => (
              <tr key={index}>
                <th scope="row">{person.name}</th>
                <td>{person.department}</td>
                <td>{person.attended.map((forumId) => forumName.get(forumId)).join('; ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </section>
  );
}

function Proposal({
  proposal,
  forumName,
  onDecide,
}: {
  proposal: LinkProposalView;
  forumName: Map<string, string>;
  onDecide(proposalId: string, decision: LinkDecision): void;
}) {
  const { t } = useI18n();
  return (
    <li>
      <strong>
        {proposal.name}, {proposal.department}
      </strong>
      <ul>
        {proposal.people.map((person, index) => (
          <li key={index}>
            {person.email || t('forums.history.noEmail')}:{' '}
            {person.forumIds.map((forumId) => forumName.get(forumId)).join(', ')}
          </li>
        ))}
      </ul>
      <p>{proposal.decision ? t(`forums.history.decided.${proposal.decision}`) : t('forums.history.undecided')}</p>
      <div className="staff-actions">
        <button
          type="button"
          className="button"
          aria-pressed={proposal.decision === 'same'}
          onClick={() => onDecide(proposal.id, 'same')}
        >
          {t('forums.history.same')}
        </button>
        <button
          type="button"
          className="button"
          aria-pressed={proposal.decision === 'different'}
          onClick={() => onDecide(proposal.id, 'different')}
        >
          {t('forums.history.different')}
        </button>
      </div>
    </li>
  );
}
