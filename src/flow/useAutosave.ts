// Saves the assessment on every change of the machine. Each write reads what is stored now:
// answers another tab saved meanwhile are merged with this tab's (per answer, newest wins) and
// this tab resumes from the merged record; an assessment another tab deleted is not written
// again unless the person keeps it as a new one. Another tab's change is announced as it happens.
import { useCallback, useEffect, useRef, useState } from 'react';
import { classify, isoDate, systemName } from '../engine';
import type { QuestionnaireSnapshot } from '../machine/questionnaireMachine';
import { isAtResult, isAtStart, selectAnswers } from '../machine/selectors';
import { withAnswers } from '../machine/snapshots';
import { content } from '../questionnaire/content';
import { answersOf, isDeleted, newId, readStore, STORE_KEY, update, upsert, type SavedAssessment, type StorageState } from '../storage/assessments';
import type { FlowActor } from './FlowContext';
import { mergeRecord, sameAnswers } from './mergeSaved';

type Answers = Record<string, string>;

/** `otherTab`: another tab changed the answers; `deleted`: another tab deleted the assessment. */
export type TabConflict = 'otherTab' | 'deleted' | null;

interface Options {
  onState: (s: StorageState) => void;
  /** The tab merged another tab's answers and must resume from this record. */
  onMerged: (merged: SavedAssessment) => void;
}

/** The answers' change times: now for every answer that differs from before, kept for the others. */
function stamp(at: Record<string, string>, before: Answers, after: Answers, now: string) {
  return Object.fromEntries(Object.entries(after).map(([q, v]) => [q, v === before[q] && at[q] ? at[q] : now]));
}

export function useAutosave(actor: FlowActor, restored: SavedAssessment | null, { onState, onMerged }: Options) {
  const id = useRef(restored?.id ?? newId());
  // The answers as this tab last read or wrote them; null until a new assessment is first saved.
  const base = useRef<Answers | null>(restored ? answersOf(restored) : null);
  const answeredAt = useRef<Record<string, string>>(restored?.answeredAt ?? {});
  const previous = useRef<Answers>(restored ? answersOf(restored) : {});
  const [conflict, setConflict] = useState<TabConflict>(null);
  const deleted = useRef(false);
  // The record as last stored: what it held besides the answers (its work, its title) goes with
  // the answers when the person keeps an assessment another tab deleted as a new one.
  const carried = useRef<SavedAssessment | null>(restored);

  // The last snapshot saved on a screen of the questionnaire: leaving for the start page resumes there.
  const lastScreen = useRef<unknown>(restored?.snapshot ?? null);

  const save = useCallback(
    (snapshot: QuestionnaireSnapshot) => {
      if (deleted.current) return;
      const answers = selectAnswers(snapshot);
      let persisted: unknown = actor.getPersistedSnapshot();
      if (isAtStart(snapshot)) {
        // A restart (no answers left) saves nothing: the page closes the flow. Leaving for the
        // start page by Back or «Mis evaluaciones» keeps the answers given on the page left,
        // sent or not, and the record resumes on that page.
        if (Object.keys(answers).length === 0 || !lastScreen.current || sameAnswers(answers, previous.current)) return;
        persisted = withAnswers(lastScreen.current, answers);
      } else lastScreen.current = persisted;
      const now = new Date().toISOString();
      answeredAt.current = stamp(answeredAt.current, previous.current, answers, now);
      previous.current = answers;
      const record: SavedAssessment = {
        id: id.current,
        name: systemName(content, answers),
        updatedAt: now,
        outcome: isAtResult(snapshot) ? classify(content, answers, { today: isoDate(new Date()) }).outcome : null,
        snapshot: persisted,
        questionnaireVersion: content.questionnaire.version,
        answeredAt: answeredAt.current,
      };
      const result: { merged?: SavedAssessment } = {};
      const { state } = update((store) => {
        const stored = store.assessments.find((a) => a.id === id.current);
        if (!stored && base.current && isDeleted(store, id.current)) {
          deleted.current = true;
          return store;
        }
        // Whatever else the record holds (its title in the list, what it held before a version
        // change, fields of newer builds) is not the machine's to forget.
        if (stored && base.current && !sameAnswers(answersOf(stored), base.current)) {
          result.merged = mergeRecord({ ...stored, ...record }, base.current, stored);
          return upsert(store, result.merged);
        }
        if (stored) carried.current = stored;
        return upsert(store, { ...(stored ?? carried.current), ...record });
      });
      onState(state);
      if (deleted.current) return setConflict('deleted');
      const { merged } = result;
      if (state === 'ok') base.current = merged ? answersOf(merged) : answers;
      if (merged && !sameAnswers(answersOf(merged), answers)) onMerged(merged);
    },
    [actor, onState, onMerged],
  );

  useEffect(() => {
    const sub = actor.subscribe(save);
    return () => sub.unsubscribe();
  }, [actor, save]);

  // A new questionnaire opens begun, on its first page: it is stored at once, so a reload or
  // «Mis evaluaciones» finds it there.
  const stored = useRef(restored !== null);
  useEffect(() => {
    if (stored.current) return;
    stored.current = true;
    save(actor.getSnapshot());
  }, [actor, save]);

  useEffect(() => {
    const onStorage = (e: StorageEvent) => {
      if (e.key !== STORE_KEY && e.key !== null) return;
      if (!base.current || deleted.current) return;
      const { store } = readStore();
      const stored = store.assessments.find((a) => a.id === id.current);
      if (!stored && isDeleted(store, id.current)) {
        deleted.current = true;
        setConflict('deleted');
      } else if (stored && !sameAnswers(answersOf(stored), base.current)) setConflict('otherTab');
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, []);

  return {
    /** The record this tab saves to (a new one after «keep as new»). */
    currentId: () => id.current,
    conflict,
    dismissConflict: () => setConflict(null),
    /** The record as stored now, for "load the newer copy". */
    storedCopy: () => readStore().store.assessments.find((a) => a.id === id.current) ?? null,
    /** Keeps a deleted assessment's answers as a new one, with what it held besides (and `extra`,
     *  such as work newer than the last save), and saves it. */
    keepAsNew: (extra: Partial<SavedAssessment> = {}) => {
      carried.current = { ...carried.current!, ...extra };
      id.current = newId();
      base.current = null;
      deleted.current = false;
      setConflict(null);
      save(actor.getSnapshot());
    },
  };
}
