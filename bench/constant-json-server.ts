import Fastify from 'fastify';
import { SENIOR_TELECOM_VERIFICATION } from '../test/helpers/verification-answer';

/**
 * The verify benchmark's baseline: a bare Fastify route answering a constant JSON of the same
 * shape and size as a verification answer, in its own process like our server.
 */
const BODY = {
  number: '210000202600100000012',
  status: 'valid',
  holder: '申*明',
  ...SENIOR_TELECOM_VERIFICATION,
};
const app = Fastify({ logger: false });
app.get('/api/v1/public/certificates/:number', async () => BODY);
await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
console.log('ready');
