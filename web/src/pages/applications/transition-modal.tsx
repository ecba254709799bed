import { Checkbox, Form, Modal, Radio, Select, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import type { ApplicationAction, TransitionInput } from '../../api/applications';
import { fetchCommittees } from '../../api/committees';
import { CountedTextArea } from '../../components/counted-text-area';
import { ProblemAlert } from '../../components/problem-alert';
import { quietLoading } from '../../components/quiet-loading';
import { isSetback, needsReason } from '../../lib/application-labels';
import { applyFieldErrors } from '../../lib/form-errors';
import { requiredChoice } from '../../lib/form-rules';
import { useRequest } from '../../lib/use-request';
import { CommitmentPanel } from './commitment-panel';

interface Values {
  reason?: string;
  commitment?: boolean;
  routing?: 'auto' | 'chosen';
  committeeId?: string;
  entrusted?: boolean;
}

interface Props {
  /** The step to take; `null` keeps the modal closed. */
  action: ApplicationAction | null;
  /** How many applications the step applies to (bulk actions); 1 on the detail page. */
  count: number;
  /** The target, to offer the committees that may review it; absent for bulk actions (routed automatically). */
  target?: { series: string; level: string };
  onSubmit: (input: TransitionInput) => Promise<void>;
  onClose: () => void;
}

/** The reason's label and hint for a step that must say why. */
function reasonWording(event: string): { label: string; placeholder: string } {
  if (event === 'committee-return')
    return { label: '退回理由（一次性告知）', placeholder: '请逐条列出须补正的全部问题，评委会只能退回一次' };
  if (event.endsWith('decline')) return { label: '不予推荐的理由', placeholder: '请写明不予推荐的理由' };
  return { label: '退回理由', placeholder: '请写明退回补正的具体内容' };
}

/**
 * The form behind a workflow button: a reason for returns and refusals, the unit or personal
 * commitment for recommending or resubmitting, the committee for the HR bureau, else an optional opinion.
 * What the server refuses — every unmet condition at once — is listed above the form.
 */
export function TransitionModal({ action, count, target, onSubmit, onClose }: Props) {
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<unknown>();
  const event = action?.event ?? '';
  const routing = Form.useWatch('routing', form);
  const entrusted = Form.useWatch('entrusted', form);
  const chooseCommittee = event === 'hr-approve' && target !== undefined;
  const committees = useRequest(
    () => (chooseCommittee ? fetchCommittees() : Promise.resolve([])),
    [chooseCommittee],
  );
  const committeeOptions = useMemo(
    () =>
      (committees.data ?? [])
        .filter(
          (c) => c.status === 'active' && c.series === target?.series && c.levels.includes(target.level),
        )
        .map((c) => ({ value: c.id, label: `${c.name}（${c.regionName}）` })),
    [committees.data, target],
  );

  useEffect(() => {
    if (!action) return;
    form.resetFields();
    setProblem(undefined);
  }, [action, form]);

  const commitment = event === 'recommend' ? 'unit' : event === 'submit' ? 'personal' : null;
  const reasonRequired =
    needsReason(event) || (chooseCommittee && routing === 'chosen' && entrusted === true);

  const confirm = async () => {
    let values: Values;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    setSaving(true);
    setProblem(undefined);
    try {
      const chosen = chooseCommittee && values.routing === 'chosen';
      await onSubmit({
        reason: values.reason?.trim() || null,
        ...(commitment === 'unit' ? { unitCommitment: values.commitment === true } : {}),
        ...(commitment === 'personal' ? { personalCommitment: values.commitment === true } : {}),
        ...(chosen ? { committeeId: values.committeeId ?? null, entrusted: values.entrusted === true } : {}),
      });
    } catch (error) {
      applyFieldErrors(form, error, ['reason', 'committeeId']);
      setProblem(error);
    } finally {
      setSaving(false);
    }
  };

  const wording = reasonWording(event);
  return (
    <Modal
      open={action !== null}
      title={count > 1 ? `${action?.name}（${count} 件）` : action?.name}
      okText={action?.name ?? '确定'}
      okButtonProps={{ loading: quietLoading(saving), danger: isSetback(event) }}
      onOk={confirm}
      onCancel={onClose}
      width={commitment ? 640 : 520}
      forceRender
      destroyOnHidden={false}
    >
      <ProblemAlert error={problem} style={{ marginBottom: 16 }} />
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ routing: 'auto' }}
        data-testid="transition-form"
      >
        {commitment ? (
          <>
            <CommitmentPanel kind={commitment} />
            <Form.Item
              name="commitment"
              valuePropName="checked"
              style={{ marginTop: 12 }}
              rules={[
                {
                  validator: (_, checked) =>
                    checked ? Promise.resolve() : Promise.reject(new Error('须阅读并同意承诺书')),
                },
              ]}
            >
              <Checkbox>
                {commitment === 'unit' ? '本单位已审核申报材料并作出以上承诺' : '本人已阅读并作出以上承诺'}
              </Checkbox>
            </Form.Item>
          </>
        ) : null}
        {chooseCommittee ? (
          <>
            <Form.Item name="routing" label="报送评委会">
              <Radio.Group
                options={[
                  { value: 'auto', label: '按评审范围自动确定' },
                  { value: 'chosen', label: '指定评委会' },
                ]}
              />
            </Form.Item>
            {routing === 'chosen' ? (
              <>
                <Form.Item name="committeeId" label="评委会" rules={requiredChoice('评委会')}>
                  <Select
                    options={committeeOptions}
                    loading={committees.loading}
                    placeholder="选择该系列、层级的评委会"
                    notFoundContent="没有可评审该系列、层级的评委会"
                  />
                </Form.Item>
                <Form.Item name="entrusted" valuePropName="checked">
                  <Checkbox>委托评审（经人社部门批准，委托其他评委会评审，须写明理由）</Checkbox>
                </Form.Item>
              </>
            ) : (
              <Typography.Paragraph type="secondary">
                系统按评委会的核准评审范围（系列、层级、专业、地区）和政策规定自动确定受理的评委会。
              </Typography.Paragraph>
            )}
          </>
        ) : null}
        {isSetback(event) && !needsReason(event) ? (
          <Typography.Paragraph type="secondary">
            撤回后本年度可重新申报；评审开始后不能撤回。
          </Typography.Paragraph>
        ) : null}
        <Form.Item
          name="reason"
          label={reasonRequired ? wording.label : '意见（可选）'}
          rules={
            reasonRequired
              ? [{ required: true, whitespace: true, min: 2, message: '请写明理由（至少2个字）' }]
              : []
          }
        >
          <CountedTextArea
            rows={needsReason(event) ? 4 : 2}
            maxLength={1000}
            placeholder={reasonRequired ? wording.placeholder : '将记入办理记录'}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
