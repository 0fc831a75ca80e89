// The guided questionnaire, loaded only when a person starts or resumes it. The machine
// actor lives here for the whole visit: switching language re-renders the pages but keeps
// every answer, and every change is saved in this browser.
import { useActorRef, useSelector } from '@xstate/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { createActor, type Snapshot } from 'xstate';
import { mergeWork, readWork, type AssessmentWork } from '../engine';
import { content } from '../questionnaire/content';
import { createQuestionnaireMachine, currentPage, REVIEW, RESULT, upgradeSnapshot } from '../machine/questionnaireMachine';
import { Banner } from '../ui/Banner';
import { saveWork, update, type SavedAssessment, type StorageState } from '../storage/assessments';
import { FlowContext } from './FlowContext';
import { GroupPage } from './GroupPage';
import { MigrationNotice } from './MigrationNotice';
import { ResultPage } from './ResultPage';
import { ReviewPage } from './ReviewPage';
import { useAutosave } from './useAutosave';
import { useFlowHistory } from './useFlowHistory';

const machine = createQuestionnaireMachine(content);

// The app opens a saved assessment through this (carrying an older version over first).
export { openSaved } from './openSaved';

/** Whether opening this record shows the notice of a version change (and needs its texts). */
export const showsMigrationNotice = (saved: SavedAssessment | null) => Boolean(saved?.migratedFrom && !saved.migratedFrom.noticeDismissed);

/** A saved snapshot the current machine can resume from (one saved on a question before pages
 *  resumes on its page), or null. */
export function restorable(saved: SavedAssessment | null): Snapshot<unknown> | null {
  if (!saved) return null;
  try {
    const persisted = upgradeSnapshot(content, saved.snapshot) as Snapshot<unknown>;
    const snapshot = createActor(machine, { snapshot: persisted }).getSnapshot();
    const known = typeof snapshot.value === 'string' && snapshot.value in machine.root.states;
    return snapshot.status === 'active' && known ? persisted : null;
  } catch {
    return null;
  }
}

interface Props {
  saved: SavedAssessment | null;
  onStorageState: (state: StorageState) => void;
  /** Resume from another copy of this record: one merged with another tab's answers
   *  (`merged`), or the newer one another tab saved. */
  onReopen: (saved: SavedAssessment, notice: 'merged' | null) => void;
  /** Called when the person starts over: the start page with the saved list takes over. */
  onExit: () => void;
}

export default function FlowApp({ saved, onStorageState, onReopen, onExit }: Props) {
  // Once per mount (the app remounts this with a new key for another record): checking a
  // snapshot creates an actor.
  const [snapshot] = useState(() => restorable(saved));
  const actor = useActorRef(machine, snapshot ? { snapshot } : undefined);
  const value = useSelector(actor, (s) => s.value as string);
  const page = useSelector(actor, currentPage);
  const answers = useSelector(actor, (s) => s.context.answers);
  const pageValues = useRef<(() => Record<string, string>) | null>(null);
  useFlowHistory(actor, pageValues);
  const onMerged = useCallback((merged: SavedAssessment) => onReopen(merged, 'merged'), [onReopen]);
  const autosave = useAutosave(actor, snapshot ? saved : null, { onState: onStorageState, onMerged });
  const loadStored = () => {
    const stored = autosave.storedCopy();
    if (stored) onReopen(stored, null);
  };
  // The person's work on the result page lives here, not in the page, so a visit to the review
  // keeps it even where nothing can be stored; every change is saved with the assessment.
  const [work, setWork] = useState<AssessmentWork>(() => readWork(snapshot ? saved!.work : undefined));
  const changeWork = useCallback(
    (next: AssessmentWork) => {
      // Only what this tab changed is written over what is stored now: another tab's edits to
      // other parts of the work stay, and this tab shows them from now on.
      const { state, work: saved } = saveWork(autosave.currentId(), (stored) => mergeWork(readWork(stored), work, next));
      setWork(saved ?? next);
      onStorageState(state);
    },
    [autosave, work, onStorageState],
  );
  const [notice, setNotice] = useState(() => (snapshot && showsMigrationNotice(saved) ? saved!.migratedFrom! : null));
  const dismissNotice = () => {
    setNotice(null);
    const id = saved!.id;
    update((s) => ({
      ...s,
      assessments: s.assessments.map((a) => (a.id === id && a.migratedFrom ? { ...a, migratedFrom: { ...a.migratedFrom, noticeDismissed: true } } : a)),
    }));
  };

  // At first the person has just pressed "Empezar": go straight to the first question. Back
  // at the start later means a restart: the start page, with the saved list, takes over.
  const begun = useRef(false);
  useEffect(() => {
    if (value !== 'start') begun.current = true;
    else if (begun.current) onExit();
    else actor.send({ type: 'NEXT' });
  }, [value, actor, onExit]);

  return (
    <FlowContext.Provider value={actor}>
      {saved && !snapshot ? <Banner messageKey="storage.restoreFailed" /> : null}
      {autosave.conflict === 'otherTab' ? (
        <Banner messageKey="storage.otherTab" action={{ labelKey: 'storage.loadNewer', run: loadStored }} onDismiss={autosave.dismissConflict} />
      ) : autosave.conflict === 'deleted' ? (
        <Banner messageKey="storage.deletedElsewhere" action={{ labelKey: 'storage.keepAsNew', run: () => autosave.keepAsNew({ work }) }} />
      ) : null}
      {notice ? <MigrationNotice migration={notice} answers={answers} onDismiss={dismissNotice} /> : null}
      {page ? (
        <GroupPage key={page} pageId={page} answers={answers} valuesRef={pageValues} />
      ) : value === REVIEW ? (
        <ReviewPage answers={answers} />
      ) : value === RESULT ? (
        <ResultPage answers={answers} work={work} onWork={changeWork} />
      ) : null}
    </FlowContext.Provider>
  );
}
