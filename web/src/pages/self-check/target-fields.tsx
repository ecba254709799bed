import { Button, DatePicker, Flex, Form, type FormInstance, Input, Select, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import type { PolicySummary } from '../../api/policies';
import { Caution } from '../../components/caution';
import { requiredChoice } from '../../lib/form-rules';
import { levelNames } from '../../lib/labels';
import { pathwayOptions } from '../../lib/policy-labels';
import { levelsOfSeries, type SelfCheckValues, seriesOptions } from './self-check-values';

/** The period a yearly policy set governs, or null for one without (the national rules). */
function periodOf(policy: PolicySummary | undefined): { from: string; until: string | null } | null {
  if (!policy?.effectiveFrom) return null;
  return { from: policy.effectiveFrom, until: policy.effectiveUntil };
}

/** A date inside the period, close to today: today if it is inside, else mid-year of the period. */
function dateInside(period: { from: string; until: string | null }): dayjs.Dayjs {
  const today = dayjs().startOf('day');
  const from = dayjs(period.from);
  const until = period.until ? dayjs(period.until) : null;
  if (!today.isBefore(from) && (!until || today.isBefore(until))) return today;
  return dayjs(`${period.from.slice(0, 4)}-06-30`);
}

/** What is asked: under which policy set, on which date, for which title, by which pathway. */
export function TargetFields({
  form,
  policies,
  loadingPolicies,
}: {
  form: FormInstance<SelfCheckValues>;
  policies: PolicySummary[];
  loadingPolicies: boolean;
}) {
  const policyId = Form.useWatch('policy', form);
  const asOf = Form.useWatch('asOf', form);
  const series = Form.useWatch(['target', 'series'], form);
  const policy = policies.find((candidate) => candidate.id === policyId);
  const period = periodOf(policy);
  const outside =
    period && asOf
      ? asOf.isBefore(dayjs(period.from)) || (period.until ? !asOf.isBefore(dayjs(period.until)) : false)
      : false;
  const levelOptions = levelsOfSeries(series).map((level) => ({ value: level, label: levelNames[level] }));

  return (
    <>
      <Flex wrap gap="0 16px">
        <Form.Item
          name="policy"
          label="适用政策"
          rules={requiredChoice('政策')}
          style={{ width: 340, marginBottom: 12 }}
        >
          <Select
            loading={loadingPolicies}
            options={policies.map((candidate) => ({
              value: candidate.id,
              label: (
                <Flex gap={6} align="center">
                  <span style={{ overflow: 'hidden', textOverflow: 'ellipsis' }}>{candidate.name}</span>
                  {candidate.status === 'draft' ? (
                    <Tag color="orange" style={{ marginInlineEnd: 0 }}>
                      征求意见稿
                    </Tag>
                  ) : null}
                </Flex>
              ),
            }))}
          />
        </Form.Item>
        <Form.Item
          name="asOf"
          label="申报日期"
          rules={requiredChoice('申报日期')}
          style={{ width: 170, marginBottom: 12 }}
        >
          <DatePicker style={{ width: '100%' }} allowClear={false} />
        </Form.Item>
        <Form.Item
          name="pathway"
          label="申报途径"
          tooltip="不选则评估全部途径，并自动选出可走的途径"
          style={{ width: 180, marginBottom: 12 }}
        >
          <Select allowClear placeholder="全部途径" options={pathwayOptions} />
        </Form.Item>
      </Flex>
      <Flex wrap gap="0 16px">
        <Form.Item
          name={['target', 'series']}
          label="申报系列"
          rules={requiredChoice('职称系列')}
          style={{ width: 220, marginBottom: 12 }}
        >
          <Select
            options={seriesOptions}
            showSearch={{ optionFilterProp: 'label' }}
            onChange={(next: string) => {
              const level = form.getFieldValue(['target', 'level']);
              if (!levelsOfSeries(next).includes(level)) form.setFieldValue(['target', 'level'], undefined);
            }}
          />
        </Form.Item>
        <Form.Item
          name={['target', 'level']}
          label="申报层级"
          rules={requiredChoice('层级')}
          style={{ width: 120, marginBottom: 12 }}
        >
          <Select options={levelOptions} />
        </Form.Item>
        <Form.Item name={['target', 'specialty']} label="申报专业" style={{ width: 200, marginBottom: 12 }}>
          <Input placeholder="如：通信工程" maxLength={100} />
        </Form.Item>
      </Flex>
      {policy?.status === 'draft' ? (
        <Caution gap={12}>所选为征求意见稿：结果仅供模拟测算（what-if），不作为申报依据。</Caution>
      ) : null}
      {period ? (
        <Typography.Paragraph type={outside ? 'warning' : 'secondary'} style={{ marginBottom: 12 }}>
          所选政策适用期间：{period.from} 起
          {period.until ? `，至 ${dayjs(period.until).subtract(1, 'day').format('YYYY-MM-DD')}` : ''}
          {outside ? '。申报日期不在期间内，结果仅供参考。' : ''}
          {outside ? (
            <Button
              type="link"
              size="small"
              style={{ paddingInline: 4, height: 'auto' }}
              onClick={() => form.setFieldValue('asOf', dateInside(period))}
            >
              改为期间内日期
            </Button>
          ) : null}
        </Typography.Paragraph>
      ) : null}
    </>
  );
}
