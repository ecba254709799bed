import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  GENERATE_COMMAND,
  openApiDocument,
  WEB_API_SCHEMA_FILE,
  webApiSchemaSource,
} from '../../scripts/web-api-schema';

/**
 * The web client is typed by what the server's OpenAPI document says (web/src/api/schema.d.ts).
 * Generated again here from the document the routes make now, it must be the committed file:
 * a route schema changed without generating again fails, naming the command that fixes it.
 */
describe('the generated web client', () => {
  it('is what the server’s OpenAPI document generates now', async () => {
    const fresh = await webApiSchemaSource(await openApiDocument());
    const committed = fs.existsSync(WEB_API_SCHEMA_FILE) ? fs.readFileSync(WEB_API_SCHEMA_FILE, 'utf8') : '';
    expect(
      committed === fresh,
      `web/src/api/schema.d.ts is stale: run \`${GENERATE_COMMAND}\` and commit it`,
    ).toBe(true);
  });
});
