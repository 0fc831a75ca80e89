// Saves the assessment on every change of the machine, and warns when another tab changed
// the same assessment (the last write wins, but never silently).
import { useEffect, useRef, useState } from 'react';
import { classify, isoDate, questionForField } from '../engine';
import { content } from '../questionnaire/content';
import { newId, readStore, STORE_KEY, upsert, writeStore, type StorageState } from '../storage/assessments';
import type { FlowActor } from './FlowContext';

const nameQuestion = questionForField(content, 'systemName');

export function useAutosave(actor: FlowActor, initialId: string | null, onState: (s: StorageState) => void) {
  const id = useRef(initialId ?? newId());
  const lastWrite = useRef<string | null>(null);
  const [otherTab, setOtherTab] = useState(false);

  useEffect(() => {
    const sub = actor.subscribe((snapshot) => {
      // Back at the start (a restart) there is nothing new to save; the page closes the flow.
      if (snapshot.value === 'start') return;
      const answers = snapshot.context.answers;
      const updatedAt = new Date().toISOString();
      const record = {
        id: id.current,
        name: (nameQuestion && answers[nameQuestion.id]) || '',
        updatedAt,
        outcome: snapshot.value === 'result' ? classify(content, answers, { today: isoDate(new Date()) }).outcome : null,
        snapshot: actor.getPersistedSnapshot(),
        questionnaireVersion: content.questionnaire.version,
      };
      // What the person gave the record in the list, what it held before a version change
      // and their work on the result page are not the machine's to forget.
      const { store } = readStore();
      const { title, migratedFrom, work } = store.assessments.find((a) => a.id === id.current) ?? {};
      lastWrite.current = updatedAt;
      onState(writeStore(upsert(store, { ...record, ...(title ? { title } : {}), ...(migratedFrom ? { migratedFrom } : {}), ...(work ? { work } : {}) })));
    });
    return () => sub.unsubscribe();
  }, [actor, onState]);

  useEffect(() => {
    const onStorage = (e: StorageEvent) => {
      if (e.key !== STORE_KEY || e.newValue === null) return;
      try {
        const theirs = (JSON.parse(e.newValue) as { assessments: { id: string; updatedAt: string }[] }).assessments.find((a) => a.id === id.current);
        if (theirs && theirs.updatedAt !== lastWrite.current) setOtherTab(true);
      } catch {
        // Unreadable data from another tab is dealt with at the next start.
      }
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, []);

  return { otherTab, dismissOtherTab: () => setOtherTab(false) };
}
