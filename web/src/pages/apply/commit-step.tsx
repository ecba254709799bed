import { SendOutlined } from '@ant-design/icons';
import { Button, Checkbox, Descriptions, Flex, Tag } from 'antd';
import { useState } from 'react';
import type { EligibilityResult } from '../../api/eligibility';
import { ProblemAlert } from '../../components/problem-alert';
import { quietLoading } from '../../components/quiet-loading';
import { levelNames, nameOf } from '../../lib/labels';
import { pathwayNames, seriesName } from '../../lib/policy-labels';
import { CommitmentPanel } from '../applications/commitment-panel';
import type { TargetValues } from './apply-values';

interface Props {
  target: TargetValues | undefined;
  materialCount: number;
  eligibility: EligibilityResult | null | undefined;
  submitting: boolean;
  problem: unknown;
  onSubmit: () => void;
}

/** 承诺并提交: what will be filed, the personal commitment to read and accept, and the one submit button. */
export function CommitStep({ target, materialCount, eligibility, submitting, problem, onSubmit }: Props) {
  const [agreed, setAgreed] = useState(false);
  return (
    <Flex vertical gap={16} style={{ maxWidth: 820 }} data-testid="commit-step">
      <Descriptions
        size="small"
        bordered
        column={{ xs: 1, md: 2 }}
        items={[
          {
            key: 'target',
            label: '申报系列 / 层级',
            children: target ? `${seriesName(target.series)} · ${nameOf(levelNames, target.level)}` : '—',
          },
          { key: 'specialty', label: '申报专业', children: target?.specialty ?? '—' },
          { key: 'pathway', label: '申报途径', children: target ? pathwayNames[target.pathway] : '—' },
          { key: 'materials', label: '申报材料', children: `${materialCount} 份` },
          {
            key: 'eligible',
            label: '资格自查',
            children:
              eligibility === undefined || eligibility === null ? (
                '—'
              ) : (
                <Tag color={eligibility.eligible ? 'success' : 'error'}>
                  {eligibility.eligible ? '符合' : `不符合（${eligibility.unmet.length} 项条件未满足）`}
                </Tag>
              ),
          },
        ]}
      />
      <CommitmentPanel kind="personal" />
      <Checkbox
        checked={agreed}
        onChange={(event) => setAgreed(event.target.checked)}
        data-testid="personal-commitment"
      >
        本人已阅读《申报人诚信承诺书》，并作出以上承诺
      </Checkbox>
      <ProblemAlert error={problem} title="提交失败" />
      <div>
        <Button
          type="primary"
          size="large"
          icon={<SendOutlined />}
          disabled={!agreed || submitting}
          loading={quietLoading(submitting)}
          onClick={onSubmit}
        >
          提交申报
        </Button>
      </div>
    </Flex>
  );
}
