// The guided questionnaire, loaded only when a person starts or resumes it. The machine
// actor lives here for the whole visit: switching language re-renders the pages but keeps
// every answer, and every change is saved in this browser.
import { useActorRef, useSelector } from '@xstate/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { mergeWork, readWork, withNote, type AssessmentWork } from '../engine';
import { currentPage, isAtResult, isAtReview, isAtStart, selectAnswers } from '../machine/selectors';
import { begun, machine, resumable } from '../machine/snapshots';
import { Banner } from '../ui/Banner';
import { saveWork, update, type SavedAssessment, type StorageState } from '../storage/assessments';
import { FlowContext } from './FlowContext';
import { GroupPage } from './GroupPage';
import { MigrationNotice } from './MigrationNotice';
import { ResultPage } from './ResultPage';
import { ReviewPage } from './ReviewPage';
import { useAutosave } from './useAutosave';
import { useFlowHistory } from './useFlowHistory';

// The app opens a saved assessment through this (carrying an older version over first).
export { openSaved } from './openSaved';

/** Whether opening this record shows the notice of a version change (and needs its texts). */
export const showsMigrationNotice = (saved: SavedAssessment | null) => Boolean(saved?.migratedFrom && !saved.migratedFrom.noticeDismissed);

interface Props {
  saved: SavedAssessment | null;
  onStorageState: (state: StorageState) => void;
  /** Resume from another copy of this record: one merged with another tab's answers
   *  (`merged`), or the newer one another tab saved. */
  onReopen: (saved: SavedAssessment, notice: 'merged' | null) => void;
  /** Called when the person starts over: the start page with the saved list takes over. */
  onExit: () => void;
  /** The address asked for (see App): its screen opens if the answers reach it. */
  at: string | null;
}

export default function FlowApp({ saved, at, onStorageState, onReopen, onExit }: Props) {
  // Once per mount (the app remounts this with a new key for another record): checking a
  // snapshot creates an actor. Without a saved one, the person has just pressed «Empezar»:
  // the questionnaire opens begun, on its first page.
  const [snapshot] = useState(() => (saved ? resumable(saved.snapshot) : null));
  const [opening] = useState(() => snapshot ?? begun());
  const actor = useActorRef(machine, { snapshot: opening });
  const page = useSelector(actor, currentPage);
  const atReview = useSelector(actor, isAtReview);
  const atResult = useSelector(actor, isAtResult);
  const closed = useSelector(actor, isAtStart);
  const answers = useSelector(actor, selectAnswers);
  const pageValues = useRef<(() => Record<string, string>) | null>(null);
  useFlowHistory(actor, pageValues, at);
  const onMerged = useCallback((merged: SavedAssessment) => onReopen(merged, 'merged'), [onReopen]);
  const autosave = useAutosave(actor, snapshot ? saved : null, { onState: onStorageState, onMerged });
  const loadStored = () => {
    const stored = autosave.storedCopy();
    if (stored) onReopen(stored, null);
  };
  // The person's work (on the result page, and the notes behind the answers) lives here, not in
  // a page, so moving between pages keeps it even where nothing can be stored; every change is
  // saved with the assessment.
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
  const changeNote = useCallback((questionId: string, text: string) => changeWork(withNote(work, questionId, text)), [changeWork, work]);
  const [notice, setNotice] = useState(() => (snapshot && showsMigrationNotice(saved) ? saved!.migratedFrom! : null));
  const dismissNotice = () => {
    setNotice(null);
    const id = saved!.id;
    update((s) => ({
      ...s,
      assessments: s.assessments.map((a) => (a.id === id && a.migratedFrom ? { ...a, migratedFrom: { ...a.migratedFrom, noticeDismissed: true } } : a)),
    }));
  };

  // Back at the start (a restart, or Back from the first page): the start page, with the saved
  // list, takes over.
  useEffect(() => {
    if (closed) onExit();
  }, [closed, onExit]);

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
        <GroupPage key={page} pageId={page} answers={answers} valuesRef={pageValues} notes={work.notes} onNote={changeNote} />
      ) : atReview ? (
        <ReviewPage answers={answers} notes={work.notes ?? {}} onNote={changeNote} />
      ) : atResult ? (
        <ResultPage answers={answers} work={work} onWork={changeWork} />
      ) : null}
    </FlowContext.Provider>
  );
}
