import { z } from 'zod';

/** What a catalogue entry is. Legal documents are found by rule; the other kinds are named in knowledge/policies.json. */
export const policyKinds = ['document', 'programme', 'movement', 'fund', 'standard', 'institution'] as const;
export type PolicyKind = (typeof policyKinds)[number];

/** knowledge/policies.json: the names and aliases of policies that no rule can know. */
export const policyNamesSchema = z.object({
  about: z.string().optional(),
  policies: z.array(
    z.object({
      /** Stable: callback data and links refer to it. */
      id: z.string().regex(/^[a-z0-9-]+$/, 'must be lower-case letters, digits and "-"'),
      kind: z.enum(policyKinds.filter((kind) => kind !== 'document') as ['programme', ...PolicyKind[]]),
      name: z.string().min(1),
      /** How the articles and people write it, the name included; matched folded (no tone marks). */
      aliases: z.array(z.string().min(2)).min(1),
      /**
       * Short forms people type that other names contain too ("MTQG" is in both national programmes'
       * names): they name this policy in a question when no longer name holds them, and never find
       * its sentences.
       */
      shortForms: z.array(z.string().min(2)).optional(),
    }),
  ),
});
export type PolicyNames = z.infer<typeof policyNamesSchema>;
