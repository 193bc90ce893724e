/**
 * Reads a multipart/form-data request as grammY sends it when a call carries a file (InputFile):
 * each field a part, objects as JSON, the file as a part named by a random id that the field refers
 * to as "attach://id". Node's own `Request.formData()` refuses grammY's unquoted `filename=`, so the
 * fake reads it with busboy (the parser undici itself is built on).
 */
import type { IncomingHttpHeaders } from 'node:http';
import { Readable } from 'node:stream';
import { Busboy } from '@fastify/busboy';
import type { UploadedFile } from './telegram-rules.js';

export interface MultipartPayload {
  /** The fields, with JSON objects and booleans read back as values. */
  readonly payload: Record<string, unknown>;
  /** The files, by the field that attached them ("document", "photo"). */
  readonly files: Record<string, UploadedFile>;
}

export const isMultipart = (headers: IncomingHttpHeaders): boolean =>
  (headers['content-type'] ?? '').toLowerCase().startsWith('multipart/form-data');

export async function readMultipart(headers: IncomingHttpHeaders, body: Buffer): Promise<MultipartPayload> {
  const fields: Record<string, string> = {};
  const parts = new Map<string, UploadedFile>();
  await new Promise<void>((resolve, reject) => {
    const parser = Busboy({ headers: { ...headers, 'content-type': headers['content-type'] ?? '' } });
    parser.on('field', (name, value) => (fields[name] = value));
    parser.on('file', (name, stream, filename) => {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => parts.set(name, { filename, bytes: Buffer.concat(chunks) }));
    });
    parser.on('finish', resolve);
    parser.on('error', reject);
    Readable.from([body]).pipe(parser);
  });
  const payload: Record<string, unknown> = {};
  const files: Record<string, UploadedFile> = {};
  for (const [name, value] of Object.entries(fields)) {
    const attached = value.startsWith('attach://') ? parts.get(value.slice('attach://'.length)) : undefined;
    if (attached) files[name] = attached;
    payload[name] = readValue(value);
  }
  return { payload, files };
}

/** A form field as the Bot API reads it: JSON for objects and arrays, true/false for flags. */
function readValue(value: string): unknown {
  if (value === 'true' || value === 'false') return value === 'true';
  if (/^[[{]/.test(value)) {
    try {
      return JSON.parse(value) as unknown;
    } catch {
      return value;
    }
  }
  return value;
}
