/**
 * SM2 signing and verification against sm-crypto-v2 (SM2 on @noble/curves), the strongest
 * maintained JavaScript peer, on the same certificate payloads in the same process.
 *
 * The last two lines are the comparison as the certificates module uses SM2: one signing
 * key, its public key passed as hex. Two lines before them show the cases that flatter us
 * less: a key never seen before (so no precomputed table on our side), and the baseline
 * given a precomputed table of its own.
 */
import { sm2 as v2 } from 'sm-crypto-v2';
import { canonicalJson } from '../src/domain/canonical-json';
import { createSm2Signer, generateSm2KeyPair, sm2Verify } from '../src/platform/sm2';

const PAYLOADS = 2000;
const ROUNDS = 7;
/** Messages per round and side: sm-crypto-v2 verifies some 300 per second. */
const SIGN_PER_ROUND = 400;
const VERIFY_PER_ROUND = 300;
/** Keys for the case of a key never seen before, one signature each. */
const FRESH_KEYS = 100;
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

/**
 * Operations per CPU second of `run` over the items: the process's user + system time, which
 * counts V8's helper threads (garbage collection, JIT) too but not the time the machine
 * gives to other processes — on a shared machine wall time mostly measures the neighbours.
 */
function throughput<T>(items: readonly T[], run: (item: T) => unknown): number {
  const start = process.cpuUsage();
  for (const item of items) run(item);
  const { user, system } = process.cpuUsage(start);
  return items.length / ((user + system) / 1e6);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * Alternates ours and the baseline over the same slice of items each round and returns both
 * medians, so that a busy moment on the machine weighs on both sides alike.
 */
function compare<T>(
  items: readonly T[],
  perRound: number,
  ours: (item: T) => unknown,
  baseline: (item: T) => unknown,
) {
  throughput(items.slice(0, perRound), ours);
  throughput(items.slice(0, perRound), baseline);
  const oursRounds: number[] = [];
  const baselineRounds: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const from = (round * perRound) % items.length;
    const slice = items.slice(from, from + perRound);
    oursRounds.push(throughput(slice, ours));
    baselineRounds.push(throughput(slice, baseline));
  }
  return { ours: median(oursRounds), baseline: median(baselineRounds) };
}

const ratioLine = (name: string, unit: string, { ours, baseline }: { ours: number; baseline: number }) =>
  `${name}: ratio ${(ours / baseline).toFixed(1)} (ours ${Math.round(ours)} ${unit}/s, baseline ${Math.round(baseline)} ${unit}/s)`;

export default async function signBench(): Promise<void> {
  const messages = payloads(PAYLOADS);
  const bytes = messages.map((m) => Buffer.byteLength(m));
  const { privateKey, publicKey } = generateSm2KeyPair();
  const signer = createSm2Signer(privateKey);
  // Given the public key, sm-crypto-v2 skips deriving it (a second scalar multiplication) on
  // every call: the baseline gets the same per-key head start as our signer.
  const sign = {
    ours: (message: string) => signer.sign(message),
    baseline: (message: string) => v2.doSignature(message, privateKey, { hash: true, publicKey }),
  };

  // Both must produce valid signatures, each accepted by both verifiers, before speed means anything.
  let valid = 0;
  for (let i = 0; i < SAMPLE; i++) {
    const message = messages[(i * 37) % messages.length]!;
    const ours = sign.ours(message);
    const theirs = sign.baseline(message);
    const accepted =
      sm2Verify(message, ours, publicKey) &&
      v2.doVerifySignature(message, ours, publicKey, { hash: true }) &&
      sm2Verify(message, theirs, publicKey) &&
      v2.doVerifySignature(message, theirs, publicKey, { hash: true });
    if (accepted) valid += 1;
  }
  console.log(
    `payloads: ${messages.length} (${Math.min(...bytes)}–${Math.max(...bytes)} bytes); ` +
      `signatures valid for both verifiers: ${valid}/${SAMPLE}; ` +
      `rates per CPU second, median of ${ROUNDS} alternating rounds`,
  );
  if (valid !== SAMPLE) throw new Error('签名校验失败：基准结果无意义');

  const signed = messages.map((message) => ({ message, signature: signer.sign(message), publicKey }));
  const verifyOne = {
    ours: (item: (typeof signed)[number]) => sm2Verify(item.message, item.signature, item.publicKey),
    baseline: (item: (typeof signed)[number]) =>
      v2.doVerifySignature(item.message, item.signature, item.publicKey, { hash: true }),
  };
  const countValid = (run: (item: (typeof signed)[number]) => boolean, items: typeof signed) =>
    items.filter(run).length;

  // A key never seen before: no precomputed table on our side either.
  const fresh = Array.from({ length: FRESH_KEYS }, (_, i) => {
    const keys = generateSm2KeyPair();
    const message = messages[i]!;
    return { message, signature: createSm2Signer(keys.privateKey).sign(message), publicKey: keys.publicKey };
  });
  const freshRates = compare(fresh, FRESH_KEYS, verifyOne.ours, verifyOne.baseline);
  console.log(ratioLine('verify, each under a new key', 'verifications', freshRates));

  // sm-crypto-v2 can precompute a table for a public key too, if its caller asks.
  const precomputed = v2.precomputePublicKey(publicKey, 8);
  const withTable = (item: (typeof signed)[number]) =>
    v2.doVerifySignature(item.message, item.signature, precomputed, { hash: true });
  const tableRates = compare(signed, VERIFY_PER_ROUND, verifyOne.ours, withTable);
  console.log(ratioLine('verify, baseline given precomputePublicKey(key, 8)', 'verifications', tableRates));

  const verifyRates = compare(signed, VERIFY_PER_ROUND, verifyOne.ours, verifyOne.baseline);
  const signRates = compare(messages, SIGN_PER_ROUND, sign.ours, sign.baseline);
  const checked = [...signed.slice(0, SAMPLE), ...fresh];
  const tampered = checked.map((item) => ({ ...item, message: `${item.message} ` }));
  if (
    countValid(verifyOne.ours, checked) !== checked.length ||
    countValid(verifyOne.baseline, checked) !== checked.length ||
    countValid(withTable, signed.slice(0, SAMPLE)) !== SAMPLE ||
    countValid(verifyOne.ours, tampered) + countValid(verifyOne.baseline, tampered) !== 0
  ) {
    throw new Error('验签结果不正确：基准结果无意义');
  }
  console.log(ratioLine('verify', 'verifications', verifyRates));
  console.log(ratioLine('sign', 'signatures', signRates));
}
