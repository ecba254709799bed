import { App, Form, Input } from 'antd';
import { useEffect } from 'react';
import { returnUnit, type UnitRow } from '../../api/units';
import { FormModal } from '../../components/form-modal';
import { useFormSubmit } from '../../lib/use-form-submit';

interface Values {
  note: string;
}

const fields = ['note'] as const;

interface Props {
  /** The registration to return; `null` keeps the modal closed. */
  unit: Pick<UnitRow, 'id' | 'name'> | null;
  onClose: (changed: boolean) => void;
}

/** 退回 with the bureau's note: the unit reads it at login and in the SMS, corrects and submits again. */
export function ReturnUnitModal({ unit, onClose }: Props) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const { saving, problem, reset, submit } = useFormSubmit(form, fields);

  useEffect(() => {
    if (!unit) return;
    reset();
    form.resetFields();
  }, [unit, form, reset]);

  const send = () =>
    submit(async (values) => {
      if (!unit) return;
      await returnUnit(unit.id, values.note.trim());
      message.success(`已退回 ${unit.name} 的注册`);
      onClose(true);
    });

  return (
    <FormModal
      open={unit !== null}
      title={`退回单位注册：${unit?.name ?? ''}`}
      okText="退回"
      saving={saving}
      danger
      problem={problem}
      onOk={send}
      onCancel={() => onClose(false)}
    >
      <Form<Values> form={form} layout="vertical" name="unit-return">
        <Form.Item
          name="note"
          label="退回意见"
          extra="单位联系人将收到短信，登录时也会看到此意见"
          rules={[
            { required: true, whitespace: true, min: 2, message: '请写明退回意见（2–200字）' },
            { max: 200, message: '退回意见最多200字' },
          ]}
        >
          <Input.TextArea rows={3} maxLength={200} showCount placeholder="如：单位名称与营业执照不一致" />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
