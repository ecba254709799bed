import { Form, Input, Select, Typography } from 'antd';
import { RELATION_NAMES } from '../../../../src/domain/review/pool-snapshot';
import { declareRelation, type ExpertRow, type RelationKind } from '../../api/experts';
import { CodeInput, idNumberRules } from '../../components/code-input';
import { FormModal } from '../../components/form-modal';
import { requiredChoice } from '../../lib/form-rules';
import { optionsOf } from '../../lib/labels';
import { useModalForm } from '../../lib/use-modal-form';

interface Values {
  idNumber: string;
  kind: RelationKind;
  note?: string;
}

const fields = ['idNumber', 'kind', 'note'] as const;

const kindOptions = optionsOf(RELATION_NAMES);

interface Props {
  /** The expert declaring; `null` keeps the modal closed. */
  expert: ExpertRow | null;
  onClose: (changed: boolean) => void;
}

/**
 * 登记关系: a relation of the expert with a professional, found by ID number (never stored in clear).
 * Every later draw recuses the expert from that person's applications.
 */
export function RelationModal({ expert, onClose }: Props) {
  const { form, message, frame, submit } = useModalForm<Values>(expert, fields);

  const save = () =>
    submit(
      async (values) => {
        if (!expert) return;
        const saved = await declareRelation(expert.id, {
          idNumber: values.idNumber.trim().toUpperCase(),
          kind: values.kind,
          ...(values.note?.trim() ? { note: values.note.trim() } : {}),
        });
        message.success(
          `已登记 ${expert.name} 与 ${saved.personName} 的关系（${RELATION_NAMES[saved.kind]}）`,
        );
        onClose(true);
      },
      { conflictField: 'idNumber' },
    );

  return (
    <FormModal
      {...frame}
      title={`登记关系：${expert?.name ?? ''}`}
      okText="登记"
      onOk={save}
      onCancel={() => onClose(false)}
    >
      <Typography.Paragraph type="secondary">
        登记专家的亲属、导师、学生、合作者等利害关系人，抽取专家时自动回避其申报。
      </Typography.Paragraph>
      <Form<Values> form={form} layout="vertical" name="relation">
        <Form.Item name="idNumber" label="关系人身份证号码" rules={idNumberRules}>
          <CodeInput />
        </Form.Item>
        <Form.Item name="kind" label="关系" rules={requiredChoice('关系')}>
          <Select options={kindOptions} />
        </Form.Item>
        <Form.Item name="note" label="说明（可选）">
          <Input maxLength={200} autoComplete="off" />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
