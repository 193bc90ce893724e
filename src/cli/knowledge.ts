/** `npm run knowledge`: validates `knowledge/` and prints what is loaded, or every problem found. */
import './io.js';
import { KnowledgeError, loadKnowledge } from '../knowledge/load.js';
import { knowledgeFolder } from './paths.js';

try {
  const knowledge = await loadKnowledge(process.argv[2] ?? knowledgeFolder);
  const rows = new Map<string, { article: number; summary: number }>();
  for (const entry of knowledge.entries) {
    for (const province of entry.provinces.length > 0 ? entry.provinces : ['(không rõ tỉnh)']) {
      const row = rows.get(province) ?? { article: 0, summary: 0 };
      row[entry.kind] += 1;
      rows.set(province, row);
    }
  }
  const articles = knowledge.entries.filter((entry) => entry.kind === 'article').length;
  console.log(`knowledge: ${articles} articles, ${knowledge.entries.length - articles} summaries`);
  console.log(
    `places: ${knowledge.places.before.length} provinces before ${knowledge.places.effective}, ${knowledge.places.after.length} after (${knowledge.places.resolution}), ${knowledge.places.districts.length} former districts`,
  );
  console.table(Object.fromEntries([...rows].sort(([a], [b]) => a.localeCompare(b, 'vi'))));
} catch (error) {
  if (!(error instanceof KnowledgeError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
