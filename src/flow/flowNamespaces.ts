/** The texts the questionnaire needs besides the interface's own: the app loads them with its
 *  code, and the page asks for them early for a visitor who will resume (loadAfterFirstPaint). */
export const FLOW_NAMESPACES = ['questionnaire', 'results', 'documents'] as const;
