import { z } from 'zod';

const placeName = z.string().trim().min(2);
const provinceKind = z.enum(['tỉnh', 'thành phố']);

/** `knowledge/places.json`: provinces before and after Resolution 202/2025/QH15, and former districts. */
export const placesFileSchema = z
  .object({
    resolution: z.string().min(1),
    effective: z.iso.date(),
    /** Names that are also ordinary words ("hòa bình" is peace): matched only when written as a name. */
    commonWords: z.array(placeName),
    before: z.array(
      z.object({ name: placeName, kind: provinceKind, becomes: placeName, aliases: z.array(placeName) }).strict(),
    ),
    after: z.array(z.object({ name: placeName, kind: provinceKind }).strict()),
    districts: z.array(z.object({ name: placeName, province: placeName, aliases: z.array(placeName) }).strict()),
  })
  .passthrough()
  .superRefine((file, context) => {
    const after = new Set(file.after.map((province) => province.name));
    const before = new Set(file.before.map((province) => province.name));
    file.before.forEach((province, index) => {
      if (!after.has(province.becomes)) {
        context.addIssue({
          code: 'custom',
          path: ['before', index, 'becomes'],
          message: `"${province.becomes}" is not a province after ${file.effective}`,
        });
      }
    });
    file.districts.forEach((district, index) => {
      if (!before.has(district.province)) {
        context.addIssue({
          code: 'custom',
          path: ['districts', index, 'province'],
          message: `"${district.province}" is not a province before ${file.effective}`,
        });
      }
    });
    for (const [list, names] of [
      ['before', file.before.map((p) => p.name)],
      ['after', file.after.map((p) => p.name)],
    ] as const) {
      const seen = new Set<string>();
      names.forEach((name, index) => {
        if (seen.has(name))
          context.addIssue({
            code: 'custom',
            path: [list, index, 'name'],
            message: `"${name}" is listed twice`,
          });
        seen.add(name);
      });
    }
  });

export type PlacesFile = z.infer<typeof placesFileSchema>;
