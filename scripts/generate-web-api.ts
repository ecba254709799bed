import fs from 'node:fs';
import path from 'node:path';
import { openApiDocument, WEB_API_SCHEMA_FILE, webApiSchemaSource } from './web-api-schema';

/** `npm run api:generate`: writes the web client's types from the server's OpenAPI document. */
const source = await webApiSchemaSource(await openApiDocument());
fs.writeFileSync(WEB_API_SCHEMA_FILE, source);
console.log(`${path.relative(process.cwd(), WEB_API_SCHEMA_FILE)}: ${source.split('\n').length} lines`);
