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
  // Added after the chat turns: buttons sent before topic names were keys wrote positions.
  'electricity',
  'legal_aid',
] as const;
export type Intent = (typeof intentNames)[number];
