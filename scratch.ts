import { loadKnowledge } from './src/knowledge/load.js';
const k = await loadKnowledge('knowledge');
for (const q of ['can thow', 'can thow ty', 'lang som']) console.log(q, k.gazetteer.fuzzy.search(q, { limit: 3 }).map((r) => `${r.item.key}:${r.score?.toFixed(3)}`).join(' '), k.gazetteer.vocabulary.has('thow'), k.gazetteer.vocabulary.has('som'));
