import { createContext, useContext } from 'react';
import type { ActorRefFrom } from 'xstate';
import type { QuestionnaireMachine } from '../machine/questionnaireMachine';

export type FlowActor = ActorRefFrom<QuestionnaireMachine>;

export const FlowContext = createContext<FlowActor | null>(null);

export function useFlowActor(): FlowActor {
  const actor = useContext(FlowContext);
  if (!actor) throw new Error('useFlowActor outside FlowContext');
  return actor;
}
