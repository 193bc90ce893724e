/** What a question can ask: a topic, or a chat turn (greeting, help, out of scope). */
export const intentNames = [
  'poverty_rate',
  'loans',
  'housing',
  'health_insurance',
  'education',
  'employment',
  'budget',
  'targets',
  'infrastructure',
  'challenges',
  'livelihood',
  'overview',
  'greeting',
  'help',
  'unknown',
] as const;
export type Intent = (typeof intentNames)[number];
