// Keeps the address and the machine in step. The machine owns the flow: a screen it enters is
// written into the address (a new history entry, so Back returns to it), and an address the
// browser's Back or Forward lands on becomes a GO_TO event, which the machine may refuse; the
// address then goes back to the screen shown.
import { useSelector } from '@xstate/react';
import { useEffect, useRef, type RefObject } from 'react';
import { isFlowHash, routeOf } from '../ui/routes';
import { START } from '../machine/questionnaireMachine';
import { currentPage, screenOf } from '../machine/selectors';
import type { FlowActor } from './FlowContext';
import { screenHash, screenOfHash } from './flowUrl';

/** `pageValues`: the answers on the page on screen, given but not yet sent (history leaves
 *  the page as «Atrás» does, keeping them). `opensAt`: the address the questionnaire was
 *  opened for, if any; an address merely left over from before (a start page shown on a
 *  screen's address) is not one, and the assessment opens where it was left. */
export function useFlowHistory(actor: FlowActor, pageValues: RefObject<(() => Record<string, string>) | null>, opensAt: string | null) {
  const screen = useSelector(actor, screenOf);
  const replaces = useRef(true);
  // A link to another page fires popstate and hashchange: the answers are kept once.
  const leftFor = useRef<string | null>(null);
  useEffect(() => {
    const onFlowUrl = screenOfHash(window.location.hash) !== null;
    // Opened for an address that names another screen than the one saved (typed or linked on
    // another page of the app, a bookmark, an entry of the history): that screen, if the answers
    // reach it. The effect runs again on it; a refusal leaves the saved screen, written below.
    const named = replaces.current && opensAt !== null && window.location.hash === opensAt ? screenOfHash(opensAt) : null;
    if (named !== null && named !== START && named !== screen) {
      actor.send({ type: 'GO_TO', screen: named });
      if (screenOf(actor.getSnapshot()) === named) return;
    }
    if (screen === START) {
      // Back at the start (a restart, or history): the start page's address, in place of the
      // screen left, whose entry would lead to a questionnaire that is closed.
      if (onFlowUrl) window.history.replaceState(null, '', screenHash(START));
      return;
    }
    const hash = screenHash(screen);
    // The first screen of a visit takes the place of an address that named a screen (a reload,
    // or history back into the questionnaire); above the start page it is a new entry, so
    // Back from the first page returns there.
    if (window.location.hash !== hash) {
      if (replaces.current && onFlowUrl) window.history.replaceState(null, '', hash);
      else window.history.pushState(null, '', hash);
    }
    replaces.current = false;
  }, [actor, screen, opensAt]);

  useEffect(() => {
    const onChange = () => {
      const hash = window.location.hash;
      const before = actor.getSnapshot();
      // Another page of the app (the menu): the app closes the questionnaire, which keeps the
      // answers given on its page so far, saved at once, so that page (Comparar, the map)
      // shows them and coming back finds them.
      if (routeOf(hash) !== 'start') {
        if (leftFor.current === hash) return;
        leftFor.current = hash;
        const values = currentPage(before) !== null ? pageValues.current?.() : undefined;
        if (values) actor.send({ type: 'LEAVE', values });
        return;
      }
      leftFor.current = null;
      // A shared link: the app opens it.
      if (hash.startsWith('#s=')) return;
      const named = screenOfHash(hash);
      // An address under the questionnaire's prefix that names no screen (mistyped, or the
      // start) leaves the screen shown: only the start page's own address closes the questionnaire.
      if (isFlowHash(hash) && (named === null || named === START)) return window.history.replaceState(null, '', screenHash(screenOf(before)));
      const target = named ?? START;
      if (screenOf(before) === target) return;
      const values = currentPage(before) !== null ? pageValues.current?.() : undefined;
      actor.send({ type: 'GO_TO', screen: target, values });
      const shown = screenOf(actor.getSnapshot());
      if (shown !== target && shown !== START) window.history.replaceState(null, '', screenHash(shown));
    };
    // A step to an entry this hook pushed is a popstate; a typed or linked address, a hashchange.
    // Whichever comes second finds the machine already there.
    window.addEventListener('popstate', onChange);
    window.addEventListener('hashchange', onChange);
    return () => {
      window.removeEventListener('popstate', onChange);
      window.removeEventListener('hashchange', onChange);
    };
  }, [actor, pageValues]);
}
