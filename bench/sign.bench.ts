import { performance } from 'node:perf_hooks';
import { sm2 as smCrypto } from 'sm-crypto';
import { canonicalJson } from '../src/domain/canonical-json';
import { createSm2Signer, generateSm2KeyPair, sm2Verify } from '../src/platform/sm2';

const PAYLOADS = 2000;
const ROUNDS = 5;
/** sm-crypto signs some 100 per second: a slice of the payloads per round is enough. */
const BASELINE_PER_ROUND = 150;
const SAMPLE = 50;

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周'];
const GIVEN = ['伟', '芳', '娜', '秀英', '敏', '静', '丽', '强', '磊', '洋', '艳', '勇'];
const TITLES = ['高级工程师', '正高级工程师', '工程师', '高级经济师', '副主任医师', '高级教师', '研究员'];
const SERIES = ['engineering', 'economics', 'health', 'education', 'research'];

/** The canonical JSON of certificate data, as a certificate would be signed: about 300 bytes. */
function payloads(count: number): string[] {
  return Array.from({ length: count }, (_, i) => {
    const year = 2015 + (i % 10);
    const month = String((i % 12) + 1).padStart(2, '0');
    const day = String((i % 28) + 1).padStart(2, '0');
    return canonicalJson({
      number: `ZP-${year}-${String(i + 1).padStart(6, '0')}`,
      holder: {
        name: SURNAMES[i % SURNAMES.length]! + GIVEN[(i * 7) % GIVEN.length]!,
        idNumberHash: (i * 2654435761).toString(16).padStart(16, '0').slice(-16),
        employer: `某省第${(i % 37) + 1}建设工程有限公司`,
      },
      title: { name: TITLES[i % TITLES.length]!, series: SERIES[i % SERIES.length]!, level: 'senior' },
      committee: `${(i % 9) + 1}号评审委员会`,
      approvedOn: `${year}-${month}-${day}`,
      issuedOn: `${year}-${month}-${day}`,
      validFrom: `${year}-${month}-${day}`,
    });
  });
}

/** Signatures per second of `sign` over `messages`. */
function throughput(messages: string[], sign: (message: string) => string): number {
  const start = performance.now();
  for (const message of messages) sign(message);
  return messages.length / ((performance.now() - start) / 1000);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export default async function signBench(): Promise<void> {
  const messages = payloads(PAYLOADS);
  const bytes = messages.map((m) => Buffer.byteLength(m));
  const { privateKey, publicKey } = generateSm2KeyPair();
  const signer = createSm2Signer(privateKey);
  const ours = (message: string) => signer.sign(message);
  // Given the public key, sm-crypto skips deriving it (a second scalar multiplication) on
  // every call: the baseline gets the same per-key head start as our signer.
  const baseline = (message: string) => smCrypto.doSignature(message, privateKey, { hash: true, publicKey });

  // Both must produce valid signatures before their speed means anything.
  let valid = 0;
  for (let i = 0; i < SAMPLE; i++) {
    const message = messages[(i * 37) % messages.length]!;
    const signature = ours(message);
    const theirs = baseline(message);
    if (
      sm2Verify(message, signature, publicKey) &&
      smCrypto.doVerifySignature(message, signature, publicKey, { hash: true }) &&
      sm2Verify(message, theirs, publicKey)
    ) {
      valid += 1;
    }
  }
  console.log(
    `payloads: ${messages.length} (${Math.min(...bytes)}–${Math.max(...bytes)} bytes); ` +
      `signatures valid for both verifiers: ${valid}/${SAMPLE}`,
  );
  if (valid !== SAMPLE) throw new Error('签名校验失败：基准结果无意义');

  // Warm-up, then alternate rounds and compare medians, so that a busy moment on the
  // machine weighs on both sides alike.
  throughput(messages.slice(0, 200), ours);
  throughput(messages.slice(0, 20), baseline);
  const oursRounds: number[] = [];
  const baselineRounds: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    oursRounds.push(throughput(messages, ours));
    const from = (round * BASELINE_PER_ROUND) % messages.length;
    baselineRounds.push(throughput(messages.slice(from, from + BASELINE_PER_ROUND), baseline));
  }
  const x = median(oursRounds);
  const y = median(baselineRounds);
  console.log(
    `sign: ratio ${(x / y).toFixed(1)} (ours ${Math.round(x)} signs/s, baseline ${Math.round(y)} signs/s)`,
  );
}
