import { Flex, Tag } from 'antd';
import type { Effects } from '../../../src/domain/policy/rule-base';
import { effectTexts } from '../lib/policy-labels';

/**
 * What a pathway brings with it (直接认定, 通过率上限, 单独评审…), one purple tag each: in the policy
 * library and in the self-check's result alike; nothing for an ordinary application.
 */
export function EffectTags({ effects }: { effects: Partial<Effects> | null | undefined }) {
  const texts = effectTexts(effects);
  if (texts.length === 0) return null;
  return (
    <Flex wrap gap={4}>
      {texts.map((text) => (
        <Tag key={text} color="purple" style={{ marginInlineEnd: 0 }}>
          {text}
        </Tag>
      ))}
    </Flex>
  );
}
