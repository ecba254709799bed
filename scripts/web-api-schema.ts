import crypto from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { type OpenAPI3 } from 'openapi-typescript';
import { openDatabase } from '../src/db/client';
import { manualClock } from '../src/platform/clock';
import { loadConfig } from '../src/platform/config';
import { createFieldCipher } from '../src/platform/crypto';
import { buildApp } from '../src/server/app';
import { createServices } from '../src/server/services';

/** Where the web client's types live, generated from the server's OpenAPI document. */
export const WEB_API_SCHEMA_FILE = fileURLToPath(new URL('../web/src/api/schema.d.ts', import.meta.url));

/** The command that writes it, named by the test that finds it stale. */
export const GENERATE_COMMAND = 'npm run api:generate';

/**
 * The server's OpenAPI document, as `GET /openapi.json` answers it: the whole app assembled in
 * this process on an empty in-memory PGlite (the document depends on the routes, not the data),
 * asked, and closed again.
 */
export async function openApiDocument(): Promise<Record<string, unknown>> {
  const database = await openDatabase({ kind: 'pglite', dataDir: null });
  await database.migrate();
  // Nothing is stored: the attachments directory is never created.
  const attachmentsDir = path.join(os.tmpdir(), `zhiping-api-schema-${crypto.randomUUID()}`);
  const config = { ...loadConfig({ NODE_ENV: 'test' }), attachmentsDir };
  const services = createServices({
    db: database.db,
    clock: manualClock(new Date('2026-01-01T00:00:00Z')),
    config,
    cipher: createFieldCipher(crypto.randomBytes(32)),
    messageSender: { async send() {} },
  });
  const app = await buildApp({ config, services, logStream: { write() {} } });
  try {
    await app.ready();
    const answer = await app.inject({ method: 'GET', url: '/openapi.json' });
    return answer.json();
  } finally {
    await app.close();
    await database.close();
  }
}

/**
 * The TypeScript the web client is typed by (`paths`, `components`), from the document: what
 * openapi-typescript writes, the same text for the same document.
 */
export async function webApiSchemaSource(document: Record<string, unknown>): Promise<string> {
  const types = await openapiTS(document as unknown as OpenAPI3, {
    commentHeader: `/**\n * Generated from the server's OpenAPI document by \`${GENERATE_COMMAND}\` (scripts/web-api-schema.ts).\n * Do not edit: change the route schemas and generate again; a test fails while this file is stale.\n */\n\n`,
    silent: true,
    defaultNonNullable: true,
  });
  // A schema's `.readonly()` arrays (the domain hands out readonly lists) come out as `readonly T[]`,
  // which openapi-fetch's `Readable<T>` maps as objects, mangling every answer that holds one; to
  // the client a list it received is just a list.
  return types.replace(/: readonly /g, ': ');
}
