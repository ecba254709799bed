import Fastify from 'fastify';

/**
 * The verify benchmark's baseline: a bare Fastify route answering a constant JSON of the same
 * shape and size as a verification answer, in its own process like our server.
 */
const BODY = {
  number: '210000202600100000012',
  status: 'valid',
  holder: '申*明',
  title: '高级工程师',
  series: '工程技术',
  level: '副高级',
  specialty: '通信工程',
  committee: '辽宁省通信工程专业高级职称评审委员会',
  announcement: '辽人社〔2026〕201号',
  issuedOn: '2026-11-23',
};
const app = Fastify({ logger: false });
app.get('/api/v1/public/certificates/:number', async () => BODY);
await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
console.log('ready');
