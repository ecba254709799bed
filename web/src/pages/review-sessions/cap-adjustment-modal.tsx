import { Form, InputNumber, Select, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { JILIN_COMBINED_BONUSES } from '../../../../src/domain/review/pass-rate';
import { previewResults, setCapAdjustments } from '../../api/review';
import { FormModal } from '../../components/form-modal';
import { requiredChoice, requiredNumber } from '../../lib/form-rules';
import { useModalForm } from '../../lib/use-modal-form';
import type { SessionStepModalProps } from './session-step-modal-props';

interface Values {
  capGroup: string;
  bonusId: string;
  points: number;
}

const fields = ['capGroup', 'bonusId', 'points'] as const;

const bonusOptions = JILIN_COMBINED_BONUSES.map((b) => ({
  value: b.id,
  label: `${b.name}（可增加${b.range[0]}–${b.range[1]}个百分点）`,
}));

/**
 * 评聘结合通过比例加成: a Jilin university raises one pass-rate group's cap by the points its kind
 * allows (jilin-2022 一(二)4); the server checks the range and that the group qualifies.
 */
export function CapAdjustmentModal({ open, detail, onClose }: SessionStepModalProps) {
  const { form, message, frame, submit } = useModalForm<Values>(open, fields);
  const [groups, setGroups] = useState<{ value: string; label: string }[]>([]);

  // The groups as they stand when the modal opens, each with its current pass rate.
  useEffect(() => {
    if (!open) return;
    const controller = new AbortController();
    previewResults(detail.id, controller.signal)
      .then((preview) =>
        setGroups(
          preview.groups.map((g) => ({
            value: g.capGroup,
            label: `${g.capGroup}（参评${g.candidates}人，现通过率${g.rate === null ? '不限' : `${Math.round(g.rate * 100)}%`}）`,
          })),
        ),
      )
      .catch(() => setGroups([]));
    return () => controller.abort();
  }, [open, detail.id]);

  const save = () =>
    submit(async (values) => {
      const others = detail.capAdjustments.filter((a) => a.capGroup !== values.capGroup);
      await setCapAdjustments(detail.id, [...others, values]);
      message.success(`已为“${values.capGroup}”增加${values.points}个百分点，请在结果预览中核对`);
      onClose(true);
    });

  return (
    <FormModal
      {...frame}
      title="评聘结合通过比例加成"
      okText="保存"
      onOk={save}
      onCancel={() => onClose(false)}
    >
      <Typography.Paragraph type="secondary">
        实行评聘结合的高等学校，高级职称评审通过比例可按学校类型增加（jilin-2022 一(二)4）。
      </Typography.Paragraph>
      <Form<Values> form={form} layout="vertical" name="cap-adjustment">
        <Form.Item name="capGroup" label="通过率控制组" rules={requiredChoice('控制组')}>
          <Select options={groups} />
        </Form.Item>
        <Form.Item name="bonusId" label="学校类型" rules={requiredChoice('学校类型')}>
          <Select options={bonusOptions} />
        </Form.Item>
        <Form.Item name="points" label="增加的百分点" rules={requiredNumber('百分点')}>
          <InputNumber min={0} max={20} precision={0} addonAfter="个百分点" />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
