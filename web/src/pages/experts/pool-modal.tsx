import { AutoComplete, Form, InputNumber, Select, Typography } from 'antd';
import type { Committee } from '../../api/committees';
import { addToPool, type ExpertRow } from '../../api/experts';
import { FormModal } from '../../components/form-modal';
import { requiredChoice, requiredNumber, requiredText } from '../../lib/form-rules';
import { useModalForm } from '../../lib/use-modal-form';

interface Values {
  committeeId: string;
  year: number;
  group: string;
}

const fields = ['committeeId', 'year', 'group'] as const;

interface Props {
  /** The expert to add; `null` keeps the modal closed. */
  expert: ExpertRow | null;
  committees: Committee[];
  /** The committee and year the list is filtered to, as the defaults. */
  defaults: { committeeId?: string; year?: number };
  onClose: (changed: boolean) => void;
}

/**
 * 纳入专家库: into a committee's pool for a year, in a specialty group. The year's pool closes on
 * 30 June; the server says so, and which year to add to instead.
 */
export function PoolModal({ expert, committees, defaults, onClose }: Props) {
  const { form, message, frame, submit } = useModalForm<Values>(
    expert,
    fields,
    (opened) =>
      opened.setFieldsValue({
        committeeId: defaults.committeeId ?? (committees.length === 1 ? committees[0]?.id : undefined),
        year: defaults.year ?? new Date().getFullYear(),
        group: expert?.specialty,
      }),
    [committees, defaults.committeeId, defaults.year],
  );
  const committeeId = Form.useWatch('committeeId', form);
  const specialties = committees.find((c) => c.id === committeeId)?.specialties ?? [];

  const save = () =>
    submit(async (values) => {
      if (!expert) return;
      await addToPool(values.committeeId, {
        expertId: expert.id,
        year: values.year,
        group: values.group.trim(),
      });
      message.success(`已将 ${expert.name} 纳入 ${values.year} 年度专家库`);
      onClose(true);
    });

  return (
    <FormModal
      {...frame}
      title={`纳入专家库：${expert?.name ?? ''}`}
      okText="纳入专家库"
      onOk={save}
      onCancel={() => onClose(false)}
    >
      <Typography.Paragraph type="secondary">
        各评委会应在每年6月30日前完成本年度专家库调整；只有专家库成员才能被抽取。
      </Typography.Paragraph>
      <Form<Values> form={form} layout="vertical" name="pool">
        <Form.Item name="committeeId" label="评委会" rules={requiredChoice('评委会')}>
          <Select options={committees.map((c) => ({ value: c.id, label: c.name }))} />
        </Form.Item>
        <Form.Item name="year" label="年度" rules={requiredNumber('年度')}>
          <InputNumber min={2000} max={2100} precision={0} style={{ width: 140 }} />
        </Form.Item>
        <Form.Item name="group" label="专业组" extra="抽取按专业组分层进行" rules={requiredText('专业组')}>
          <AutoComplete options={specialties.map((value) => ({ value }))} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
